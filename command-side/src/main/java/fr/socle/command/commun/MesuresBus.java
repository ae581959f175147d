package fr.socle.command.commun;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Les mesures standard d'Axon des bus de ce côté, sous les noms qu'Axon leur donne : {@code commandBus_*},
 * {@code queryBus_*} (étiquette {@code payloadType}) et {@code eventStore_*} — messages reçus, traités,
 * réussis, en échec, et leurs durées. C'est ici qu'ils sont traités (commandes, états passés, ajouts au
 * magasin). La configuration automatique d'Axon est coupée ({@code axon.metrics.auto-configuration.enabled})
 * pour sa jauge de capacité des bus : elle garde chaque mesure dix minutes et se réinscrit à chaque message
 * (Micrometer le signale comme un doublon). Les processeurs ont les leurs (côté requêtes, {@code
 * MesuresProcesseurs}).
 */
@Configuration
public class MesuresBus {

    private static final String TYPE = "payloadType";

    @Bean
    public ConfigurerModule mesuresDesBus(MeterRegistry registre) {
        return configurer -> {
            configurer.configureMessageMonitor(
                    CommandBus.class, (configuration, type, nom) -> mesures("commandBus", registre, true));
            configurer.configureMessageMonitor(
                    QueryBus.class, (configuration, type, nom) -> mesures("queryBus", registre, true));
            configurer.configureMessageMonitor(
                    EventStore.class, (configuration, type, nom) -> mesures("eventStore", registre, false));
        };
    }

    private static MessageMonitor<Message<?>> mesures(String prefixe, MeterRegistry registre, boolean parType) {
        Function<Message<?>, Iterable<Tag>> etiquettes =
                parType ? message -> Tags.of(TYPE, message.getPayloadType().getSimpleName()) : message -> Tags.empty();
        return new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor(prefixe, registre, etiquettes),
                MessageCountingMonitor.buildMonitor(prefixe, registre, etiquettes)));
    }
}
