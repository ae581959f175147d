package fr.socle.console;

import fr.socle.api.commun.SecuriteOidc;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * La connexion à la console, d'un des deux modes de l'API : avec HTTP Basic, une page de connexion (mêmes
 * utilisateurs et rôles) ; avec les jetons OIDC, le fournisseur d'identité (code d'autorisation et PKCE),
 * dont le jeton d'accès est validé comme ceux de l'API et donne les rôles et l'auteur. Dans les deux cas, une
 * session que les appels de la console à {@code /graphql} portent ensuite, et la déconnexion. Ce qu'un rôle
 * peut faire reste décidé par l'API, opération par opération : la console ne cache que ce qu'elle refuserait.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecuriteConsole {

    private static final Logger LOG = LoggerFactory.getLogger(SecuriteConsole.class);

    /** Le nom du client de la console dans les adresses du retour du fournisseur. */
    static final String CLIENT = "socle";

    static final String AUTORISATION = Console.CHEMIN + "/oidc/autorisation";
    static final String RETOUR = Console.CHEMIN + "/oidc/retour/*";

    /** Passe avant la chaîne de l'API, qui ne connaît que HTTP Basic et les jetons porteurs. */
    @Bean
    @Order(1)
    public SecurityFilterChain filtresConsole(HttpSecurity http, CsrfTokenRepository jetonsCsrf, SecuriteOidc oidc)
            throws Exception {
        http.securityMatcher(Console.CHEMIN, Console.CHEMIN + "/**")
                .authorizeHttpRequests(
                        a -> a.requestMatchers(Console.CONNEXION, Console.CHEMIN + "/css/**", Console.CHEMIN + "/js/**")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(jetonsCsrf)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new JetonCsrfEcrit(), CsrfFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                                        + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
                                        + " base-uri 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidc.active()) {
            parLeFournisseur(http, oidc);
        } else {
            parMotDePasse(http);
        }
        return http.build();
    }

    private static void parMotDePasse(HttpSecurity http) throws Exception {
        http.formLogin(f -> f.loginPage(Console.CONNEXION)
                        .loginProcessingUrl(Console.CONNEXION)
                        .defaultSuccessUrl(Console.CHEMIN, true)
                        .failureUrl(Console.CONNEXION + "?erreur"))
                .logout(l -> l.logoutUrl(Console.DECONNEXION)
                        .logoutSuccessUrl(Console.CONNEXION + "?deconnexion")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(Console.CONNEXION)));
    }

    private static void parLeFournisseur(HttpSecurity http, SecuriteOidc oidc) throws Exception {
        if (!oidc.console().configuree()) {
            LOG.warn("Console : aucun client chez le fournisseur d'identité (socle.securite.oidc.console.client-id) ;"
                    + " elle reste fermée");
            http.exceptionHandling(e -> e.authenticationEntryPoint(
                    new LoginUrlAuthenticationEntryPoint(Console.CONNEXION + "?indisponible")));
            return;
        }
        LOG.info(
                "Console : connexion par le fournisseur d'identité {} (client {}, PKCE)",
                oidc.emetteur(),
                oidc.console().clientId());
        ClientRegistrationRepository clients = client(oidc);
        OidcClientInitiatedLogoutSuccessHandler finDeSession = new OidcClientInitiatedLogoutSuccessHandler(clients);
        finDeSession.setPostLogoutRedirectUri("{baseUrl}" + Console.CONNEXION + "?deconnexion");
        finDeSession.setDefaultTargetUrl(Console.CONNEXION + "?deconnexion");
        http.oauth2Login(o -> o.clientRegistrationRepository(clients)
                        .loginPage(Console.CONNEXION)
                        .authorizationEndpoint(a -> a.baseUri(AUTORISATION))
                        .redirectionEndpoint(r -> r.baseUri(RETOUR))
                        .userInfoEndpoint(u -> u.oidcUserService(utilisateurs(oidc)))
                        .defaultSuccessUrl(Console.CHEMIN, true)
                        .failureUrl(Console.CONNEXION + "?refus"))
                .logout(l -> l.logoutUrl(Console.DECONNEXION)
                        .logoutSuccessHandler(finDeSession)
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(AUTORISATION + "/" + CLIENT)));
    }

    /**
     * Le client de la console chez le fournisseur, décrit par la configuration ou découvert à partir de
     * l'émetteur à la première connexion (le moteur démarre sans que le fournisseur réponde).
     */
    private static ClientRegistrationRepository client(SecuriteOidc oidc) {
        SecuriteOidc.Console console = oidc.console();
        SingletonSupplier<ClientRegistration> client = SingletonSupplier.of(() -> {
            ClientRegistration.Builder description = console.autorisationUri() == null
                    ? ClientRegistrations.fromIssuerLocation(oidc.emetteur()).registrationId(CLIENT)
                    : ClientRegistration.withRegistrationId(CLIENT)
                            .authorizationUri(console.autorisationUri())
                            .tokenUri(console.jetonUri())
                            .jwkSetUri(oidc.jwkSetUri())
                            .issuerUri(oidc.emetteur());
            if (console.finSessionUri() != null) {
                description.providerConfigurationMetadata(Map.of("end_session_endpoint", console.finSessionUri()));
            }
            boolean confidentiel =
                    console.clientSecret() != null && !console.clientSecret().isBlank();
            return description
                    .clientId(console.clientId())
                    .clientSecret(confidentiel ? console.clientSecret() : null)
                    .clientAuthenticationMethod(
                            confidentiel
                                    ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                                    : ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}" + RETOUR.replace("*", "{registrationId}"))
                    .scope("openid", "profile")
                    .userNameAttributeName(oidc.revendicationAuteur())
                    .clientSettings(ClientRegistration.ClientSettings.builder()
                            .requireProofKey(true)
                            .build())
                    .build();
        });
        return id -> CLIENT.equals(id) ? client.obtain() : null;
    }

    /**
     * L'utilisateur de la session : les rôles et l'auteur sont ceux du jeton d'accès, validé comme un jeton
     * porteur de l'API (signature, émetteur, audience, expiration) ; sans rôle du projet, la connexion est refusée.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> utilisateurs(SecuriteOidc oidc) {
        JwtDecoder decodeur = oidc.decodeur();
        return requete -> {
            Jwt acces;
            try {
                acces = decodeur.decode(requete.getAccessToken().getTokenValue());
            } catch (JwtException e) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", e.getMessage(), null), e);
            }
            Collection<GrantedAuthority> roles = oidc.roles().convert(acces);
            String auteur = acces.getClaimAsString(oidc.revendicationAuteur());
            if (roles == null || roles.isEmpty() || auteur == null) {
                throw new OAuth2AuthenticationException(
                        new OAuth2Error("access_denied", "Le jeton ne porte aucun rôle du projet", null));
            }
            OidcUserInfo infos = new OidcUserInfo(
                    Map.of("sub", requete.getIdToken().getSubject(), oidc.revendicationAuteur(), auteur));
            return new DefaultOidcUser(roles, requete.getIdToken(), infos, oidc.revendicationAuteur());
        };
    }

    /**
     * Le jeton anti-falsification est écrit dans son cookie dès la première page de la console : la page de
     * connexion et les scripts le lisent avant leur premier envoi.
     */
    static final class JetonCsrfEcrit extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                throws ServletException, IOException {
            CsrfToken jeton = (CsrfToken) requete.getAttribute(CsrfToken.class.getName());
            if (jeton != null) {
                jeton.getToken();
            }
            suite.doFilter(requete, reponse);
        }
    }
}
