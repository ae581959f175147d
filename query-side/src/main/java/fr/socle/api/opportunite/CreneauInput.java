package fr.socle.api.opportunite;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.intervenant.JourSemaine;
import fr.socle.kernel.opportunite.Creneau;

public record CreneauInput(JourSemaine jour, String debut, String fin) {
    Creneau lire() {
        return new Creneau(
                jour, Saisie.facultatif("debut", debut, Saisie::heure), Saisie.facultatif("fin", fin, Saisie::heure));
    }
}
