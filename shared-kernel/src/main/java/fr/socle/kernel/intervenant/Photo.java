package fr.socle.kernel.intervenant;

import fr.socle.kernel.erreur.Refus;
import java.util.Arrays;
import java.util.Base64;

/**
 * La photo de profil d'un intervenant, en base64. Seuls les formats GIF, JPEG et PNG sont admis, et
 * ils sont reconnus au contenu (signature des premiers octets), jamais au nom du fichier.
 */
public record Photo(FormatPhoto format, String contenu) {

    /** Une photo d'identité n'a pas besoin de plus ; au-delà, elle alourdirait chaque événement. */
    public static final int TAILLE_MAX = 512 * 1024;

    public enum FormatPhoto {
        GIF,
        JPEG,
        PNG
    }

    public Photo {
        FormatPhoto reconnu = reconnaitre(octets(contenu));
        if (format != null && format != reconnu) {
            throw Refus.invalide("PHOTO_FORMAT_INTERDIT", "Le contenu est un " + reconnu + ", pas un " + format);
        }
        format = reconnu;
    }

    /** La photo lue depuis son contenu en base64 ; son format en est déduit. */
    public static Photo depuis(String base64) {
        return new Photo(null, base64);
    }

    private static byte[] octets(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw Refus.invalide("OBLIGATOIRE", "La photo est vide");
        }
        if (base64.length() > TAILLE_MAX / 3 * 4 + 8) {
            throw Refus.invalide("PHOTO_TROP_GRANDE", "La photo dépasse " + TAILLE_MAX / 1024 + " Kio");
        }
        byte[] octets;
        try {
            octets = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw Refus.invalide("PHOTO_INVALIDE", "La photo doit être transmise en base64");
        }
        if (octets.length > TAILLE_MAX) {
            throw Refus.invalide("PHOTO_TROP_GRANDE", "La photo dépasse " + TAILLE_MAX / 1024 + " Kio");
        }
        return octets;
    }

    private static FormatPhoto reconnaitre(byte[] octets) {
        if (commencePar(octets, "GIF87a".getBytes()) || commencePar(octets, "GIF89a".getBytes())) {
            return FormatPhoto.GIF;
        }
        if (commencePar(octets, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return FormatPhoto.JPEG;
        }
        if (commencePar(octets, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return FormatPhoto.PNG;
        }
        throw Refus.invalide("PHOTO_FORMAT_INTERDIT", "La photo doit être une image GIF, JPEG ou PNG");
    }

    private static boolean commencePar(byte[] octets, byte[] signature) {
        return octets.length > signature.length
                && Arrays.equals(octets, 0, signature.length, signature, 0, signature.length);
    }
}
