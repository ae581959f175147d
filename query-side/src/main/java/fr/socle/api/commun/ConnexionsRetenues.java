package fr.socle.api.commun;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic renvoie le mot de passe à chaque requête, et le comparer à un hachage bcrypt coûte des
 * dizaines de millisecondes. Une vérification réussie est retenue un temps sous une empreinte HMAC du nom
 * et du mot de passe, avec une clé tirée au démarrage et jamais écrite : les requêtes suivantes du même
 * client ne paient qu'un HMAC. Un mot de passe refusé n'est jamais retenu ; un autre mot de passe pour le
 * même nom a une autre empreinte et repasse par la vérification complète.
 */
public final class ConnexionsRetenues implements AuthenticationProvider {

    private final AuthenticationProvider verification;
    private final Cache<String, Authentication> retenues;
    private final SecretKeySpec cle;

    public ConnexionsRetenues(AuthenticationProvider verification, Duration duree) {
        this.verification = verification;
        this.retenues = Caffeine.newBuilder()
                .expireAfterWrite(duree)
                .maximumSize(10_000)
                .build();
        byte[] octets = new byte[32];
        new SecureRandom().nextBytes(octets);
        this.cle = new SecretKeySpec(octets, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication demande) {
        if (!(demande.getCredentials() instanceof String motDePasse)) {
            return verification.authenticate(demande);
        }
        String empreinte = empreinte(demande.getName(), motDePasse);
        Authentication retenue = retenues.getIfPresent(empreinte);
        if (retenue != null) {
            return retenue;
        }
        Authentication verifiee = verification.authenticate(demande);
        if (verifiee != null && verifiee.isAuthenticated()) {
            // sans le mot de passe : c'est ce jeton qui circule ensuite dans la requête
            Authentication sansSecret = UsernamePasswordAuthenticationToken.authenticated(
                    verifiee.getPrincipal(), null, verifiee.getAuthorities());
            retenues.put(empreinte, sansSecret);
            return sansSecret;
        }
        return verifiee;
    }

    @Override
    public boolean supports(Class<?> type) {
        return verification.supports(type);
    }

    private String empreinte(String nom, String motDePasse) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cle);
            mac.update(nom.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(motDePasse.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 indisponible", e);
        }
    }
}
