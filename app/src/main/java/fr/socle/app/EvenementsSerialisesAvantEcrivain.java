package fr.socle.app;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Un événement est sérialisé (et ses données personnelles chiffrées) dès sa publication par l'agrégat,
 * pendant le traitement de la commande, et non plus à son ajout au magasin, sous l'écrivain unique de
 * SQLite ({@link EcrivainUnique}) : le profil des commandes y montrait l'essentiel du temps tenu. Le
 * message garde sa forme sérialisée, que le moteur JDBC reprend telle quelle ; la clé d'un nouveau sujet,
 * elle, ne s'écrit qu'à la prise de l'écrivain ({@link CoffreClesSqlite#cle}).
 */
@Configuration
@Profile("!production")
public class EvenementsSerialisesAvantEcrivain {

    @Autowired
    public void serialiserALaPublication(EventStore evenements, @Qualifier("eventSerializer") Serializer serialiseur) {
        evenements.registerDispatchInterceptor((MessageDispatchInterceptor<EventMessage<?>>)
                messages -> (i, message) -> {
                    // Le moteur JDBC demande des octets : la forme gardée est celle-là, elle ne sera pas convertie.
                    message.serializePayload(serialiseur, byte[].class);
                    message.serializeMetaData(serialiseur, byte[].class);
                    return message;
                });
    }
}
