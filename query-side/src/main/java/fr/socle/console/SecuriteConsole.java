package fr.socle.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * La connexion à la console : une page de connexion (mêmes utilisateurs et rôles que l'API), une session
 * que les appels de la console à {@code /graphql} portent ensuite, et la déconnexion. Ce qu'un rôle peut
 * faire reste décidé par l'API, opération par opération : la console ne cache que ce qu'elle refuserait.
 * En mode OIDC il n'y a pas de mot de passe à saisir ici : la console suit alors les règles de l'API.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "socle.securite.oidc.active", havingValue = "false", matchIfMissing = true)
public class SecuriteConsole {

    /** Passe avant la chaîne de l'API, qui ne connaît que HTTP Basic et les jetons. */
    @Bean
    @Order(1)
    public SecurityFilterChain filtresConsole(HttpSecurity http, CsrfTokenRepository jetonsCsrf) throws Exception {
        http.securityMatcher(Console.CHEMIN, Console.CHEMIN + "/**")
                .authorizeHttpRequests(
                        a -> a.requestMatchers(Console.CONNEXION, Console.CHEMIN + "/css/**", Console.CHEMIN + "/js/**")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(jetonsCsrf)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new JetonCsrfEcrit(), org.springframework.security.web.csrf.CsrfFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(f -> f.changeSessionId()))
                .formLogin(f -> f.loginPage(Console.CONNEXION)
                        .loginProcessingUrl(Console.CONNEXION)
                        .defaultSuccessUrl(Console.CHEMIN, true)
                        .failureUrl(Console.CONNEXION + "?erreur"))
                .logout(l -> l.logoutUrl(Console.DECONNEXION)
                        .logoutSuccessUrl(Console.CONNEXION + "?deconnexion")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(Console.CONNEXION)))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                                        + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
                                        + " form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
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
