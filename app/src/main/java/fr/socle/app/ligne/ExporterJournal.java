package fr.socle.app.ligne;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.query.audit.Evenement;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code exporter-journal <fichier.jsonl>} : tous les événements du magasin, dans l'ordre du journal,
 * un objet JSON par ligne (position dans le journal, puis les champs de l'audit : sequence, type,
 * horodatage, auteur, aggregatId, aggregatType, correlation, identifiant, donnees).
 */
@Component
public class ExporterJournal implements CommandeEnLigne {

    /** Un magasin distant qui ne livre plus rien pendant ce temps est considéré comme lu jusqu'au bout. */
    private static final int ATTENTE_SECONDES = 10;

    private final EventStore magasin;
    private final ObjectMapper json;

    public ExporterJournal(EventStore magasin, ObjectMapper json) {
        this.magasin = magasin;
        this.json = json;
    }

    @Override
    public String nom() {
        return "exporter-journal";
    }

    @Override
    public String usage() {
        return "exporter-journal <fichier.jsonl>  écrit tous les événements du magasin, un objet JSON par ligne";
    }

    @Override
    public int executer(List<String> arguments) throws Exception {
        if (arguments.size() != 1) {
            System.err.println("Usage : " + usage());
            return USAGE;
        }
        Path fichier = Path.of(arguments.get(0));
        // Le journal est lu jusqu'à sa tête au démarrage de l'export : ce qui arrive ensuite n'en fait pas partie.
        TrackingToken jetonTete = magasin.createHeadToken();
        long tete = jetonTete == null ? 0L : jetonTete.position().orElse(0L);
        long ecrits = 0;
        Progression progression = new Progression(nom(), tete, System.err);
        try (Writer sortie = Files.newBufferedWriter(fichier, StandardCharsets.UTF_8);
             BlockingStream<TrackedEventMessage<?>> flux = magasin.openStream(null)) {
            long position = 0;
            while (position < tete && flux.hasNextAvailable(ATTENTE_SECONDES, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> message = flux.nextAvailable();
                position = message.trackingToken().position().orElse(position);
                Optional<Evenement> evenement = Evenement.duFlux(message, json);
                if (evenement.isPresent()) {
                    sortie.write(json.writeValueAsString(evenement.get()));
                    sortie.write('\n');
                    ecrits++;
                }
                progression.avancer(position);
            }
        }
        System.out.printf("%s : %d événement(s) écrit(s) dans %s%n", nom(), ecrits, fichier);
        return SUCCES;
    }
}
