package fr.socle.kernel.opportunite;

import fr.socle.kernel.valeur.Texte;

/** Prévention des risques : ce que l'intervenant doit faire dans telle situation chez le client. */
public record MesurePrevention(String situation, String mesure) {

    public MesurePrevention {
        situation = Texte.obligatoire(situation, "situation");
        mesure = Texte.obligatoire(mesure, "mesure");
    }
}
