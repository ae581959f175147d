package fr.socle.api.opportunite;

import fr.socle.kernel.opportunite.Tache;

public record TacheInput(String prestation, String libelle) {
    Tache lire() {
        return new Tache(prestation, libelle);
    }
}
