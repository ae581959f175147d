package fr.socle.command.commun;

import fr.socle.kernel.erreur.Refus;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Pour les fixtures d'agrégat : le refus attendu, par sa règle et, si on le donne, son champ. */
public final class RefusAttendu {

    private RefusAttendu() {}

    public static Matcher<Refus> regle(String regle) {
        return champEtRegle(null, regle);
    }

    public static Matcher<Refus> champEtRegle(String champ, String regle) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refus refus) {
                return regle.equals(refus.erreur().regle())
                        && (champ == null || champ.equals(refus.erreur().champ()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("un refus " + regle + (champ == null ? "" : " sur " + champ));
            }
        };
    }
}
