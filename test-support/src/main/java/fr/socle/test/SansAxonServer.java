package fr.socle.test;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Un côté démarré seul, sans Axon Server : ses événements vont dans un magasin en mémoire. À ajouter
 * aux classes d'un {@code @SpringBootTest}, avec la propriété {@link #PROPRIETE}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SansAxonServer {

    /** Le connecteur Axon Server reste éteint. */
    public static final String PROPRIETE = "axon.axonserver.enabled=false";

    @Bean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }
}
