package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * La requête processeurs : chaque processeur d'événements en flux, sa marche, sa position et son retard
 * sur la tête du magasin, ses segments ; aux seuls administrateurs.
 */
class ProcesseursE2ETest extends MoteurEmbarqueTest {

    private static final String PROCESSEURS =
            "{ processeurs { nom etat position tete retard lettresMortes erreur segments { segment position aJour rejeu erreur } } }";

    private JsonNode processeurs() {
        return client.executer(ADMIN, PROCESSEURS).donnees().path("processeurs");
    }

    /** Les noms des processeurs tels que la santé de l'actuator les compte. */
    private List<String> processeursDeLaSante() throws Exception {
        HttpResponse<String> reponse = ClientGraphQL.envoyer(
                HttpClient.newHttpClient(),
                requeteHttp("/actuator/health/processeurs", ADMIN).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> noms = new ArrayList<>();
        new ObjectMapper()
                .readTree(reponse.body())
                .path("components")
                .fieldNames()
                .forEachRemaining(noms::add);
        return noms.stream().sorted().toList();
    }

    @Test
    void l_admin_lit_chaque_processeur_avec_un_retard_et_une_position_coherents() throws Exception {
        creerDossier(DossierE2ETest.personne("Processeur", "processeur@exemple.fr"));

        JsonNode lus = processeurs();
        List<String> noms = new ArrayList<>();
        lus.forEach(p -> noms.add(p.path("nom").asText()));
        assertThat(noms).contains("dossiers", "annuaire").isSorted().isEqualTo(processeursDeLaSante());
        for (JsonNode p : lus) {
            long tete = p.path("tete").asLong();
            assertThat(tete).as("tête du magasin").isPositive();
            assertThat(p.path("retard").asLong()).as(p.path("nom").asText()).isBetween(0L, tete);
            if (!p.path("position").isNull()) {
                assertThat(p.path("position").asLong() + p.path("retard").asLong())
                        .as("position + retard = tête pour " + p.path("nom").asText())
                        .isEqualTo(tete);
            }
        }

        // Au repos, chaque processeur a rattrapé la tête, tourne, et ses segments le disent.
        long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (enRetard(processeurs()) && System.nanoTime() < limite) {
            Thread.sleep(100);
        }
        for (JsonNode p : processeurs()) {
            String nom = p.path("nom").asText();
            assertThat(p.path("etat").asText()).as(nom).isEqualTo("EN_MARCHE");
            assertThat(p.path("retard").asLong()).as(nom).isZero();
            assertThat(p.path("position").asLong())
                    .as(nom)
                    .isEqualTo(p.path("tete").asLong());
            assertThat(p.path("lettresMortes").asInt()).as(nom).isZero();
            assertThat(p.path("erreur").isNull()).as(nom).isTrue();
            assertThat(p.path("segments")).as(nom).isNotEmpty();
            for (JsonNode s : p.path("segments")) {
                assertThat(s.path("position").asLong())
                        .as(nom)
                        .isEqualTo(p.path("tete").asLong());
                assertThat(s.path("erreur").isNull()).as(nom).isTrue();
            }
        }
    }

    private static boolean enRetard(JsonNode processeurs) {
        for (JsonNode p : processeurs) {
            if (p.path("retard").asLong() > 0 || p.path("position").isNull()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void un_analyste_ne_lit_pas_les_processeurs() {
        assertThat(client.executer(ANALYSTE, PROCESSEURS).classification()).isEqualTo("FORBIDDEN");
        assertThat(client.executer(GESTIONNAIRE, PROCESSEURS).classification()).isEqualTo("FORBIDDEN");
    }
}
