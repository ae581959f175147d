package fr.socle.kernel.opportunite;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.JourSemaine;
import java.time.LocalTime;

/** Une plage d'intervention de la semaine : le mardi de 9 h à 11 h. */
public record Creneau(JourSemaine jour, LocalTime debut, LocalTime fin) {

    public Creneau {
        Refus.obligatoire(jour, "jour", "Le jour est obligatoire");
        if (debut == null || fin == null) {
            throw Refus.invalide(debut == null ? "debut" : "fin", "OBLIGATOIRE", "Un créneau a un début et une fin");
        }
        if (!debut.isBefore(fin)) {
            throw Refus.invalide("fin", "HORAIRE_INVALIDE", "Le créneau doit finir après " + debut);
        }
    }

    public boolean chevauche(Creneau autre) {
        return jour == autre.jour && debut.isBefore(autre.fin) && autre.debut.isBefore(fin);
    }

    /** Vrai si ce créneau tient entièrement dans la plage {@code jour}, {@code de}–{@code a}. */
    public boolean tientDans(JourSemaine jourPlage, LocalTime de, LocalTime a) {
        return jour == jourPlage && !debut.isBefore(de) && !fin.isAfter(a);
    }
}
