package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import java.time.LocalDate;

/** Un exercice comptable d'une entreprise cliente : du début à la fin, bornes comprises. */
public record Exercice(LocalDate debut, LocalDate fin) {

    public Exercice {
        Refus.obligatoire(debut, "debut", "Le début de l'exercice est obligatoire");
        Refus.obligatoire(fin, "fin", "La fin de l'exercice est obligatoire");
        if (fin.isBefore(debut)) {
            throw Refus.invalide(
                    "fin",
                    "DATES_INCOHERENTES",
                    "La fin de l'exercice (" + fin + ") précède son début (" + debut + ")");
        }
    }

    /** Sans fin saisie, l'exercice dure douze mois : il finit la veille du même jour un an plus tard. */
    public static Exercice depuis(LocalDate debut, LocalDate finSaisie) {
        Refus.obligatoire(debut, "debut", "Le début de l'exercice est obligatoire");
        return new Exercice(
                debut, finSaisie != null ? finSaisie : debut.plusMonths(12).minusDays(1));
    }
}
