package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.app.ligne.CommandeEnLigne;
import fr.socle.app.ligne.ExporterJournal;
import fr.socle.app.ligne.LigneDeCommande;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Les commandes d'exploitation comme les lance un exploitant : le moteur embarqué réel démarré sans
 * serveur web par le premier argument, sur un répertoire de données neuf.
 */
@ExtendWith(OutputCaptureExtension.class)
class LigneDeCommandeE2ETest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temporaire;

    @Test
    void importer_des_dossiers_rapporte_les_lignes_refusees_puis_le_journal_s_exporte(CapturedOutput sortie)
            throws Exception {
        Path csv = temporaire.resolve("dossiers.csv");
        Files.copy(
                Path.of(Objects.requireNonNull(getClass().getResource("/ligne-de-commande/dossiers.csv"))
                        .toURI()),
                csv);

        try (ConfigurableApplicationContext moteur = LigneDeCommande.demarrer(
                SocleApplication.class,
                "importer-dossiers",
                csv.toString(),
                "--socle.donnees=" + temporaire.resolve("donnees"))) {
            assertThat(moteur.getBean(LigneDeCommande.class).getExitCode()).isEqualTo(CommandeEnLigne.PARTIEL);

            JdbcTemplate jdbc = moteur.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%DossierCréé'", Long.class))
                    .isEqualTo(3);
            assertThat(sortie.getOut())
                    .contains(
                            "importer-dossiers : 3 dossier(s) créé(s), 0 ligne(s) déjà importée(s), 6 ligne(s) refusée(s)")
                    .contains("ligne 3 : email EMAIL_INVALIDE")
                    .contains("ligne 4 : nom OBLIGATOIRE")
                    .contains("ligne 6 : siret SIRET_INVALIDE")
                    .contains("ligne 7 : mobile MOBILE_INVALIDE")
                    .contains("ligne 8 : civilite CIVILITE_INVALIDE")
                    .contains("ligne 9 : - COLONNES_INVALIDES")
                    .doesNotContain("ligne 2 :")
                    .doesNotContain("ligne 5 :")
                    .doesNotContain("ligne 10 :")
                    .doesNotContain("ligne 11 :");
            assertThat(sortie.getErr()).contains("importer-dossiers : 100 % (10/10)");

            long evenements = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
            Path journal = temporaire.resolve("journal.jsonl");
            assertThat(moteur.getBean(ExporterJournal.class).executer(List.of(journal.toString())))
                    .isEqualTo(CommandeEnLigne.SUCCES);
            List<JsonNode> lignes = Files.readAllLines(journal).stream()
                    .map(LigneDeCommandeE2ETest::lire)
                    .toList();
            assertThat(lignes).hasSize((int) evenements);
            assertThat(lignes)
                    .extracting(l -> l.path("position").asLong())
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(lignes)
                    .filteredOn(l -> l.path("type").asText().equals("DossierCréé"))
                    .hasSize(3)
                    .allSatisfy(l -> {
                        assertThat(l.path("auteur").asText()).startsWith(LigneDeCommande.AUTEUR + ":");
                        assertThat(l.path("aggregatType").asText()).isEqualTo("Dossier");
                        assertThat(l.path("horodatage").asText()).endsWith("Z");
                    })
                    .extracting(l -> l.path("donnees")
                            .path("titulaire")
                            .path("nom")
                            .asText(l.path("donnees")
                                    .path("titulaire")
                                    .path("raisonSociale")
                                    .asText()))
                    // Les lignes s'écrivent en parallèle : le journal ne suit pas forcément l'ordre du fichier.
                    .containsExactlyInAnyOrder("Martin", "ACME", "Lefèvre");
            assertThat(sortie.getOut()).contains("exporter-journal : " + evenements + " événement(s) écrit(s)");
        }
    }

    private static JsonNode lire(String ligne) {
        try {
            return JSON.readTree(ligne);
        } catch (Exception e) {
            throw new IllegalStateException(ligne, e);
        }
    }
}
