package fr.socle.kernel.valeur;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Un numéro de sécurité sociale (NIR) : 13 caractères et une clé de 2 chiffres, soit 15 caractères
 * (les espaces de la saisie sont ignorés). La clé vaut 97 − (numéro mod 97) ; pour la Corse, le
 * département 2A compte pour 19 et 2B pour 18 dans ce calcul.
 */
public record Nir(@JsonValue String valeur) {

    private static final Pattern FORME = Pattern.compile("[1-8][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}");

    @JsonCreator
    public Nir {
        if (valeur == null || valeur.isBlank()) {
            throw Refus.invalide("OBLIGATOIRE", "Le NIR est obligatoire");
        }
        if (!DonneePersonnelle.EFFACEE.equals(valeur)) {
            valeur = verifie(valeur.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
        }
    }

    private static String verifie(String nir) {
        if (!FORME.matcher(nir).matches()) {
            throw Refus.invalide(
                    "NIR_INVALIDE",
                    "Un NIR compte 15 caractères : 13 chiffres (2A ou 2B pour la Corse) puis une clé de 2 chiffres");
        }
        if (cle(nir.substring(0, 13)) != Integer.parseInt(nir.substring(13))) {
            throw Refus.invalide("NIR_INVALIDE", "La clé du NIR " + nir + " est fausse");
        }
        return nir;
    }

    /** La clé des 13 premiers caractères d'un NIR. */
    public static int cle(String treizeCaracteres) {
        String chiffres = treizeCaracteres.substring(0, 5)
                + switch (treizeCaracteres.substring(5, 7)) {
                    case "2A" -> "19";
                    case "2B" -> "18";
                    default -> treizeCaracteres.substring(5, 7);
                }
                + treizeCaracteres.substring(7);
        return (int) (97 - Long.parseLong(chiffres) % 97);
    }

    @Override
    public String toString() {
        return valeur;
    }
}
