package fr.socle.api.commun;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * La connexion par le fournisseur d'identité de l'organisation (Keycloak, Entra ID, Google Workspace…) :
 * l'API accepte les jetons JWT qu'il signe ({@code Authorization: Bearer …}), validés contre son jeu de clés
 * publiques, son émetteur, l'audience de l'API et leur date d'expiration (à une tolérance d'horloge près).
 * Les rôles du projet sont lus dans une revendication configurable ; l'auteur des événements est une autre
 * revendication du jeton.
 *
 * @param active la connexion par jeton remplace HTTP Basic (les deux ne sont jamais actifs ensemble)
 * @param emetteur l'émetteur attendu ({@code iss}) ; sans {@code jwkSetUri}, ses clés sont découvertes à
 *     partir de lui (OpenID Connect Discovery)
 * @param jwkSetUri l'adresse du jeu de clés publiques, quand on la donne plutôt que de la découvrir
 * @param audience l'audience que le jeton doit nommer ({@code aud}) : l'API elle-même
 * @param revendicationRoles le chemin de la revendication des rôles, par points : {@code realm_access.roles}
 *     (Keycloak), {@code roles} (Entra ID)
 * @param revendicationAuteur la revendication qui nomme l'auteur : {@code preferred_username}, {@code sub}…
 * @param toleranceHorloge l'écart d'horloge admis sur l'expiration et la date d'émission
 * @param console le client de la console auprès du fournisseur ; sans lui, la console reste fermée
 */
@ConfigurationProperties("socle.securite.oidc")
public record SecuriteOidc(
        boolean active,
        String emetteur,
        String jwkSetUri,
        String audience,
        String revendicationRoles,
        String revendicationAuteur,
        Duration toleranceHorloge,
        Console console) {

    /**
     * La console se connecte par le fournisseur (code d'autorisation et PKCE) sous ce client. Sans adresses
     * données, elles sont découvertes à partir de l'émetteur (OpenID Connect Discovery), à la première
     * connexion.
     *
     * @param clientId l'identifiant du client de la console chez le fournisseur
     * @param clientSecret son secret s'il est confidentiel ; absent, client public (PKCE seul)
     * @param autorisationUri l'adresse d'autorisation du fournisseur
     * @param jetonUri l'adresse où le code est échangé contre les jetons
     * @param finSessionUri l'adresse de fin de session du fournisseur, appelée à la déconnexion
     */
    public record Console(
            String clientId, String clientSecret, String autorisationUri, String jetonUri, String finSessionUri) {

        public boolean configuree() {
            return clientId != null && !clientId.isBlank();
        }
    }

    /** Les rôles du projet ; un rôle du fournisseur qui n'en est pas un est ignoré. */
    static final Set<String> ROLES = Set.of("GESTIONNAIRE", "AUDITEUR", "ANALYSTE", "ADMIN");

    public SecuriteOidc {
        revendicationRoles = revendicationRoles == null ? "realm_access.roles" : revendicationRoles;
        revendicationAuteur = revendicationAuteur == null ? "preferred_username" : revendicationAuteur;
        toleranceHorloge = toleranceHorloge == null ? Duration.ofSeconds(30) : toleranceHorloge;
        console = console == null ? new Console(null, null, null, null, null) : console;
        if (active && (emetteur == null || emetteur.isBlank() || audience == null || audience.isBlank())) {
            throw new IllegalStateException(
                    "socle.securite.oidc : l'émetteur (emetteur) et l'audience (audience) sont obligatoires");
        }
    }

    public JwtDecoder decodeur() {
        NimbusJwtDecoder decodeur = jwkSetUri == null || jwkSetUri.isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(emetteur).build()
                : NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decodeur.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(toleranceHorloge),
                new JwtIssuerValidator(emetteur),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
        return decodeur;
    }

    public JwtAuthenticationConverter authentification() {
        JwtAuthenticationConverter conversion = new JwtAuthenticationConverter();
        conversion.setJwtGrantedAuthoritiesConverter(roles());
        conversion.setPrincipalClaimName(revendicationAuteur);
        return conversion;
    }

    /** Les rôles du projet que porte un jeton, lus dans la revendication configurée. */
    public Converter<Jwt, Collection<GrantedAuthority>> roles() {
        String[] chemin = revendicationRoles.split("\\.");
        return jwt -> {
            Object valeur = jwt.getClaims();
            for (String etape : chemin) {
                valeur = valeur instanceof Map<?, ?> m ? m.get(etape) : null;
            }
            Collection<?> noms = valeur instanceof Collection<?> c
                    ? c
                    : valeur instanceof String s ? List.of(s.split("[\\s,]+")) : List.of();
            return noms.stream()
                    .map(nom -> nom.toString().toUpperCase(Locale.ROOT))
                    .filter(ROLES::contains)
                    .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .toList();
        };
    }
}
