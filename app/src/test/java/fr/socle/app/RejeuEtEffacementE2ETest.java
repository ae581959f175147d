package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Ce qu'une reconstruction et un effacement RGPD promettent, sur une histoire qui contient de tout
 * (événement indésirable et sa politique, duplication, paiements, plan, effacements de chaque sorte de
 * sujet) : l'effacement répond une fois chaque copie effacée, aucune trace lisible ne reste, et une
 * reconstruction complète n'écrit rien et rend les modèles à l'identique.
 */
class RejeuEtEffacementE2ETest extends MoteurEmbarqueTest {

    private static final String EFFACE = "[effacé]";
    private static final String LETTRES_MORTES = "{ lettresMortes { projection } }";
    private static final String COORDONNEES =
            "query($id: ID!) { opportunite(id: $id) { version coordonnees { civilite prenom nom email telephone adresse { ville } } } }";

    private final long marque = System.nanoTime();
    private final String client1 = "Zorglub" + marque;
    private final String courriel = "zorglub" + marque + "@exemple.fr";
    private final String intervenante = "Marsupilami" + marque;

    @Test
    void l_effacement_atteint_chaque_copie_et_la_reconstruction_rend_les_memes_modeles_sans_rien_ecrire()
            throws Exception {
        String dossierId = creerDossier(
                DossierE2ETest.personneAEffacer("Rose" + marque, client1, courriel, "3 rue Zorglub" + marque));
        String intervenantId = client.executer(
                        GESTIONNAIRE,
                        IntervenantE2ETest.CREER,
                        "input",
                        IntervenantE2ETest.saisie(
                                intervenante,
                                "telephones",
                                List.of("0699887766"),
                                "email",
                                "marsu" + marque + "@exemple.fr"))
                .donnees()
                .path("creerIntervenant")
                .path("id")
                .asText();
        client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!, $d: ID!) { ajouterClientIntervenant(id: $id, dossierId: $d) { id } }",
                        "id",
                        intervenantId,
                        "d",
                        dossierId)
                .donnees();
        client.executer(
                        GESTIONNAIRE,
                        "mutation($input: EvenementIndesirableInput!) { declarerEvenementIndesirable(input: $input) { id } }",
                        "input",
                        Map.of(
                                "dossierId",
                                dossierId,
                                "intervenantId",
                                intervenantId,
                                "description",
                                "Chute",
                                "date",
                                "2026-11-20"))
                .donnees();
        String notes = "query($d: ID, $i: ID) { notesSuivi(dossierId: $d, intervenantId: $i) { totalCount } }";
        long limite = System.currentTimeMillis() + 10_000;
        while ((client.executer(ANALYSTE, notes, "d", dossierId)
                                        .donnees()
                                        .path("notesSuivi")
                                        .path("totalCount")
                                        .asInt()
                                < 1
                        || client.executer(ANALYSTE, notes, "i", intervenantId)
                                        .donnees()
                                        .path("notesSuivi")
                                        .path("totalCount")
                                        .asInt()
                                < 1)
                && System.currentTimeMillis() < limite) {
            Thread.sleep(50);
        }

        String ouvrir =
                "mutation($input: OuvrirOpportuniteInput!) { ouvrirOpportunite(input: $input) { id coordonnees { nom } } }";
        JsonNode ouverte = client.executer(
                        GESTIONNAIRE, ouvrir, "input", Map.of("dossierId", dossierId, "dateEvaluation", "2026-03-17"))
                .donnees()
                .path("ouvrirOpportunite");
        assertThat(ouverte.path("coordonnees").path("nom").asText()).isEqualTo(client1);
        String originale = ouverte.path("id").asText();
        String copie = client.executer(
                        GESTIONNAIRE, "mutation($id: ID!) { dupliquerOpportunite(id: $id) { id } }", "id", originale)
                .donnees()
                .path("dupliquerOpportunite")
                .path("id")
                .asText();
        String effaceeSeule = client.executer(
                        GESTIONNAIRE, ouvrir, "input", Map.of("dossierId", dossierId, "dateEvaluation", "2026-04-01"))
                .donnees()
                .path("ouvrirOpportunite")
                .path("id")
                .asText();
        String stockee = jdbc.queryForObject(
                "SELECT CAST(payload AS TEXT) FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                        + " AND sequenceNumber = 0",
                String.class,
                originale);
        assertThat(stockee).as("coordonnées chiffrées dans le magasin").doesNotContain(client1, courriel);

        LocalDate aujourdhui = LocalDate.now();
        String pieceId = client.executer(
                        GESTIONNAIRE,
                        PieceE2ETest.ENREGISTRER,
                        "input",
                        PieceE2ETest.piece(dossierId, "F-" + marque, aujourdhui.plusDays(30), "1250.00"))
                .donnees()
                .path("enregistrerPiece")
                .path("id")
                .asText();
        client.executer(
                        GESTIONNAIRE,
                        PieceE2ETest.PLANIFIER,
                        "id",
                        pieceId,
                        "echeances",
                        List.of(
                                Map.of("date", aujourdhui.plusDays(10).toString(), "montant", "500.00"),
                                Map.of("date", aujourdhui.plusDays(40).toString(), "montant", "750.00")))
                .donnees();
        client.executer(
                        GESTIONNAIRE,
                        PieceE2ETest.PAYER,
                        "id",
                        pieceId,
                        "montant",
                        "600.00",
                        "date",
                        aujourdhui.toString())
                .donnees();

        // Effacer une opportunité seule : ses coordonnées, pas celles des autres.
        assertThat(client.executer(ADMIN, AuditE2ETest.EFFACER, "id", effaceeSeule)
                        .donnees()
                        .path("effacerDonneesPersonnelles")
                        .asBoolean())
                .isTrue();
        JsonNode seule = client.executer(ANALYSTE, COORDONNEES, "id", effaceeSeule)
                .donnees()
                .path("opportunite")
                .path("coordonnees");
        assertThat(seule.path("nom").asText()).isEqualTo(EFFACE);
        assertThat(seule.path("email").asText()).isEqualTo(EFFACE);
        assertThat(seule.path("adresse").isNull()).isTrue();
        assertThat(historique(effaceeSeule)).doesNotContain(client1, courriel, "0611223344");
        assertThat(client.executer(ANALYSTE, COORDONNEES, "id", originale)
                        .donnees()
                        .path("opportunite")
                        .path("coordonnees")
                        .path("nom")
                        .asText())
                .isEqualTo(client1);

        // Effacer l'intervenant, puis le dossier : la réponse vient une fois chaque modèle effacé.
        Instant avantEffacement = Instant.now();
        Thread.sleep(5);
        AbonnementGraphQL direct = new AbonnementGraphQL(
                port, AUDITEUR, "subscription { evenements { type aggregatId donnees } }", Map.of());
        // L'abonnement part de la tête du magasin au moment où le serveur l'ouvre : on lui en laisse le temps.
        Thread.sleep(500);
        client.executer(ADMIN, AuditE2ETest.EFFACER, "id", intervenantId).donnees();
        assertThat(client.executer(ANALYSTE, "query($id: ID!) { intervenant(id: $id) { nom } }", "id", intervenantId)
                        .donnees()
                        .path("intervenant")
                        .path("nom")
                        .asText())
                .isEqualTo(EFFACE);
        client.executer(ADMIN, AuditE2ETest.EFFACER, "id", dossierId).donnees();
        assertThat(client.executer(
                                ANALYSTE,
                                "query($id: ID!) { dossier(id: $id) { titulaire { ... on Personne { nom email } } } }",
                                "id",
                                dossierId)
                        .donnees()
                        .path("dossier")
                        .path("titulaire")
                        .path("nom")
                        .asText())
                .isEqualTo(EFFACE);
        for (String opportunite : List.of(originale, copie)) {
            JsonNode coordonnees = client.executer(ANALYSTE, COORDONNEES, "id", opportunite)
                    .donnees()
                    .path("opportunite")
                    .path("coordonnees");
            assertThat(coordonnees.path("nom").asText())
                    .as("copie des coordonnées dans %s", opportunite)
                    .isEqualTo(EFFACE);
            assertThat(coordonnees.path("civilite").asText()).isEqualTo("MME");
            assertThat(historique(opportunite))
                    .doesNotContain(client1, courriel, "0611223344")
                    .contains(EFFACE);
            assertThat(client.executer(
                                    AUDITEUR,
                                    AuditE2ETest.ETAT_AU,
                                    "id",
                                    opportunite,
                                    "instant",
                                    Instant.now().toString())
                            .donnees()
                            .toString())
                    .doesNotContain(client1, courriel, "0611223344");
        }
        try (direct) {
            JsonNode recu = direct.recevoir();
            assertThat(recu.path("payload")
                            .path("data")
                            .path("evenements")
                            .path("type")
                            .asText())
                    .isEqualTo("DonneesPersonnellesEffacées");
            assertThat(recu.toString())
                    .as("ce que le direct diffuse de l'effacement")
                    .doesNotContain(client1, courriel, intervenante);
        }
        for (String efface : List.of(dossierId, intervenantId, originale, copie)) {
            assertThat(client.executer(
                                    AUDITEUR, AuditE2ETest.ETAT_AU, "id", efface, "instant", avantEffacement.toString())
                            .donnees()
                            .toString())
                    .as("l'état de %s avant son effacement", efface)
                    .doesNotContain(client1, courriel, intervenante, "0611223344", "0699887766")
                    .contains(EFFACE);
        }
        assertThat(historique(dossierId) + historique(intervenantId))
                .doesNotContain(client1, courriel, intervenante, "0611223344", "0699887766");
        aucuneTraceLisible();

        Map<String, Long> modeles = modelesDeLectureAuRepos();
        JsonNode empreintes =
                client.executer(ADMIN, AuditE2ETest.EMPREINTES).donnees().path("empreintesModelesLecture");
        long evenementsAvant = evenements();
        int lettresMortes = client.executer(ADMIN, LETTRES_MORTES)
                .donnees()
                .path("lettresMortes")
                .size();
        assertThat(lettresMortes).isZero();

        JsonNode lancee =
                client.executer(ADMIN, AuditE2ETest.RECONSTRUIRE).donnees().path("reconstruireProjections");
        assertThat(lancee.path("projections").toString())
                .as("une politique ne se rejoue pas")
                .doesNotContain("politique-evenements-indesirables")
                .contains("intervenants", "opportunites");
        JsonNode suivi;
        limite = System.currentTimeMillis() + 30_000;
        do {
            Thread.sleep(100);
            suivi = client.executer(
                            ADMIN,
                            AuditE2ETest.RECONSTRUCTION,
                            "id",
                            lancee.path("id").asText())
                    .donnees()
                    .path("reconstruction");
        } while (suivi.path("etat").asText().equals("EN_COURS") && System.currentTimeMillis() < limite);
        assertThat(suivi.path("etat").asText()).isEqualTo("TERMINEE");
        assertThat(modelesDeLectureAuRepos()).isEqualTo(modeles);

        assertThat(evenements())
                .as("une reconstruction n'écrit aucun événement")
                .isEqualTo(evenementsAvant);
        assertThat(client.executer(ADMIN, LETTRES_MORTES)
                        .donnees()
                        .path("lettresMortes")
                        .size())
                .isZero();
        assertThat(client.executer(ADMIN, AuditE2ETest.EMPREINTES).donnees().path("empreintesModelesLecture"))
                .isEqualTo(empreintes);
        assertThat(client.executer(ANALYSTE, "query($id: ID!) { intervenant(id: $id) { nom } }", "id", intervenantId)
                        .donnees()
                        .path("intervenant")
                        .path("nom")
                        .asText())
                .as("l'intervenant effacé se reconstruit")
                .isEqualTo(EFFACE);
        aucuneTraceLisible();
    }

    private String historique(String aggregatId) {
        return client.executer(
                        AUDITEUR,
                        "query($id: ID!) { historique(aggregatId: $id, first: 500) { edges { node { type donnees } } } }",
                        "id",
                        aggregatId)
                .donnees()
                .toString();
    }

    /**
     * Ni les modèles de lecture (toutes collections, lettres mortes et suivi comprises), ni le journal, ni
     * le magasin (événements et instantanés), ni l'export des pièces ne laissent lire les personnes effacées.
     */
    private void aucuneTraceLisible() {
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                assertThat(document.toJson())
                        .as("collection %s", collection)
                        .doesNotContain(client1, courriel, intervenante);
            }
        }
        assertThat(client.executer(AUDITEUR, "{ journal(first: 500) { edges { node { donnees } } } }")
                        .donnees()
                        .toString())
                .doesNotContain(client1, courriel, intervenante);
        for (String table : List.of("DomainEventEntry", "SnapshotEventEntry")) {
            assertThat(jdbc.queryForList("SELECT CAST(payload AS TEXT) FROM " + table, String.class))
                    .as(table)
                    .noneMatch(p -> p.contains(client1) || p.contains(courriel) || p.contains(intervenante));
        }
        assertThat(texteDeLExport())
                .as("export des pièces")
                .contains("F-" + marque)
                .doesNotContain(client1, courriel, intervenante);
    }

    private String texteDeLExport() {
        try {
            HttpResponse<byte[]> reponse = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/exports/pieces.xlsx"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString((ANALYSTE + ":" + ANALYSTE)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(reponse.statusCode()).isEqualTo(200);
            try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(reponse.body()));
                    XSSFExcelExtractor texte = new XSSFExcelExtractor(classeur)) {
                return texte.getText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
