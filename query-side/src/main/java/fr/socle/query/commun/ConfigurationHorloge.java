package fr.socle.query.commun;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** L'horloge du métier : « aujourd'hui » se lit dans le fuseau des utilisateurs, pas en UTC. */
@Configuration
public class ConfigurationHorloge {

    @Bean
    @ConditionalOnMissingBean
    public Clock horloge(@Value("${socle.fuseau:Europe/Paris}") ZoneId fuseau) {
        return Clock.system(fuseau);
    }
}
