package fr.socle.command.rgpd;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Chiffre une donnée personnelle sous la clé de son sujet (AES-GCM, vecteur aléatoire, sujet authentifié).
 * La forme chiffrée nomme son sujet : {@code rgpd:1:<sujet>:<base64(vecteur + chiffré)>}, si bien qu'elle se
 * relit sans savoir d'où elle vient.
 */
public class Chiffreur {

    static final String PREFIXE = "rgpd:1:";
    private static final int VECTEUR = 12;
    private static final int ETIQUETTE_BITS = 128;

    private final Supplier<CoffreCles> coffre;
    /** Le coffre une fois obtenu : le redemander au conteneur coûtait une résolution de dépendance par donnée. */
    private volatile CoffreCles obtenu;

    private final SecureRandom hasard = new SecureRandom();

    /**
     * Un chiffreur AES-GCM par fil, réinitialisé à chaque usage (clé et vecteur neufs) : le demander au
     * fournisseur de sécurité à chaque donnée coûtait une recherche de fournisseur sous l'écrivain du magasin.
     */
    private static final ThreadLocal<Cipher> AES = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM indisponible", e);
        }
    });

    /** @param coffre fourni à la demande : le sérialiseur d'événements naît avant le coffre */
    public Chiffreur(Supplier<CoffreCles> coffre) {
        this.coffre = coffre;
    }

    public static boolean estChiffre(String texte) {
        return texte != null && texte.startsWith(PREFIXE);
    }

    public String chiffrer(String sujet, String clair) {
        try {
            byte[] vecteur = new byte[VECTEUR];
            hasard.nextBytes(vecteur);
            Cipher aes = aes(Cipher.ENCRYPT_MODE, coffre().cle(sujet), vecteur, sujet);
            byte[] chiffre = aes.doFinal(clair.getBytes(StandardCharsets.UTF_8));
            return PREFIXE + sujet + ":"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(VECTEUR + chiffre.length)
                                    .put(vecteur)
                                    .put(chiffre)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Chiffrement impossible", e);
        }
    }

    /** Le texte clair, ou rien si la clé du sujet a été détruite. */
    public Optional<String> dechiffrer(String forme) {
        String reste = forme.substring(PREFIXE.length());
        int separateur = reste.indexOf(':');
        String sujet = reste.substring(0, separateur);
        byte[] octets = Base64.getDecoder().decode(reste.substring(separateur + 1));
        return coffre().cleExistante(sujet).map(cle -> {
            try {
                Cipher aes = aes(Cipher.DECRYPT_MODE, cle, java.util.Arrays.copyOf(octets, VECTEUR), sujet);
                return new String(aes.doFinal(octets, VECTEUR, octets.length - VECTEUR), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Donnée personnelle indéchiffrable pour " + sujet, e);
            }
        });
    }

    private CoffreCles coffre() {
        CoffreCles c = obtenu;
        if (c == null) {
            c = coffre.get();
            obtenu = c;
        }
        return c;
    }

    private static Cipher aes(int mode, byte[] cle, byte[] vecteur, String sujet) throws GeneralSecurityException {
        Cipher aes = AES.get();
        aes.init(mode, new SecretKeySpec(cle, "AES"), new GCMParameterSpec(ETIQUETTE_BITS, vecteur));
        aes.updateAAD(sujet.getBytes(StandardCharsets.UTF_8));
        return aes;
    }
}
