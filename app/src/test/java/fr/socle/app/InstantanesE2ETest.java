package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Un agrégat rechargé depuis un instantané garde tout son état (ici, un instantané à chaque événement). */
@TestPropertySource(properties = "socle.instantanes.seuil=1")
class InstantanesE2ETest extends MoteurEmbarqueTest {

    @Test
    void un_dossier_recharge_depuis_son_instantane_applique_les_memes_regles() throws InterruptedException {
        com.fasterxml.jackson.databind.JsonNode cree = client.executer(
                        GESTIONNAIRE, DossierE2ETest.CREER, "input", DossierE2ETest.personne("Instant", "i@exemple.fr"))
                .donnees()
                .path("creerDossier");
        String id = cree.path("id").asText();
        int versionCreation = cree.path("version").asInt();
        client.executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", id, "etat", "EN_COURS")
                .donnees();
        client.executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", id, "etat", "FACTURE")
                .donnees();
        long limite = System.nanoTime() + 10_000_000_000L;
        while (jdbc.queryForObject(
                        "SELECT count(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", Long.class, id)
                == 0) {
            assertThat(System.nanoTime()).as("un instantané est pris").isLessThan(limite);
            Thread.sleep(50);
        }
        String instantane = jdbc.queryForObject(
                "SELECT CAST(payload AS TEXT) FROM SnapshotEventEntry WHERE aggregateIdentifier = ? "
                        + "ORDER BY sequenceNumber DESC LIMIT 1",
                String.class,
                id);
        assertThat(instantane).contains("\"etat\"").contains("Instant");

        ClientGraphQL.Reponse retour =
                client.executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", id, "etat", "EN_COURS");
        assertThat(retour.regle()).isEqualTo("TRANSITION_INTERDITE");
        assertThat(retour.erreur().path("message").asText()).contains("FACTURE");
        assertThat(client.executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", id, "etat", "CLOTURE")
                        .donnees()
                        .path("changerEtatDossier")
                        .path("version")
                        .asInt())
                .isEqualTo(versionCreation + 3);
    }
}
