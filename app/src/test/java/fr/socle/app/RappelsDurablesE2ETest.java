package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.socle.kernel.rappel.RappelDéclenché;
import fr.socle.query.rappel.PlanificateurRappels;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Un rappel survit aux redémarrages et sonne exactement une fois : programmé par un moteur dont le
 * planificateur dort, il sonne après redémarrage sur le même répertoire de données, puis plus jamais,
 * ni aux tours suivants ni après un nouveau redémarrage.
 */
class RappelsDurablesE2ETest {

    @TempDir
    Path donnees;

    private ConfigurableApplicationContext demarrer(String intervalle) {
        return new SpringApplicationBuilder(SocleApplication.class)
                .run(
                        "--socle.donnees=" + donnees,
                        "--server.port=0",
                        "--socle.rappels.intervalle=" + intervalle,
                        "--socle.rappels.delai-initial=" + intervalle,
                        "--socle.opportunite.reevaluation-mois=2");
    }

    private static ClientGraphQL client(ConfigurableApplicationContext moteur) {
        return new ClientGraphQL(Integer.parseInt(moteur.getEnvironment().getProperty("local.server.port")));
    }

    private static long declenchements(ConfigurableApplicationContext moteur) {
        return moteur.getBean(JdbcTemplate.class)
                .queryForObject(
                        "SELECT count(*) FROM DomainEventEntry WHERE payloadType = ?",
                        Long.class,
                        RappelDéclenché.class.getName());
    }

    private static JsonNode rappel(ClientGraphQL client, String opportuniteId) {
        return client.executer(MoteurEmbarqueTest.ANALYSTE, OpportuniteE2ETest.RAPPELS, "o", opportuniteId)
                .donnees()
                .path("rappels")
                .path("edges")
                .get(0)
                .path("node");
    }

    @Test
    void un_rappel_du_sonne_une_seule_fois_a_travers_les_redemarrages() throws InterruptedException {
        String copieId;
        try (ConfigurableApplicationContext moteur = demarrer("PT1H")) {
            ClientGraphQL client = client(moteur);
            String dossierId = client.executer(
                            MoteurEmbarqueTest.GESTIONNAIRE,
                            DossierE2ETest.CREER,
                            "input",
                            DossierE2ETest.personne("Durable", "d@exemple.fr"))
                    .donnees()
                    .path("creerDossier")
                    .path("id")
                    .asText();
            String id = client.executer(
                            MoteurEmbarqueTest.GESTIONNAIRE,
                            OpportuniteE2ETest.OUVRIR,
                            "input",
                            Map.of("dossierId", dossierId, "dateEvaluation", "2020-01-15"))
                    .donnees()
                    .path("ouvrirOpportunite")
                    .path("id")
                    .asText();
            copieId = client.executer(MoteurEmbarqueTest.GESTIONNAIRE, OpportuniteE2ETest.DUPLIQUER, "id", id)
                    .donnees()
                    .path("dupliquerOpportunite")
                    .path("id")
                    .asText();
            JsonNode programme = rappel(client, copieId);
            assertThat(programme.path("echeance").asText())
                    .as("mois de l'évaluation + 2 (réglage)")
                    .isEqualTo("2020-03-01");
            assertThat(programme.path("declenche").asBoolean()).isFalse();
            assertThat(declenchements(moteur)).isZero();
        }

        try (ConfigurableApplicationContext moteur = demarrer("PT0.2S")) {
            long limite = System.currentTimeMillis() + 30_000;
            while (declenchements(moteur) == 0 && System.currentTimeMillis() < limite) {
                Thread.sleep(100);
            }
            assertThat(declenchements(moteur)).isEqualTo(1);
            moteur.getBean(PlanificateurRappels.class).declencherLesRappelsDus();
            Thread.sleep(1_000);
            assertThat(declenchements(moteur)).as("plusieurs tours plus tard").isEqualTo(1);
            JsonNode sonne = rappel(client(moteur), copieId);
            assertThat(sonne.path("declenche").asBoolean()).isTrue();
            assertThat(sonne.path("situation").asText()).isEqualTo("A_TRAITER");
        }

        try (ConfigurableApplicationContext moteur = demarrer("PT0.2S")) {
            Thread.sleep(1_000);
            assertThat(moteur.getBean(PlanificateurRappels.class).declencherLesRappelsDus())
                    .isZero();
            assertThat(declenchements(moteur)).as("après un second redémarrage").isEqualTo(1);
            assertThat(moteur.getBean(JdbcTemplate.class)
                            .queryForObject(
                                    "SELECT count(*) FROM DomainEventEntry WHERE payloadType = ? AND metaData LIKE ?",
                                    Long.class,
                                    RappelDéclenché.class.getName(),
                                    "%" + PlanificateurRappels.AUTEUR + "%"))
                    .isEqualTo(1);
            assertThat(rappel(client(moteur), copieId).path("declenche").asBoolean())
                    .isTrue();
        }
    }
}
