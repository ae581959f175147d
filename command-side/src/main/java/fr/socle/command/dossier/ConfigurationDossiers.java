package fr.socle.command.dossier;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ConfigurationDossiers {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    public Calendrier calendrierDossiers() {
        return () -> LocalDate.now(PARIS);
    }
}
