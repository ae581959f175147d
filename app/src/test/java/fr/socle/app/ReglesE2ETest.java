package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Les codes de règle tels qu'un client les lit : une version périmée (relire puis recommencer) se
 * distingue d'un refus de l'état (ne pas recommencer) par {@code extensions.regle} seul.
 */
class ReglesE2ETest extends MoteurEmbarqueTest {

    static final String DESACTIVER = """
            mutation($id: ID!, $v: Int) { desactiverIntervenant(id: $id, versionAttendue: $v) { id version situation } }""";
    static final String RENOMMER_OPPORTUNITE = """
            mutation($id: ID!, $i: String, $v: Int) { renseignerInformations(opportuniteId: $id, informations: $i, versionAttendue: $v) { id version } }""";

    private String dossier(String nom) {
        return creerDossier(DossierE2ETest.personne(nom, "r@exemple.fr"));
    }

    /** Une pièce de 100,00 € échue aujourd'hui, telle que son enregistrement la rend. */
    private JsonNode enregistrerPiece(String dossierId, String numero) {
        return client.executer(
                        GESTIONNAIRE,
                        PieceE2ETest.ENREGISTRER,
                        "input",
                        PieceE2ETest.piece(dossierId, numero, PieceE2ETest.AUJOURDHUI, "100.00"))
                .donnees()
                .path("enregistrerPiece");
    }

    /** Un paiement daté d'aujourd'hui sur la pièce, à la version attendue donnée. */
    private ClientGraphQL.Reponse payer(String pieceId, String montant, int versionAttendue) {
        return client.executer(
                GESTIONNAIRE,
                PieceE2ETest.PAYER,
                "id",
                pieceId,
                "montant",
                montant,
                "date",
                PieceE2ETest.AUJOURDHUI.toString(),
                "v",
                versionAttendue);
    }

    private static void versionPerimee(ClientGraphQL.Reponse reponse) {
        assertThat(reponse.classification()).as("%s", reponse.corps()).isEqualTo("CONFLICT");
        assertThat(reponse.regle()).as("%s", reponse.corps()).isEqualTo("VERSION_PERIMEE");
        assertThat(reponse.champ()).as("%s", reponse.corps()).isEqualTo("versionAttendue");
    }

