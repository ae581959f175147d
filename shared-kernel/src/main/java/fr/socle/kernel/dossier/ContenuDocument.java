package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import java.util.Base64;

/** Le contenu d'un document déposé, en base64, borné en taille une fois décodé. */
public record ContenuDocument(String base64, long taille) {

    /** 5 Mio : au-delà, un document n'a pas sa place dans le magasin d'événements. */
    public static final long TAILLE_MAX = 5L * 1024 * 1024;

    public static ContenuDocument lire(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw Refus.invalide("OBLIGATOIRE", "Le contenu du document est obligatoire");
        }
        String nettoye = base64.replaceAll("\\s", "");
        // taille décodée calculable sans décoder : on refuse avant d'allouer un document démesuré
        long tailleEstimee = nettoye.length() / 4L * 3;
        if (tailleEstimee > TAILLE_MAX + 2) {
            throw trop(tailleEstimee);
        }
        byte[] octets;
        try {
            octets = Base64.getDecoder().decode(nettoye);
        } catch (IllegalArgumentException e) {
            throw Refus.invalide("BASE64_INVALIDE", "Le contenu du document n'est pas du base64");
        }
        if (octets.length > TAILLE_MAX) {
            throw trop(octets.length);
        }
        return new ContenuDocument(nettoye, octets.length);
    }

    private static Refus trop(long taille) {
        return Refus.invalide(
                "DOCUMENT_TROP_GROS",
                "Le document fait " + taille + " octets ; la limite est " + TAILLE_MAX + " octets (5 Mio)");
    }
}
