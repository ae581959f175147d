package fr.socle.api.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class ConnexionsRetenuesTest {

    private final AtomicInteger hachages = new AtomicInteger();
    private final ConnexionsRetenues connexions = connexions(Duration.ofMinutes(5));

    private ConnexionsRetenues connexions(Duration duree) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        PasswordEncoder compte = new PasswordEncoder() {
            @Override
            public String encode(CharSequence brut) {
                return bcrypt.encode(brut);
            }

            @Override
            public boolean matches(CharSequence brut, String encode) {
                hachages.incrementAndGet();
                return bcrypt.matches(brut, encode);
            }
        };
        DaoAuthenticationProvider verification =
                new DaoAuthenticationProvider(new InMemoryUserDetailsManager(User.withUsername("gestionnaire")
                        .password(bcrypt.encode("secret"))
                        .roles("GESTIONNAIRE")
                        .build()));
        verification.setPasswordEncoder(compte);
        return new ConnexionsRetenues(verification, duree);
    }

    private static Authentication demande(String nom, String motDePasse) {
        return UsernamePasswordAuthenticationToken.unauthenticated(nom, motDePasse);
    }

    @Test
    void une_connexion_reussie_n_est_hachee_qu_une_fois_et_ne_garde_pas_le_mot_de_passe() {
        Authentication premiere = connexions.authenticate(demande("gestionnaire", "secret"));
        Authentication seconde = connexions.authenticate(demande("gestionnaire", "secret"));

        assertThat(hachages).hasValue(1);
        assertThat(seconde.isAuthenticated()).isTrue();
        assertThat(seconde.getName()).isEqualTo("gestionnaire");
        assertThat(seconde.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_GESTIONNAIRE");
        assertThat(premiere.getCredentials()).isNull();
        assertThat(seconde.getCredentials()).isNull();
    }

    @Test
    void un_mauvais_mot_de_passe_est_refuse_a_chaque_fois_meme_apres_une_connexion_reussie() {
        connexions.authenticate(demande("gestionnaire", "secret"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> connexions.authenticate(demande("gestionnaire", "secret2")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(hachages).hasValue(3);
    }

    @Test
    void une_connexion_retenue_expire() throws InterruptedException {
        ConnexionsRetenues breves = connexions(Duration.ofMillis(50));
        breves.authenticate(demande("gestionnaire", "secret"));
        Thread.sleep(120);
        breves.authenticate(demande("gestionnaire", "secret"));
        assertThat(hachages).hasValue(2);
    }
}
