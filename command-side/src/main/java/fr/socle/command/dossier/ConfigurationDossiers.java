package fr.socle.command.dossier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.time.ZoneId;

@Configuration
public class ConfigurationDossiers {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    public Calendrier calendrierDossiers() {
        return () -> LocalDate.now(PARIS);
    }
}
