package fr.socle.kernel.valeur;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Une adresse e-mail plausible, en minuscules. */
public record Email(@JsonValue String valeur) {

    private static final String ATOME = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern FORME =
            Pattern.compile("^" + ATOME + "(?:\\." + ATOME + ")*@" + LABEL + "(?:\\." + LABEL + ")+$");

    /** Une adresse effacée (RGPD) se relit telle quelle. */
    @JsonCreator
    public Email {
        if (!DonneePersonnelle.EFFACEE.equals(valeur)) {
            if (valeur == null || valeur.isBlank()) {
                throw Refus.invalide("OBLIGATOIRE", "L'e-mail est obligatoire");
            }
            valeur = valeur.strip().toLowerCase(Locale.ROOT);
            if (valeur.length() > 254 || !FORME.matcher(valeur).matches()) {
                throw Refus.invalide(
                        "EMAIL_INVALIDE", "L'e-mail « " + abrege(valeur) + " » n'est pas une adresse valide");
            }
        }
    }

    static String abrege(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    @Override
    public String toString() {
        return valeur;
    }
}
