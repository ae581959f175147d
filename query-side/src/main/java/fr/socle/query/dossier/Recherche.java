package fr.socle.query.dossier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** La clé sous laquelle on cherche un nom : minuscules et sans accents, « Élodie » se trouve en tapant « elo ». */
public final class Recherche {

    private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");

    private Recherche() {}

    static String cle(String texte) {
        if (texte == null) {
            return null;
        }
        return DIACRITIQUES
                .matcher(Normalizer.normalize(texte.strip(), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** L'expression « commence par » d'une saisie, caractères spéciaux neutralisés. */
    public static String commencePar(String saisie) {
        return "^" + Pattern.quote(cle(saisie));
    }
}
