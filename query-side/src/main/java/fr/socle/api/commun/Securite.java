package fr.socle.api.commun;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * L'authentification de toute l'API, d'un seul mode à la fois : HTTP Basic (par défaut ; utilisateurs de
 * la configuration, {@code socle.securite.utilisateurs}) ou jetons du fournisseur d'identité de
 * l'organisation ({@code socle.securite.oidc.active}, voir {@link SecuriteOidc}). Les rôles sont vérifiés
 * opération par opération ({@link Roles}).
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({Securite.Utilisateurs.class, SecuriteOidc.class})
public class Securite {

    private static final Logger LOG = LoggerFactory.getLogger(Securite.class);

    @ConfigurationProperties("socle.securite")
    public record Utilisateurs(List<Utilisateur> utilisateurs) {
        public Utilisateurs {
            utilisateurs = utilisateurs == null ? List.of() : utilisateurs;
        }
    }

    /** @param motDePasse encodé à la manière de Spring Security : {@code {bcrypt}…}, ou {@code {noop}…} en local */
    public record Utilisateur(String nom, String motDePasse, List<String> roles) {}

    /** Ni observation ni métrique autour de chacun des filtres : bench/run les trouvait dans chaque requête. */
    @Bean
    public SecurityObservationSettings sansObservationParFiltre() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public PasswordEncoder encodeurMotsDePasse() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * La vérification des mots de passe des utilisateurs configurés, dont les réussites sont retenues
     * ({@link ConnexionsRetenues}). Les utilisateurs y sont lus tels quels, sans bean
     * {@link UserDetailsService} : le gestionnaire en mémoire de Spring « mettrait à niveau » chaque mot de
     * passe en bcrypt à la première connexion, et chaque requête HTTP Basic paierait un hachage bcrypt.
     */
    @Bean
    public AuthenticationProvider verificationMotsDePasse(
            Utilisateurs configuration,
            PasswordEncoder encodeur,
            @Value("${socle.securite.connexion-retenue:PT5M}") Duration duree) {
        InMemoryUserDetailsManager connus = new InMemoryUserDetailsManager(configuration.utilisateurs().stream()
                .map(u -> User.withUsername(u.nom())
                        .password(u.motDePasse())
                        .roles(u.roles().stream().map(String::toUpperCase).toArray(String[]::new))
                        .build())
                .toList());
        UserDetailsService utilisateurs = connus::loadUserByUsername;
        DaoAuthenticationProvider verification = new DaoAuthenticationProvider(utilisateurs);
        verification.setPasswordEncoder(encodeur);
        return new ConnexionsRetenues(verification, duree);
    }

    /**
     * Le jeton anti-falsification des requêtes portées par le cookie de session de la console : écrit dans
     * un cookie que les scripts de la console lisent et renvoient en en-tête {@code X-XSRF-TOKEN}.
     */
    @Bean
    public CsrfTokenRepository jetonsCsrf() {
        CookieCsrfTokenRepository jetons = CookieCsrfTokenRepository.withHttpOnlyFalse();
        jetons.setCookiePath("/");
        jetons.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return jetons;
    }

    /**
     * Seule une écriture authentifiée par le cookie de session (la console) doit porter le jeton : un script
     * envoie ses identifiants à chaque requête ({@code Authorization}), qu'un autre site ne peut pas forger.
     */
    static boolean authentifieeParSession(HttpServletRequest requete) {
        return !METHODES_SURES.contains(requete.getMethod())
                && requete.getHeader(HttpHeaders.AUTHORIZATION) == null
                && requete.getSession(false) != null;
    }

    private static final Set<String> METHODES_SURES = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * Sans serveur web (ligne de commande), il n'y a pas de requêtes HTTP à filtrer. Avec des jetons, une
     * requête dont le jeton ne porte aucun rôle du projet est refusée dès HTTP (403) : elle ne peut rien lire.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public SecurityFilterChain filtres(
            HttpSecurity http, SecuriteOidc oidc, Utilisateurs utilisateurs, CsrfTokenRepository jetonsCsrf)
            throws Exception {
        http.csrf(csrf -> csrf.csrfTokenRepository(jetonsCsrf)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(Securite::authentifieeParSession))
                // Une requête ne crée jamais de session ici ; celle que la console a ouverte à la connexion
                // (fr.socle.console) authentifie ses appels à /graphql, y compris l'abonnement WebSocket.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health/**", "/actuator/info")
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .hasRole("ADMIN");
                    if (oidc.active()) {
                        a.anyRequest().hasAnyRole(SecuriteOidc.ROLES.toArray(String[]::new));
                    } else {
                        a.anyRequest().authenticated();
                    }
                });
        if (oidc.active()) {
            LOG.info(
                    "Authentification : jetons OIDC de {} (audience {}, rôles dans « {} », auteur « {} ») ; HTTP Basic coupé",
                    oidc.emetteur(),
                    oidc.audience(),
                    oidc.revendicationRoles(),
                    oidc.revendicationAuteur());
            http.oauth2ResourceServer(o ->
                    o.jwt(jwt -> jwt.decoder(oidc.decodeur()).jwtAuthenticationConverter(oidc.authentification())));
        } else {
            LOG.info(
                    "Authentification : HTTP Basic, {} utilisateur(s) configuré(s) ; jetons OIDC coupés",
                    utilisateurs.utilisateurs().size());
            http.httpBasic(Customizer.withDefaults());
        }
        return http.build();
    }
}
