package fr.socle.query.piece;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ConfigurationPieces {

    /** Les retards se comptent en jours calendaires français. */
    @Bean
    @ConditionalOnMissingBean
    public Clock horloge() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }
}
