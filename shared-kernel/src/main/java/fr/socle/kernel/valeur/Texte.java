package fr.socle.kernel.valeur;

import fr.socle.kernel.erreur.Refus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Les règles communes aux textes saisis : obligatoires ou non, jamais démesurés, sans caractère
 * invisible. C'est le seul endroit qui décide des caractères permis dans un texte libre.
 */
public final class Texte {

    /** Au-delà, une saisie n'est plus un nom ni une ligne d'adresse mais une erreur ou un abus. */
    public static final int LONGUEUR_MAX = 200;

    /** Le code du refus d'un caractère de contrôle ou de mise en forme invisible. */
    public static final String CARACTERE_INTERDIT = "CARACTERE_INTERDIT";

    private static final int ZWJ = 0x200D;
    private static final int VARIATION_EMOJI = 0xFE0F;
    private static final int DRAPEAU_NOIR = 0x1F3F4;

    private Texte() {}

    public static String obligatoire(String valeur, String champ) {
        String nettoye = facultatif(valeur, champ);
        if (nettoye == null) {
            throw Refus.invalide(champ, "OBLIGATOIRE", "Le champ " + champ + " est obligatoire");
        }
        return nettoye;
    }

    /** Chaque texte de la liste, obligatoire, une seule fois et dans l'ordre saisi ; une liste absente est vide. */
    public static List<String> obligatoires(List<String> valeurs, String champ) {
        return valeurs == null
                ? List.of()
                : List.copyOf(valeurs.stream()
                        .map(valeur -> obligatoire(valeur, champ))
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Le texte sans espaces autour, ou {@code null} s'il est absent ou vide. */
    public static String facultatif(String valeur, String champ) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        String nettoye = valeur.strip();
        if (nettoye.length() > LONGUEUR_MAX) {
            throw Refus.invalide(champ, "TROP_LONG", "Le champ " + champ + " dépasse " + LONGUEUR_MAX + " caractères");
        }
        verifierCaracteres(nettoye, champ, false);
        return nettoye;
    }

    /**
     * Refuse ({@value #CARACTERE_INTERDIT}) les caractères qu'un utilisateur ne voit pas et qui changent
     * ce qu'un autre lit : caractères de contrôle, et caractères de mise en forme (catégorie Unicode Cf :
     * inversion de sens U+202E et ses voisins U+202A–U+202E, U+2066–U+2069, marques U+200E–U+200F,
     * espaces et liants sans chasse U+200B–U+200D, U+2060–U+2064, U+FEFF, trait d'union conditionnel
     * U+00AD…), ainsi que les moitiés de paires de substitution orphelines. Restent permis les lettres
     * accentuées, les ligatures (œ), les apostrophes, l'espace insécable et les emoji, y compris les
     * séquences qu'un liant sans chasse unit entre deux emoji (👩‍💻) et les drapeaux de régions (🏴 suivi
     * de ses étiquettes). Un texte de plusieurs lignes ({@code multiligne}) garde ses retours à la ligne
     * et ses tabulations ; une ligne seule n'en a pas, ni de séparateur de ligne ou de paragraphe.
     *
     * @param champ le champ nommé dans le refus, ou {@code null} s'il sera nommé par qui lit la valeur
     */
    public static void verifierCaracteres(String texte, String champ, boolean multiligne) {
        if (texte == null) {
            return;
        }
        int precedent = -1;
        boolean etiquettes = false;
        for (int i = 0; i < texte.length(); ) {
            int c = texte.codePointAt(i);
            int suite = i + Character.charCount(c);
            int suivant = suite < texte.length() ? texte.codePointAt(suite) : -1;
            boolean etiquette = c >= 0xE0020 && c <= 0xE007F;
            etiquettes = etiquette && (etiquettes || precedent == DRAPEAU_NOIR);
            if (!permis(c, precedent, suivant, etiquettes, multiligne)) {
                throw Refus.invalide(
                        champ,
                        CARACTERE_INTERDIT,
                        (champ == null ? "Le texte" : "Le champ " + champ)
                                + " contient un caractère invisible ou de contrôle interdit ("
                                + String.format("U+%04X", c) + ", position " + (texte.codePointCount(0, i) + 1) + ")");
            }
            precedent = c;
            i = suite;
        }
    }

    private static boolean permis(int c, int precedent, int suivant, boolean etiquetteDeDrapeau, boolean multiligne) {
        if (multiligne && (c == '\n' || c == '\r' || c == '\t')) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.SURROGATE -> false;
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> multiligne;
            case Character.FORMAT -> (c == ZWJ && emoji(precedent) && emoji(suivant)) || etiquetteDeDrapeau;
            default -> true;
        };
    }

    /** Un emoji, ou ce qui peut le terminer avant un liant (sélecteur de présentation, teinte de peau). */
    private static boolean emoji(int c) {
        return c >= 0
                && (Character.getType(c) == Character.OTHER_SYMBOL
                        || c == VARIATION_EMOJI
                        || (c >= 0x1F3FB && c <= 0x1F3FF));
    }
}
