package fr.socle.kernel.intervenant;

import fr.socle.kernel.erreur.Refus;
import java.time.LocalTime;

/** Une plage de la semaine où l'intervenant peut travailler, par exemple le lundi de 8 h à 12 h. */
public record Disponibilite(JourSemaine jour, LocalTime debut, LocalTime fin) {

    public Disponibilite {
        Refus.obligatoire(jour, "jour", "Le jour est obligatoire");
        if (debut == null || fin == null) {
            throw Refus.invalide(debut == null ? "debut" : "fin", "OBLIGATOIRE", "Une plage a un début et une fin");
        }
        if (!debut.isBefore(fin)) {
            throw Refus.invalide("fin", "HORAIRE_INVALIDE", "La plage doit finir après " + debut);
        }
    }
}
