package fr.socle.kernel.opportunite;

import fr.socle.kernel.valeur.Texte;

/** Une tâche à faire chez le client, rattachée à la prestation d'une mission de l'opportunité. */
public record Tache(String prestation, String libelle) {

    public Tache {
        prestation = Texte.obligatoire(prestation, "prestation");
        libelle = Texte.obligatoire(libelle, "libelle");
    }
}
