package fr.socle.api.commun;

import fr.socle.kernel.erreur.Refus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Les curseurs Relay : une position (globale ou de séquence) encodée, opaque pour le client. */
public final class Curseur {

    private static final String PREFIXE = "p:";

    private Curseur() {}

    public static String encoder(long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIXE + position).getBytes(StandardCharsets.UTF_8));
    }

    /** La position désignée par {@code after}, ou {@code -1} (avant le début) s'il est absent. */
    public static long decoder(String after) {
        if (after == null || after.isEmpty()) {
            return -1;
        }
        try {
            String texte = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (texte.startsWith(PREFIXE)) {
                return Long.parseLong(texte.substring(PREFIXE.length()));
            }
        } catch (IllegalArgumentException e) {
            // même refus qu'un curseur bien formé mais étranger
        }
        throw Refus.invalide("after", "CURSEUR_INVALIDE", "Le curseur « after » n'a pas été donné par cette API");
    }

    /** La taille de page demandée, bornée. */
    public static int taille(Integer first) {
        if (first == null) {
            return 20;
        }
        if (first < 0 || first > 500) {
            throw Refus.invalide("first", "PAGE_INVALIDE", "« first » va de 0 à 500");
        }
        return first;
    }
}
