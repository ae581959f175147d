package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PieceE2ETest extends MoteurEmbarqueTest {

    static final LocalDate AUJOURDHUI = LocalDate.now(ZoneId.of("Europe/Paris"));
    static final String CHAMPS = """
            id version dossierId numero dateEmission dateEcheance montant solde categorie prochaineAction ouverte
            dateFermeture joursDeRetard trancheAge creePar
            historiqueCategories { categorie horodatage auteur commentaire prochaineAction datePromesse montantPromis preuve responsable }
            paiements { montant date auteur }
            planPaiement { numero statut }
            plansPaiement { numero statut montant paye motifAnnulation annulePar echeances { date montant paye statut } }""";
    static final String ENREGISTRER =
            "mutation($input: EnregistrerPieceInput!) { enregistrerPiece(input: $input) { " + CHAMPS + " } }";
    static final String CATEGORISER =
            "mutation($id: ID!, $input: CategorisationInput!, $v: Int) { categoriserPiece(id: $id, input: $input, versionAttendue: $v) { "
                    + CHAMPS + " } }";
    static final String PAYER =
            "mutation($id: ID!, $montant: Montant!, $date: Date!, $v: Int) { enregistrerPaiement(pieceId: $id, montant: $montant, date: $date, versionAttendue: $v) { "
                    + CHAMPS + " } }";
    static final String PLANIFIER =
            "mutation($id: ID!, $echeances: [EcheanceInput!]!, $v: Int) { etablirPlanPaiement(pieceId: $id, echeances: $echeances, versionAttendue: $v) { "
                    + CHAMPS + " } }";
    static final String ANNULER =
            "mutation($id: ID!, $motif: String) { annulerPlanPaiement(pieceId: $id, motif: $motif) { " + CHAMPS
                    + " } }";
    static final String LIRE = "query($id: ID!) { piece(id: $id) { " + CHAMPS + " } }";

    private String dossier() {
        return creerDossier(DossierE2ETest.personne("Débiteur", "d@exemple.fr"));
    }

    static Map<String, Object> piece(String dossierId, String numero, LocalDate echeance, String montant) {
        Map<String, Object> input = new HashMap<>();
        input.put("dossierId", dossierId);
        input.put("numero", numero);
        input.put("dateEmission", echeance.minusDays(30).toString());
        input.put("dateEcheance", echeance.toString());
        input.put("montant", montant);
        return input;
    }

    private JsonNode enregistrer(Map<String, Object> input) {
        return client.executer(GESTIONNAIRE, ENREGISTRER, "input", input)
                .donnees()
                .path("enregistrerPiece");
    }

    private JsonNode muter(String requete, String operation, Object... variables) {
        return client.executer(GESTIONNAIRE, requete, variables).donnees().path(operation);
    }

    private ClientGraphQL.Reponse categoriser(String id, Map<String, Object> categorisation) {
        return client.executer(GESTIONNAIRE, CATEGORISER, "id", id, "input", categorisation);
    }

    private ClientGraphQL.Reponse payer(String id, String montant, LocalDate date) {
        return client.executer(GESTIONNAIRE, PAYER, "id", id, "montant", montant, "date", date.toString());
    }

    private ClientGraphQL.Reponse planifier(String id, List<Map<String, String>> echeances) {
        return client.executer(GESTIONNAIRE, PLANIFIER, "id", id, "echeances", echeances);
    }

    private static List<String> valeurs(JsonNode liste, String champ) {
        return StreamSupport.stream(liste.spliterator(), false)
                .map(n -> n.path(champ).asText())
                .toList();
    }

    @Test
    void une_piece_se_categorise_s_echelonne_se_paie_et_se_ferme() {
        String dossierId = dossier();
        JsonNode piece = enregistrer(piece(dossierId, "F-2026-001", AUJOURDHUI.minusDays(20), "1250.00"));
        String id = piece.path("id").asText();
        assertThat(piece.path("version").asInt()).isZero();
        assertThat(piece.path("categorie").asText()).isEqualTo("NCT");
        assertThat(piece.path("montant").asText()).isEqualTo("1250.00");
        assertThat(piece.path("solde").asText()).isEqualTo("1250.00");
        assertThat(piece.path("ouverte").asBoolean()).isTrue();
        assertThat(piece.path("joursDeRetard").asInt()).isEqualTo(20);
        assertThat(piece.path("trancheAge").asText()).isEqualTo("JOURS_0_30");
        assertThat(piece.path("creePar").asText()).isEqualTo(GESTIONNAIRE);
        assertThat(valeurs(piece.path("historiqueCategories"), "categorie")).containsExactly("NCT");

        JsonNode contact = muter(
                CATEGORISER,
                "categoriserPiece",
                "id",
                id,
                "v",
                0,
                "input",
                Map.of(
                        "categorie",
                        "CEC",
                        "commentaire",
                        "Messagerie, rappeler",
                        "prochaineAction",
                        AUJOURDHUI.plusDays(2).toString()));
        assertThat(contact.path("categorie").asText()).isEqualTo("CEC");
        assertThat(contact.path("prochaineAction").asText())
                .isEqualTo(AUJOURDHUI.plusDays(2).toString());
        JsonNode promesse = muter(
                CATEGORISER,
                "categoriserPiece",
                "id",
                id,
                "input",
                Map.of(
                        "categorie",
                        "PDP",
                        "commentaire",
                        "Paiera en deux fois",
                        "datePromesse",
                        AUJOURDHUI.plusDays(10).toString(),
                        "montantPromis",
                        "1250.00"));
        JsonNode historique = promesse.path("historiqueCategories");
        assertThat(valeurs(historique, "categorie")).containsExactly("NCT", "CEC", "PDP");
        assertThat(valeurs(historique, "auteur")).containsOnly(GESTIONNAIRE);
        assertThat(historique.get(1).path("commentaire").asText()).isEqualTo("Messagerie, rappeler");
        assertThat(historique.get(2).path("montantPromis").asText()).isEqualTo("1250.00");
        assertThat(promesse.path("prochaineAction").asText())
                .as("une PDP se suit à la date promise")
                .isEqualTo(AUJOURDHUI.plusDays(10).toString());
        assertThat(promesse.path("version").asInt()).isEqualTo(2);

        JsonNode plan = muter(
                PLANIFIER,
                "etablirPlanPaiement",
                "id",
                id,
                "echeances",
                List.of(
                        Map.of("date", AUJOURDHUI.minusDays(5).toString(), "montant", "500.00"),
                        Map.of("date", AUJOURDHUI.plusDays(25).toString(), "montant", "750.00")));
        assertThat(plan.path("planPaiement").path("numero").asInt()).isEqualTo(1);
        JsonNode echeances = plan.path("plansPaiement").get(0).path("echeances");
        assertThat(valeurs(echeances, "statut")).containsExactly("EN_RETARD", "A_VENIR");

        JsonNode paye =
                muter(PAYER, "enregistrerPaiement", "id", id, "montant", "600.00", "date", AUJOURDHUI.toString());
        assertThat(paye.path("solde").asText()).isEqualTo("650.00");
        JsonNode suivi = paye.path("plansPaiement").get(0);
        assertThat(suivi.path("paye").asText()).isEqualTo("600.00");
        assertThat(valeurs(suivi.path("echeances"), "statut")).containsExactly("PAYEE", "A_VENIR");
        assertThat(valeurs(suivi.path("echeances"), "paye")).containsExactly("500.00", "100.00");

        JsonNode annule = muter(ANNULER, "annulerPlanPaiement", "id", id, "motif", "Nouvel accord");
        assertThat(annule.path("planPaiement").isNull()).isTrue();
        assertThat(annule.path("plansPaiement").get(0).path("statut").asText()).isEqualTo("ANNULE");
        assertThat(annule.path("plansPaiement").get(0).path("motifAnnulation").asText())
                .isEqualTo("Nouvel accord");
        assertThat(valeurs(annule.path("plansPaiement").get(0).path("echeances"), "statut"))
                .containsExactly("PAYEE", "ANNULEE");

        JsonNode nouveauPlan = muter(
                PLANIFIER,
                "etablirPlanPaiement",
                "id",
                id,
                "echeances",
                List.of(Map.of("date", AUJOURDHUI.plusDays(30).toString(), "montant", "650.00")));
        assertThat(nouveauPlan.path("planPaiement").path("numero").asInt()).isEqualTo(2);

        JsonNode solde =
                muter(PAYER, "enregistrerPaiement", "id", id, "montant", "650.00", "date", AUJOURDHUI.toString());
        assertThat(solde.path("solde").asText()).isEqualTo("0.00");
        assertThat(solde.path("ouverte").asBoolean()).isFalse();
        assertThat(solde.path("dateFermeture").asText()).isEqualTo(AUJOURDHUI.toString());
        assertThat(solde.path("joursDeRetard").asInt()).isZero();
        assertThat(solde.path("trancheAge").isNull()).isTrue();
        assertThat(valeurs(solde.path("plansPaiement"), "statut")).containsExactly("ANNULE", "SOLDE");
        assertThat(valeurs(solde.path("plansPaiement").get(1).path("echeances"), "statut"))
                .containsExactly("PAYEE");
        assertThat(valeurs(solde.path("paiements"), "montant")).containsExactly("600.00", "650.00");

        long avant = evenements();
        ClientGraphQL.Reponse fermee =
                client.executer(GESTIONNAIRE, CATEGORISER, "id", id, "input", Map.of("categorie", "NPC"));
        assertThat(fermee.classification()).isEqualTo("CONFLICT");
        assertThat(fermee.regle()).isEqualTo("PIECE_FERMEE");
        assertThat(client.executer(GESTIONNAIRE, PAYER, "id", id, "montant", "1.00", "date", AUJOURDHUI.toString())
                        .regle())
                .isEqualTo("PIECE_FERMEE");
        assertThat(evenements()).isEqualTo(avant);

        JsonNode audit = client.executer(AUDITEUR, DossierE2ETest.HISTORIQUE, "id", id)
                .donnees()
                .path("historique");
        assertThat(StreamSupport.stream(audit.path("edges").spliterator(), false)
                        .map(e -> e.path("node").path("type").asText()))
                .containsExactly(
                        "PièceEnregistrée",
                        "PièceCatégorisée",
                        "PièceCatégorisée",
                        "PlanPaiementÉtabli",
                        "PaiementEnregistré",
                        "PlanPaiementAnnulé",
                        "PlanPaiementÉtabli",
                        "PaiementEnregistré",
                        "PièceSoldée");
        assertThat(client.executer(ANALYSTE, LIRE, "id", id)
                        .donnees()
                        .path("piece")
                        .path("version")
                        .asInt())
                .isEqualTo(8);
    }

    @Test
    void chaque_refus_est_classe_et_n_ecrit_rien() {
        String dossierId = dossier();
        String id = enregistrer(piece(dossierId, "R-1", AUJOURDHUI, "100.00"))
                .path("id")
                .asText();
        long avant = evenements();
        Map<String, Long> lecture = modelesDeLecture();

        ClientGraphQL.Reponse inconnu = client.executer(
                GESTIONNAIRE,
                ENREGISTRER,
                "input",
                piece("6f1c1c1c-1111-4111-8111-111111111111", "R-2", AUJOURDHUI, "10.00"));
        assertThat(inconnu.classification()).isEqualTo("NOT_FOUND");
        assertThat(inconnu.champ()).isEqualTo("dossierId");
        ClientGraphQL.Reponse pasUnDossier =
                client.executer(GESTIONNAIRE, ENREGISTRER, "input", piece(id, "R-2", AUJOURDHUI, "10.00"));
        assertThat(pasUnDossier.classification()).isEqualTo("NOT_FOUND");

        ClientGraphQL.Reponse doublon =
                client.executer(GESTIONNAIRE, ENREGISTRER, "input", piece(dossierId, " r-1 ", AUJOURDHUI, "10.00"));
        assertThat(doublon.classification()).isEqualTo("BAD_REQUEST");
        assertThat(doublon.champ()).isEqualTo("numero");
        assertThat(doublon.regle()).isEqualTo("NUMERO_DEJA_UTILISE");

        Map<String, Object> troisDecimales = piece(dossierId, "R-3", AUJOURDHUI, "10.005");
        ClientGraphQL.Reponse decimales = client.executer(GESTIONNAIRE, ENREGISTRER, "input", troisDecimales);
        assertThat(decimales.classification()).isEqualTo("BAD_REQUEST");
        assertThat(decimales.erreur().path("message").asText()).contains("deux chiffres");
        Map<String, Object> negatif = piece(dossierId, "R-3", AUJOURDHUI, "-10.00");
        assertThat(client.executer(GESTIONNAIRE, ENREGISTRER, "input", negatif).regle())
                .isEqualTo("MONTANT_NON_POSITIF");
        Map<String, Object> echeanceAvant = piece(dossierId, "R-3", AUJOURDHUI, "10.00");
        echeanceAvant.put("dateEmission", AUJOURDHUI.plusDays(1).toString());
        ClientGraphQL.Reponse dates = client.executer(GESTIONNAIRE, ENREGISTRER, "input", echeanceAvant);
        assertThat(dates.champ()).isEqualTo("dateEcheance");
        assertThat(dates.regle()).isEqualTo("ECHEANCE_AVANT_EMISSION");
        Map<String, Object> soldeTrop = piece(dossierId, "R-3", AUJOURDHUI, "10.00");
        soldeTrop.put("solde", "10.01");
        assertThat(client.executer(GESTIONNAIRE, ENREGISTRER, "input", soldeTrop)
                        .regle())
                .isEqualTo("SOLDE_SUPERIEUR_AU_MONTANT");
        Map<String, Object> sansNumero = piece(dossierId, "  ", AUJOURDHUI, "10.00");
        ClientGraphQL.Reponse numero = client.executer(GESTIONNAIRE, ENREGISTRER, "input", sansNumero);
        assertThat(numero.champ()).isEqualTo("numero");
        assertThat(numero.regle()).isEqualTo("OBLIGATOIRE");

        ClientGraphQL.Reponse promesse = categoriser(id, Map.of("categorie", "PDP", "montantPromis", "50.00"));
        assertThat(promesse.champ()).isEqualTo("datePromesse");
        assertThat(promesse.regle()).isEqualTo("OBLIGATOIRE");
        ClientGraphQL.Reponse tropPromis = categoriser(
                id, Map.of("categorie", "PDP", "montantPromis", "100.01", "datePromesse", AUJOURDHUI.toString()));
        assertThat(tropPromis.regle()).isEqualTo("PROMESSE_SUPERIEURE_AU_SOLDE");
        assertThat(categoriser(id, Map.of("categorie", "RDE")).champ()).isEqualTo("preuve");
        assertThat(categoriser(id, Map.of("categorie", "LIT")).champ()).isEqualTo("responsable");
        assertThat(categoriser(id, Map.of("categorie", "XYZ")).classification()).isEqualTo("BAD_REQUEST");
        ClientGraphQL.Reponse perimee =
                client.executer(GESTIONNAIRE, CATEGORISER, "id", id, "v", 3, "input", Map.of("categorie", "NPC"));
        assertThat(perimee.classification()).isEqualTo("CONFLICT");
        ClientGraphQL.Reponse dossierPasPiece = categoriser(dossierId, Map.of("categorie", "NPC"));
        assertThat(dossierPasPiece.classification()).isEqualTo("NOT_FOUND");

        ClientGraphQL.Reponse tropPercu = payer(id, "100.01", AUJOURDHUI);
        assertThat(tropPercu.champ()).isEqualTo("montant");
        assertThat(tropPercu.regle()).isEqualTo("PAIEMENT_SUPERIEUR_AU_SOLDE");
        assertThat(payer(id, "0.00", AUJOURDHUI).regle()).isEqualTo("MONTANT_NON_POSITIF");
        ClientGraphQL.Reponse centimes = payer(id, "1.005", AUJOURDHUI);
        assertThat(centimes.classification()).isEqualTo("BAD_REQUEST");
        assertThat(centimes.champ()).isEqualTo("montant");
        assertThat(payer(id, "1.00", AUJOURDHUI.minusDays(31)).regle()).isEqualTo("PAIEMENT_AVANT_EMISSION");
        assertThat(payer("6f1c1c1c-1111-4111-8111-111111111111", "1.00", AUJOURDHUI)
                        .classification())
                .isEqualTo("NOT_FOUND");

        ClientGraphQL.Reponse somme = planifier(
                id,
                List.of(
                        Map.of("date", AUJOURDHUI.toString(), "montant", "60.00"),
                        Map.of("date", AUJOURDHUI.plusDays(30).toString(), "montant", "30.00")));
        assertThat(somme.champ()).isEqualTo("echeances");
        assertThat(somme.regle()).isEqualTo("PLAN_DIFFERENT_DU_SOLDE");
        ClientGraphQL.Reponse desordre = planifier(
                id,
                List.of(
                        Map.of("date", AUJOURDHUI.toString(), "montant", "60.00"),
                        Map.of("date", AUJOURDHUI.toString(), "montant", "40.00")));
        assertThat(desordre.champ()).isEqualTo("echeances.1.date");
        assertThat(desordre.regle()).isEqualTo("ECHEANCES_NON_CHRONOLOGIQUES");
        ClientGraphQL.Reponse echeanceNulle =
                planifier(id, List.of(Map.of("date", AUJOURDHUI.toString(), "montant", "0.00")));
        assertThat(echeanceNulle.champ()).isEqualTo("echeances.0.montant");
        assertThat(planifier(id, List.of()).regle()).isEqualTo("OBLIGATOIRE");
        assertThat(client.executer(GESTIONNAIRE, ANNULER, "id", id).regle()).isEqualTo("AUCUN_PLAN_EN_COURS");

        assertThat(client.executer(ANALYSTE, PAYER, "id", id, "montant", "1.00", "date", AUJOURDHUI.toString())
                        .classification())
                .isEqualTo("FORBIDDEN");
        assertThat(client.executer(AUDITEUR, ENREGISTRER, "input", piece(dossierId, "R-9", AUJOURDHUI, "10.00"))
                        .classification())
                .isEqualTo("FORBIDDEN");

        assertRienEcrit(avant, lecture);
        assertThat(client.executer(ANALYSTE, LIRE, "id", id)
                        .donnees()
                        .path("piece")
                        .path("version")
                        .asInt())
                .isZero();
    }

    @Test
    void des_enregistrements_simultanes_du_meme_numero_n_en_laissent_passer_qu_un() throws Exception {
        String dossierId = dossier();
        long avant = evenements();
        ExecutorService executeur = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ClientGraphQL.Reponse>> envois = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String montant = (10 + i) + ".00";
                envois.add(() -> new ClientGraphQL(port)
                        .executer(
                                GESTIONNAIRE,
                                ENREGISTRER,
                                "input",
                                piece(dossierId, "SIMULTANE-1", AUJOURDHUI, montant)));
            }
            List<ClientGraphQL.Reponse> reponses = new ArrayList<>();
            for (Future<ClientGraphQL.Reponse> f : executeur.invokeAll(envois)) {
                reponses.add(f.get());
            }
            List<ClientGraphQL.Reponse> reussies =
                    reponses.stream().filter(r -> !r.corps().has("errors")).toList();
            assertThat(reussies).hasSize(1);
            assertThat(reponses)
                    .filteredOn(r -> r.corps().has("errors"))
                    .allSatisfy(r -> assertThat(r.regle()).isEqualTo("NUMERO_DEJA_UTILISE"));
        } finally {
            executeur.shutdownNow();
        }
        assertThat(evenements()).as("une pièce et sa réservation de numéro").isEqualTo(avant + 2);
        JsonNode liste = client.executer(
                        ANALYSTE,
                        "query($f: PieceFiltre) { pieces(filtre: $f) { totalCount } }",
                        "f",
                        Map.of("dossierId", dossierId))
                .donnees()
                .path("pieces");
        assertThat(liste.path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void encours_anciennete_listes_filtrees_et_export_excel() throws Exception {
        String dossierId = dossier();
        enregistrer(piece(dossierId, "A", AUJOURDHUI.plusDays(10), "100.00"));
        String b = enregistrer(piece(dossierId, "B", AUJOURDHUI.minusDays(10), "200.00"))
                .path("id")
                .asText();
        String c = enregistrer(piece(dossierId, "C", AUJOURDHUI.minusDays(45), "300.00"))
                .path("id")
                .asText();
        enregistrer(piece(dossierId, "D", AUJOURDHUI.minusDays(100), "400.50"));
        String e = enregistrer(piece(dossierId, "E", AUJOURDHUI.minusDays(70), "50.00"))
                .path("id")
                .asText();
        muter(
                CATEGORISER,
                "categoriserPiece",
                "id",
                b,
                "input",
                Map.of("categorie", "CEC", "prochaineAction", AUJOURDHUI.toString()));
        muter(
                CATEGORISER,
                "categoriserPiece",
                "id",
                c,
                "input",
                Map.of("categorie", "LIT", "responsable", "Service juridique"));
        muter(PAYER, "enregistrerPaiement", "id", c, "montant", "0.10", "date", AUJOURDHUI.toString());
        muter(PAYER, "enregistrerPaiement", "id", e, "montant", "50.00", "date", AUJOURDHUI.toString());

        JsonNode encours = client.executer(
                        ANALYSTE,
                        "query($d: ID) { encoursParCategorie(dossierId: $d) { categorie montant nombre } }",
                        "d",
                        dossierId)
                .donnees()
                .path("encoursParCategorie");
        assertThat(valeurs(encours, "categorie")).containsExactly("NCT", "CEC", "PDP", "RDE", "NPC", "LIT");
        assertThat(valeurs(encours, "montant")).containsExactly("500.50", "200.00", "0.00", "0.00", "0.00", "299.90");
        assertThat(valeurs(encours, "nombre")).containsExactly("2", "1", "0", "0", "0", "1");

        JsonNode ages = client.executer(
                        ANALYSTE,
                        "query($d: ID) { agesEncours(dossierId: $d) { tranche montant nombre } }",
                        "d",
                        dossierId)
                .donnees()
                .path("agesEncours");
        assertThat(valeurs(ages, "tranche"))
                .containsExactly("NON_ECHU", "JOURS_0_30", "JOURS_31_60", "JOURS_61_90", "PLUS_DE_90");
        assertThat(valeurs(ages, "montant")).containsExactly("100.00", "200.00", "299.90", "0.00", "400.50");

        JsonNode portefeuille = client.executer(ANALYSTE, "{ encoursParCategorie { categorie montant } }")
                .donnees()
                .path("encoursParCategorie");
        assertThat(new BigDecimal(portefeuille.get(0).path("montant").asText()))
                .isGreaterThanOrEqualTo(new BigDecimal("500.50"));

        String liste =
                "query($f: PieceFiltre, $first: Int, $after: String) { pieces(filtre: $f, first: $first, after: $after) "
                        + "{ totalCount pageInfo { hasNextPage endCursor } edges { node { numero } } } }";
        JsonNode fermees = client.executer(ANALYSTE, liste, "f", Map.of("dossierId", dossierId, "ouverte", false))
                .donnees()
                .path("pieces");
        assertThat(fermees.path("totalCount").asInt()).isEqualTo(1);
        assertThat(fermees.path("edges").get(0).path("node").path("numero").asText())
                .isEqualTo("E");
        JsonNode page1 = client.executer(
                        ANALYSTE, liste, "f", Map.of("dossierId", dossierId, "ouverte", true), "first", 3)
                .donnees()
                .path("pieces");
        assertThat(page1.path("totalCount").asInt()).isEqualTo(4);
        assertThat(page1.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode page2 = client.executer(
                        ANALYSTE,
                        liste,
                        "f",
                        Map.of("dossierId", dossierId, "ouverte", true),
                        "first",
                        3,
                        "after",
                        page1.path("pageInfo").path("endCursor").asText())
                .donnees()
                .path("pieces");
        assertThat(page2.path("edges").get(0).path("node").path("numero").asText())
                .isEqualTo("D");
        JsonNode litiges = client.executer(ANALYSTE, liste, "f", Map.of("dossierId", dossierId, "categorie", "LIT"))
                .donnees()
                .path("pieces");
        assertThat(litiges.path("edges").get(0).path("node").path("numero").asText())
                .isEqualTo("C");

        HttpResponse<byte[]> export = telecharger(ANALYSTE, "dossierId=" + dossierId + "&ouverte=true");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment")
                .contains(".xlsx");
        try (Workbook classeur = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet feuille = classeur.getSheetAt(0);
            assertThat(feuille.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Numéro");
            assertThat(feuille.getLastRowNum())
                    .as("en-tête, quatre pièces ouvertes, totaux")
                    .isEqualTo(5);
            List<String> numeros = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                numeros.add(feuille.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(numeros).containsExactly("A", "B", "C", "D");
            Row c3 = feuille.getRow(3);
            assertThat(c3.getCell(6).getStringCellValue()).isEqualTo("LIT");
            assertThat(montant(c3, 5)).isEqualByComparingTo("299.90");
            assertThat(c3.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(AUJOURDHUI.minusDays(45));
            assertThat((int) c3.getCell(9).getNumericCellValue()).isEqualTo(45);
            Row totaux = feuille.getRow(5);
            assertThat(totaux.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(montant(totaux, 4)).isEqualByComparingTo("1000.50");
            assertThat(montant(totaux, 5)).isEqualByComparingTo("1000.40");
        }
        try (Workbook historique = new XSSFWorkbook(
                new ByteArrayInputStream(telecharger(GESTIONNAIRE, "dossierId=" + dossierId + "&ouverte=false")
                        .body()))) {
            assertThat(historique.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(montant(historique.getSheetAt(0).getRow(2), 5)).isEqualByComparingTo("0.00");
        }
        assertThat(telecharger(null, "").statusCode()).isEqualTo(401);
        HttpResponse<byte[]> categorieInconnue = telecharger(ANALYSTE, "categorie=XYZ");
        assertThat(categorieInconnue.statusCode()).isEqualTo(400);
        assertThat(new String(categorieInconnue.body(), StandardCharsets.UTF_8))
                .contains("BAD_REQUEST")
                .contains("categorie");
        HttpResponse<byte[]> idInvalide = telecharger(ANALYSTE, "dossierId=pas-un-uuid");
        assertThat(idInvalide.statusCode()).isEqualTo(400);
        assertThat(new String(idInvalide.body(), StandardCharsets.UTF_8)).contains("ID_INVALIDE");
    }

    private static BigDecimal montant(Row ligne, int colonne) {
        return BigDecimal.valueOf(ligne.getCell(colonne).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    private HttpResponse<byte[]> telecharger(String utilisateur, String parametres)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        requeteHttp("/exports/pieces.xlsx?" + parametres, utilisateur)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