    @Test
    void une_version_perimee_a_son_propre_code_sur_un_dossier_un_intervenant_et_une_piece() {
        String dossierId = dossier("Périmé");
        String intervenantId = client.executer(
                        GESTIONNAIRE, IntervenantE2ETest.CREER, "input", IntervenantE2ETest.saisie("Veille"))
                .donnees()
                .path("creerIntervenant")
                .path("id")
                .asText();
        JsonNode piece = enregistrerPiece(dossierId, "V-1");
        String pieceId = piece.path("id").asText();
        long avant = evenements();

        // Dossier à la version 1, intervenant et pièce à la version 0.
        versionPerimee(
                client.executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", dossierId, "etat", "EN_COURS", "v", 0));
        versionPerimee(
                client.executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", dossierId, "etat", "EN_COURS", "v", 7));
        versionPerimee(client.executer(GESTIONNAIRE, DESACTIVER, "id", intervenantId, "v", 3));
        versionPerimee(payer(pieceId, "10.00", 2));
        versionPerimee(client.executer(
                GESTIONNAIRE, PieceE2ETest.CATEGORISER, "id", pieceId, "v", 1, "input", Map.of("categorie", "NPC")));
        assertThat(evenements()).isEqualTo(avant);
    }

    @Test
    void un_refus_de_l_etat_n_emprunte_jamais_le_code_de_la_version_perimee() {
        String dossierId = dossier("Soldé");
        String pieceId = enregistrerPiece(dossierId, "F-1").path("id").asText();
        int version = payer(pieceId, "100.00", 0)
                .donnees()
                .path("enregistrerPaiement")
                .path("version")
                .asInt();
        long avant = evenements();

        // La pièce est fermée : à la bonne version, c'est l'état qui refuse, et recommencer n'y changera rien.
        ClientGraphQL.Reponse fermee = payer(pieceId, "1.00", version);
        assertThat(fermee.classification()).isEqualTo("CONFLICT");
        assertThat(fermee.regle()).isEqualTo("PIECE_FERMEE").isNotEqualTo("VERSION_PERIMEE");
        // À une version périmée, la version passe avant : relire montrera la pièce fermée.
        versionPerimee(payer(pieceId, "1.00", version - 1));

        // Une opportunité dupliquée est verrouillée : même distinction.
        String opportuniteId = client.executer(
                        GESTIONNAIRE, OpportuniteE2ETest.OUVRIR, "input", Map.of("dossierId", dossierId))
                .donnees()
                .path("ouvrirOpportunite")
                .path("id")
                .asText();
        client.executer(GESTIONNAIRE, OpportuniteE2ETest.DUPLIQUER, "id", opportuniteId, "v", 0)
                .donnees();
        long apresDuplication = evenements();
        ClientGraphQL.Reponse verrouillee =
                client.executer(GESTIONNAIRE, RENOMMER_OPPORTUNITE, "id", opportuniteId, "i", "changé", "v", 1);
        assertThat(verrouillee.classification()).isEqualTo("CONFLICT");
        assertThat(verrouillee.regle()).isEqualTo("OPPORTUNITE_VERROUILLEE");
        versionPerimee(client.executer(GESTIONNAIRE, RENOMMER_OPPORTUNITE, "id", opportuniteId, "i", "changé", "v", 0));
        versionPerimee(client.executer(GESTIONNAIRE, OpportuniteE2ETest.DUPLIQUER, "id", opportuniteId, "v", 0));

        assertThat(evenements()).isEqualTo(apresDuplication);
        assertThat(apresDuplication).isGreaterThan(avant);
    }

    @Test
    void des_ecrivains_simultanes_a_la_meme_version_perdent_tous_sur_le_code_de_la_version_perimee() throws Exception {
        String id = dossier("Course");
        int ecrivains = 6;
        ExecutorService pool = Executors.newFixedThreadPool(ecrivains);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<ClientGraphQL.Reponse>> envois = new ArrayList<>();
        for (int i = 0; i < ecrivains; i++) {
            String etat = i % 2 == 0 ? "EN_COURS" : "CLOTURE";
            envois.add(pool.submit(() -> {
                depart.await();
                return client.executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", id, "etat", etat, "v", 1);
            }));
        }
        depart.countDown();
        List<ClientGraphQL.Reponse> reponses = new ArrayList<>();
        for (Future<ClientGraphQL.Reponse> envoi : envois) {
            reponses.add(envoi.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(reponses).filteredOn(r -> r.classification() == null).hasSize(1);
        assertThat(reponses)
                .filteredOn(r -> r.classification() != null)
                .hasSize(ecrivains - 1)
                .allSatisfy(ReglesE2ETest::versionPerimee);
    }

    static final String NOTE = """
            mutation($id: ID!, $t: String!) { ajouterNote(dossierId: $id, texte: $t) { id version notes { texte } } }""";

    private long dossiers() {
        return client.executer(ANALYSTE, "{ dossiers { totalCount } }")
                .donnees()
                .path("dossiers")
                .path("totalCount")
                .asLong();
    }

    @Test
    void un_caractere_invisible_de_mise_en_forme_est_refuse_dans_tout_texte_libre_et_n_ecrit_rien() {
        String dossierId = dossier("Témoin");
        long avant = evenements();
        long nombre = dossiers();
        Map<String, Long> lecture = modelesDeLecture();

        // « Martin » écrit à l'envers par l'inversion de sens U+202E : l'écran montrerait « nitraM ».
        ClientGraphQL.Reponse inverse = client.executer(
                GESTIONNAIRE,
                DossierE2ETest.CREER,
                "input",
                DossierE2ETest.personne("\u202Enitram", "inverse@exemple.fr"));
        assertThat(inverse.classification()).isEqualTo("BAD_REQUEST");
        assertThat(inverse.champ()).isEqualTo("titulaire.nom");
        assertThat(inverse.regle()).isEqualTo("CARACTERE_INTERDIT");
        assertThat(inverse.erreur().path("message").asText()).contains("U+202E");

        for (String invisible : List.of("\u200B", "\u200F", "\u2066", "\u2060", "\uFEFF", "\u00AD", "\u0007")) {
            ClientGraphQL.Reponse refus = client.executer(
                    GESTIONNAIRE,
                    DossierE2ETest.CREER,
                    "input",
                    DossierE2ETest.personne("Mar" + invisible + "tin", "invisible@exemple.fr"));
            assertThat(refus.regle()).as("%s", refus.corps()).isEqualTo("CARACTERE_INTERDIT");
            assertThat(refus.champ()).isEqualTo("titulaire.nom");
        }
        // Pas seulement les noms : une note, une ligne d'adresse, un numéro de pièce, un intervenant.
        ClientGraphQL.Reponse note = client.executer(GESTIONNAIRE, NOTE, "id", dossierId, "t", "Rappeler\u202E demain");
        assertThat(note.champ()).isEqualTo("texte");
        assertThat(note.regle()).isEqualTo("CARACTERE_INTERDIT");
        Map<String, Object> adresse = DossierE2ETest.personne(Map.of(
                "email",
                "j@exemple.fr",
                "adresse",
                Map.of("ligne1", "3 rue\u200B des Lilas", "codePostal", "69003", "ville", "Lyon")));
        ClientGraphQL.Reponse ligne = client.executer(GESTIONNAIRE, DossierE2ETest.CREER, "input", adresse);
        assertThat(ligne.champ()).isEqualTo("titulaire.adresse.ligne1");
        assertThat(ligne.regle()).isEqualTo("CARACTERE_INTERDIT");
        ClientGraphQL.Reponse numero = client.executer(
                GESTIONNAIRE,
                PieceE2ETest.ENREGISTRER,
                "input",
                PieceE2ETest.piece(dossierId, "F-\u2067001", PieceE2ETest.AUJOURDHUI, "10.00"));
        assertThat(numero.champ()).isEqualTo("numero");
        assertThat(numero.regle()).isEqualTo("CARACTERE_INTERDIT");
        ClientGraphQL.Reponse intervenant = client.executer(
                GESTIONNAIRE, IntervenantE2ETest.CREER, "input", IntervenantE2ETest.saisie("Lef\u202Dèvre"));
        assertThat(intervenant.champ()).isEqualTo("nom");
        assertThat(intervenant.regle()).isEqualTo("CARACTERE_INTERDIT");

        assertThat(evenements()).isEqualTo(avant);
        assertThat(dossiers()).isEqualTo(nombre);
        assertThat(modelesDeLecture()).isEqualTo(lecture);

        // Les caractères légitimes passent : accents, œ, apostrophe typographique, espace insécable, emoji.
        String nom = "Lœwy-d’Hélène\u00A0Ñuñez 👩‍💻 ❤️‍🔥";
        JsonNode cree = client.executer(
                        GESTIONNAIRE,
                        DossierE2ETest.CREER,
                        "input",
                        DossierE2ETest.personne(nom, "legitime@exemple.fr"))
                .donnees()
                .path("creerDossier");
        assertThat(cree.path("titulaire").path("nom").asText()).isEqualTo(nom);
        String texte = "Premier appel :\n\t- rappeler lundi 🙂";
        assertThat(client.executer(GESTIONNAIRE, NOTE, "id", dossierId, "t", texte)
                        .donnees()
                        .path("ajouterNote")
                        .path("notes")
                        .get(0)
                        .path("texte")
                        .asText())
                .isEqualTo(texte);
    }
}
