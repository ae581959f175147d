package fr.socle.api.commun;

import fr.socle.kernel.erreur.Refus;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Lit une saisie GraphQL en types du domaine, en nommant le champ fautif dans le refus. */
public final class Saisie {

    private Saisie() {}

    public static <T> T lire(String champ, Supplier<T> lecture) {
        try {
            return lecture.get();
        } catch (Refus refus) {
            throw refus.sous(champ);
        }
    }

    /** Comme {@link #lire(String, Supplier)}, mais une saisie absente reste absente. */
    public static <S, T> T facultatif(String champ, S saisie, Function<S, T> lecture) {
        return saisie == null ? null : lire(champ, () -> lecture.apply(saisie));
    }

    /** Une saisie déjà typée par le schéma (un scalaire), que le schéma laisse facultative mais que la règle exige. */
    public static <T> T obligatoire(String champ, T saisie) {
        return obligatoire(champ, saisie, Function.identity());
    }

    public static <S, T> T obligatoire(String champ, S saisie, Function<S, T> lecture) {
        if (saisie == null) {
            throw Refus.invalide(champ, "OBLIGATOIRE", "Le champ " + champ + " est obligatoire");
        }
        return lire(champ, () -> lecture.apply(saisie));
    }

    /** La version attendue d'une mutation (un Int du contrat) telle que la commande la porte ; absente, rien n'est comparé. */
    public static Long versionAttendue(Integer versionAttendue) {
        return versionAttendue == null ? null : versionAttendue.longValue();
    }

    /** Lit chaque élément d'une liste en nommant sa place dans le refus : {@code planning[1].fin}. */
    public static <S, T> List<T> liste(String champ, List<S> saisies, Function<S, T> lecture) {
        if (saisies == null) {
            return List.of();
        }
        return IntStream.range(0, saisies.size())
                .mapToObj(i -> obligatoire(champ + "[" + i + "]", saisies.get(i), lecture))
                .toList();
    }

    /** Une heure de la journée, « 08:00 ». */
    public static LocalTime heure(String saisie) {
        try {
            return LocalTime.parse(saisie.strip());
        } catch (DateTimeParseException e) {
            throw Refus.invalide("HORAIRE_INVALIDE", "« " + saisie + " » n'est pas une heure HH:mm");
        }
    }
}
