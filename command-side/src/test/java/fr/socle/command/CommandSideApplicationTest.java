package fr.socle.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.test.CoteDemarreSeul;
import fr.socle.test.SansAxonServer;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Le côté commandes démarre seul avec sa configuration ({@code command-side.yml}). Axon Server est
 * remplacé par un magasin en mémoire : c'est le câblage de ce point d'entrée qui est vérifié ici, la
 * composition complète l'est par {@code docker-compose config}.
 */
@SpringBootTest(
        classes = {CommandSideApplication.class, SansAxonServer.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {CommandSideApplication.CONFIGURATION, SansAxonServer.PROPRIETE})
class CommandSideApplicationTest extends CoteDemarreSeul {

    @Test
    void demarre_seul_avec_ses_agregats_ses_jetons_dans_mongo_et_son_actuator() throws Exception {
        assertThat(contexte.getEnvironment().getProperty("spring.application.name"))
                .isEqualTo("socle-commandes");
        assertThat(contexte.containsBean("dossierRepository")).isTrue();
        assertThat(contexte.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
        assertThat(contexte.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();

        HttpResponse<String> sante = HttpClient.newHttpClient()
                .send(requete("/actuator/health").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sante.statusCode()).isEqualTo(200);
        assertThat(sante.body()).contains("\"status\":\"UP\"").contains("\"mongo\"");
    }
}
