package fr.socle.command.rgpd;

import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Le sérialiseur des événements d'Axon chiffre les données personnelles ; les autres sérialiseurs n'y touchent pas. */
@Configuration
public class ConfigurationRgpd {

    static final String SERIALISEUR_EVENEMENTS = "eventSerializer";

    @Bean
    public static BeanPostProcessor chiffrerLesDonneesPersonnelles(ObjectProvider<CoffreCles> coffre) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nom) {
                if (SERIALISEUR_EVENEMENTS.equals(nom) && bean instanceof JacksonSerializer jackson) {
                    return JacksonSerializer.builder()
                            .objectMapper(DonneesPersonnellesJson.appliquer(
                                    jackson.getObjectMapper(), new Chiffreur(coffre::getObject)))
                            .build();
                }
                return bean;
            }
        };
    }
}
