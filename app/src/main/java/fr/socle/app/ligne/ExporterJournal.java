package fr.socle.app.ligne;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.query.audit.Evenement;
import fr.socle.query.audit.JournalFiltre;
import fr.socle.query.audit.SourceJournal;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code exporter-journal <fichier.jsonl>} : tous les événements du magasin, dans l'ordre du journal,
 * un objet JSON par ligne (les champs de l'audit : sequence, type, horodatage, auteur, aggregatId,
 * aggregatType, correlation, identifiant, donnees, position). Le journal est lu par pages, comme la
 * requête GraphQL {@code journal} : ce qui arrive pendant l'export en fait partie s'il est lu avant la fin.
 */
@Component
public class ExporterJournal implements CommandeEnLigne {

    private static final int PAGE = 1000;

    private final SourceJournal journal;
    private final ObjectMapper json;

    public ExporterJournal(SourceJournal journal, ObjectMapper json) {
        this.journal = journal;
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
        Progression progression = new Progression(nom(), journal.compter(JournalFiltre.TOUT), System.err);
        long ecrits = 0;
        try (Writer sortie = Files.newBufferedWriter(fichier, StandardCharsets.UTF_8)) {
            long apres = -1;
            List<Evenement> page;
            while (!(page = journal.lire(JournalFiltre.TOUT, apres, PAGE)).isEmpty()) {
                for (Evenement evenement : page) {
                    sortie.write(json.writeValueAsString(evenement));
                    sortie.write('\n');
                }
                ecrits += page.size();
                apres = page.get(page.size() - 1).position();
                progression.avancer(ecrits);
            }
        }
        System.out.printf("%s : %d événement(s) écrit(s) dans %s%n", nom(), ecrits, fichier);
        return SUCCES;
    }
}
