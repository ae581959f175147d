package fr.socle.api.intervenant;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.intervenant.Disponibilite;
import fr.socle.kernel.intervenant.JourSemaine;

/** @param debut une heure, « 08:00 » */
public record DisponibiliteInput(JourSemaine jour, String debut, String fin) {
    Disponibilite lire() {
        return new Disponibilite(
                jour, Saisie.facultatif("debut", debut, Saisie::heure), Saisie.facultatif("fin", fin, Saisie::heure));
    }
}
