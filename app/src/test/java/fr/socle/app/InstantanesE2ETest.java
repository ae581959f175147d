package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        instantaneContenant(id, "\"etat\":\"FACTURE\"");

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

    /** Les rendez-vous et les e-mails sont des entités de l'intervenant : son instantané les emporte. */
    @Test
    void les_entites_d_un_intervenant_reviennent_avec_son_instantane() throws InterruptedException {
        String id = client.executer(
                        GESTIONNAIRE,
                        IntervenantE2ETest.CREER,
                        "input",
                        IntervenantE2ETest.saisie("Entites", "email", "entites@exemple.fr"))
                .donnees()
                .path("creerIntervenant")
                .path("id")
                .asText();
        String rendezVousId = client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!, $in: RendezVousInput!) { planifierRendezVousIntervenant(id: $id, input: $in)"
                                + " { rendezVous { id } } }",
                        "id",
                        id,
                        "in",
                        Map.of(
                                "objet",
                                "Entretien",
                                "debut",
                                "2026-12-01T09:00:00Z",
                                "fin",
                                "2026-12-01T10:00:00Z",
                                "participants",
                                List.of("Paul")))
                .donnees()
                .path("planifierRendezVousIntervenant")
                .path("rendezVous")
                .get(0)
                .path("id")
                .asText();
        client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!, $r: ID!) { cloreRendezVousIntervenant(id: $id, rendezVousId: $r, issue: TENU)"
                                + " { id } }",
                        "id",
                        id,
                        "r",
                        rendezVousId)
                .donnees();
        String emailId = client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!) { enregistrerEmailIntervenant(id: $id, objet: \"Planning\") { emails { id } } }",
                        "id",
                        id)
                .donnees()
                .path("enregistrerEmailIntervenant")
                .path("emails")
                .get(0)
                .path("id")
                .asText();
        String changerStatut = "mutation($id: ID!, $e: ID!, $s: StatutEmail!) {"
                + " changerStatutEmailIntervenant(id: $id, emailId: $e, statut: $s) { id } }";
        client.executer(GESTIONNAIRE, changerStatut, "id", id, "e", emailId, "s", "OUVERT")
                .donnees();
        instantaneContenant(id, "\"clos\":true", "\"statut\":\"OUVERT\"");

        assertThat(client.executer(
                                GESTIONNAIRE,
                                "mutation($id: ID!, $r: ID!) { repondreRendezVousIntervenant(id: $id, rendezVousId: $r,"
                                        + " participant: \"Paul\", reponse: ACCEPTE) { id } }",
                                "id",
                                id,
                                "r",
                                rendezVousId)
                        .regle())
                .isEqualTo("RENDEZ_VOUS_CLOS");
        assertThat(client.executer(GESTIONNAIRE, changerStatut, "id", id, "e", emailId, "s", "BLOQUE")
                        .regle())
                .isEqualTo("TRANSITION_INTERDITE");
    }

    /** Attend que le dernier instantané de l'agrégat, pris sur son propre fil, contienne chacun des extraits. */
    private void instantaneContenant(String aggregatId, String... extraits) throws InterruptedException {
        long limite = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<String> instantanes = jdbc.queryForList(
                    "SELECT CAST(payload AS TEXT) FROM SnapshotEventEntry WHERE aggregateIdentifier = ? "
                            + "ORDER BY sequenceNumber DESC LIMIT 1",
                    String.class,
                    aggregatId);
            if (!instantanes.isEmpty() && Stream.of(extraits).allMatch(instantanes.get(0)::contains)) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("un instantané contenant %s est pris (dernier : %s)", List.of(extraits), instantanes)
                    .isLessThan(limite);
            Thread.sleep(50);
        }
    }
}
