package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.socle.kernel.dossier.DossierCréé;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Une lettre morte survit à l'arrêt du moteur : l'événement qu'une projection n'a pas su traiter est
 * encore là au redémarrage sur le même répertoire de données, avec sa cause, et se rejoue une fois la
 * projection corrigée.
 */
class LettresMortesDurablesE2ETest {

    private static final String LETTRES = "{ lettresMortes(projection: \"temoin-durable\") { aggregatId type cause } }";
    private static final AtomicBoolean POISON_ACTIF = new AtomicBoolean(true);

    @TempDir
    Path donnees;

    @TestConfiguration
    static class ProjectionFragile {
        @Bean
        Temoin temoinDurable() {
            return new Temoin();
        }
    }

    @ProcessingGroup("temoin-durable")
    static class Temoin {
        @EventHandler
        void on(DossierCréé evenement) {
            FiabiliteE2ETest.refuserLePoison(POISON_ACTIF, evenement);
        }
    }

    private ConfigurableApplicationContext demarrer() {
        return new SpringApplicationBuilder(SocleApplication.class, ProjectionFragile.class)
                .run("--socle.donnees=" + donnees, "--server.port=0");
    }

    private static ClientGraphQL client(ConfigurableApplicationContext moteur) {
        return new ClientGraphQL(Integer.parseInt(moteur.getEnvironment().getProperty("local.server.port")));
    }

    private static JsonNode lettresMortes(ClientGraphQL client) {
        return client.executer(MoteurEmbarqueTest.ADMIN, LETTRES).donnees().path("lettresMortes");
    }

    @Test
    void une_lettre_morte_est_encore_la_apres_un_redemarrage_et_se_rejoue_ensuite() throws InterruptedException {
        String poison;
        try (ConfigurableApplicationContext moteur = demarrer()) {
            ClientGraphQL client = client(moteur);
            poison = client.executer(
                            MoteurEmbarqueTest.GESTIONNAIRE,
                            DossierE2ETest.CREER,
                            "input",
                            DossierE2ETest.personne("Poison", "p@exemple.fr"))
                    .donnees()
                    .path("creerDossier")
                    .path("id")
                    .asText();
            long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (lettresMortes(client).isEmpty() && System.nanoTime() < limite) {
                Thread.sleep(100);
            }
            assertThat(lettresMortes(client)).hasSize(1);
        }

        try (ConfigurableApplicationContext moteur = demarrer()) {
            ClientGraphQL client = client(moteur);
            JsonNode mortes = lettresMortes(client);
            assertThat(mortes).as("après redémarrage").hasSize(1);
            assertThat(mortes.get(0).path("aggregatId").asText()).isEqualTo(poison);
            assertThat(mortes.get(0).path("type").asText()).isEqualTo("DossierCréé");
            assertThat(mortes.get(0).path("cause").asText()).contains("ne sait pas traiter");

            POISON_ACTIF.set(false);
            assertThat(client.executer(
                                    MoteurEmbarqueTest.ADMIN,
                                    "mutation { reessayerLettresMortes(projection: \"temoin-durable\") }")
                            .donnees()
                            .path("reessayerLettresMortes")
                            .asInt())
                    .isEqualTo(1);
            assertThat(lettresMortes(client)).isEmpty();
        }
    }
}
