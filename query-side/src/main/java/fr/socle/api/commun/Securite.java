package fr.socle.api.commun;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

/**
 * HTTP Basic sur toute l'API ; les rôles sont vérifiés opération par opération ({@link Roles}).
 * Les utilisateurs viennent de la configuration ({@code socle.securite.utilisateurs}).
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(Securite.Utilisateurs.class)
public class Securite {

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

    /** Sans serveur web (ligne de commande), il n'y a pas de requêtes HTTP à filtrer. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public SecurityFilterChain filtres(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .httpBasic(Customizer.withDefaults())
                .build();
    }
}
