package fr.socle.kernel.opportunite;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.util.List;
import java.util.Locale;

/**
 * Ce que le client demande : une prestation, les compétences qu'elle exige et son planning de la
 * semaine. Les compétences sont gardées en minuscules, sans doublon, pour être comparées à celles des
 * intervenants.
 */
public record Mission(String missionId, String prestation, List<String> competences, List<Creneau> planning) {

    public Mission {
        prestation = Texte.obligatoire(prestation, "prestation");
        competences = competences == null
                ? List.of()
                : competences.stream()
                        .map(c -> Texte.obligatoire(c, "competences"))
                        .map(Mission::normaliser)
                        .distinct()
                        .toList();
        planning = planning == null ? List.of() : List.copyOf(planning);
        for (int i = 0; i < planning.size(); i++) {
            for (int j = i + 1; j < planning.size(); j++) {
                if (planning.get(i).chevauche(planning.get(j))) {
                    throw Refus.invalide(
                            "planning",
                            "CRENEAUX_CHEVAUCHANTS",
                            "Deux créneaux du " + planning.get(i).jour() + " se chevauchent");
                }
            }
        }
    }

    /** La forme sous laquelle une compétence est comparée : sans espaces autour, en minuscules. */
    public static String normaliser(String competence) {
        return competence.strip().toLowerCase(Locale.ROOT);
    }
}
