package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.socle.api.dossier.importation.FichierDossiers;
import fr.socle.api.dossier.importation.FormatImport;
import fr.socle.api.dossier.importation.ImportateurDossiers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** L'import de dossiers par fichier à travers l'API, comme un écran de back-office le dépose. */
@TestPropertySource(properties = "socle.import.lignes-max=10")
class ImportDossiersE2ETest extends MoteurEmbarqueTest {

    @Autowired
    ImportateurDossiers importateur;

    static final String IMPORTER = """
            mutation($fichier: String!, $format: FormatImport!) {
              importerDossiers(fichier: $fichier, format: $format) { id etat format auteur lignes traitees importees }
            }""";
    static final String SUIVRE = """
            query($id: ID!) {
              importDossiers(id: $id) {
                id etat format auteur lignes traitees importees erreur debut fin
                rejetees { ligne champ regle message }
              }
            }""";
    static final String CHERCHER = """
            query($nom: String!) {
              dossiers(filtre: { nom: $nom }) {
                totalCount
                edges { node { id creePar titulaire { __typename ... on Personne { prenom nom email mobile } ... on Entreprise { raisonSociale siret } } } }
              }
            }""";

    private static String base64(byte[] octets) {
        return Base64.getEncoder().encodeToString(octets);
    }

    private static String csv(String... lignes) {
        return base64(String.join("\n", lignes).getBytes(StandardCharsets.UTF_8));
    }

    /** La première feuille d'un classeur, une ligne par tableau ; {@code null} laisse la ligne absente. */
    private static String xlsx(String[]... lignes) throws IOException {
        try (XSSFWorkbook classeur = new XSSFWorkbook();
                ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            XSSFSheet feuille = classeur.createSheet("Dossiers");
            classeur.createSheet("Autre").createRow(0).createCell(0).setCellValue("ignorée");
            for (int i = 0; i < lignes.length; i++) {
                if (lignes[i] != null) {
                    XSSFRow ligne = feuille.createRow(i);
                    for (int j = 0; j < lignes[i].length; j++) {
                        if (!lignes[i][j].isEmpty()) {
                            ligne.createCell(j).setCellValue(lignes[i][j]);
                        }
                    }
                }
            }
            classeur.write(sortie);
            return base64(sortie.toByteArray());
        }
    }

    private JsonNode importerJusquAuBout(String fichier, String format) throws InterruptedException {
        JsonNode lance = client.executer(GESTIONNAIRE, IMPORTER, "fichier", fichier, "format", format)
                .donnees()
                .path("importerDossiers");
        assertThat(lance.path("auteur").asText()).isEqualTo(GESTIONNAIRE);
        assertThat(lance.path("format").asText()).isEqualTo(format);
        for (int essai = 0; essai < 300; essai++) {
            JsonNode suivi = client.executer(
                            GESTIONNAIRE, SUIVRE, "id", lance.path("id").asText())
                    .donnees()
                    .path("importDossiers");
            if (!suivi.path("etat").asText().equals("EN_COURS")) {
                return suivi;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import toujours en cours : " + lance);
    }

    private static List<String> rejets(JsonNode rapport) {
        return StreamSupport.stream(rapport.path("rejetees").spliterator(), false)
                .map(r -> r.path("ligne").asInt() + " " + r.path("champ").asText("-") + " "
                        + r.path("regle").asText())
                .toList();
    }

    private JsonNode chercher(String nom) {
        return client.executer(ANALYSTE, CHERCHER, "nom", nom).donnees().path("dossiers");
    }

    /** Chaque événement du dossier, et ceux de l'annuaire qu'il a créés, portent l'utilisateur qui a déposé le fichier. */
    private void signePar(String dossierId, String auteur) {
        JsonNode historique = client.executer(AUDITEUR, DossierE2ETest.HISTORIQUE, "id", dossierId)
                .donnees()
                .path("historique");
        assertThat(historique.path("totalCount").asInt()).isPositive();
        assertThat(historique.path("edges"))
                .allSatisfy(
                        e -> assertThat(e.path("node").path("auteur").asText()).isEqualTo(auteur));
    }

    @Test
    void un_csv_importe_ses_bonnes_lignes_et_rapporte_exactement_les_mauvaises() throws Exception {
        JsonNode rapport = importerJusquAuBout(
                csv(
                        "civilite;prenom;nom;email;mobile;raisonSociale;siret",
                        "MME;Jeanne;Importcsv;jeanne.importcsv@exemple.fr;06 12 34 56 78;;",
                        "M;Paul;Importcsv;paul.durand@exemple;0612345678;;",
                        ";;;;;Importcsv SA;73282932000074",
                        ";Luc;;luc@exemple.fr;0712345678;;",
                        "",
                        "Zoé;Importcsv;zoe@exemple.fr"),
                "CSV");

        assertThat(rapport.path("etat").asText()).isEqualTo("TERMINE");
        assertThat(rapport.path("lignes").asInt()).isEqualTo(6);
        assertThat(rapport.path("traitees").asInt()).isEqualTo(6);
        assertThat(rapport.path("importees").asInt()).isEqualTo(2);
        assertThat(rapport.path("fin").asText()).endsWith("Z");
        assertThat(rejets(rapport))
                .containsExactly("3 email EMAIL_INVALIDE", "5 nom OBLIGATOIRE", "7 - COLONNES_INVALIDES");
        assertThat(rapport.path("rejetees").get(0).path("message").asText()).contains("paul.durand@exemple");

        JsonNode trouves = chercher("Importcsv");
        assertThat(trouves.path("totalCount").asInt()).isEqualTo(2);
        assertThat(trouves.path("edges"))
                .extracting(
                        e -> e.path("node").path("titulaire").path("__typename").asText())
                .containsExactlyInAnyOrder("Personne", "Entreprise");
        for (JsonNode e : trouves.path("edges")) {
            assertThat(e.path("node").path("creePar").asText()).isEqualTo(GESTIONNAIRE);
            signePar(e.path("node").path("id").asText(), GESTIONNAIRE);
        }
        JsonNode jeanne = client.executer(
                        ANALYSTE,
                        "query($id: ID!) { dossier(id: $id) { etat titulaire { ... on Personne { email mobile } } } }",
                        "id",
                        StreamSupport.stream(trouves.path("edges").spliterator(), false)
                                .filter(e -> e.path("node")
                                        .path("titulaire")
                                        .path("__typename")
                                        .asText()
                                        .equals("Personne"))
                                .findFirst()
                                .orElseThrow()
                                .path("node")
                                .path("id")
                                .asText())
                .donnees()
                .path("dossier");
        assertThat(jeanne.path("etat").asText()).isEqualTo("OUVERT");
        assertThat(jeanne.path("titulaire").path("mobile").asText()).isEqualTo("0612345678");
    }

    @Test
    void un_classeur_xlsx_se_lit_comme_le_csv_depuis_sa_premiere_feuille() throws Exception {
        JsonNode rapport = importerJusquAuBout(
                xlsx(
                        new String[] {"Nom", "Prenom", "Email", "Mobile", "SIRET", "raisonSociale"},
                        new String[] {"Importxlsx", "Hélène", "helene.importxlsx@exemple.fr", "+33 7 98 76 54 32"},
                        new String[] {"Importxlsx", "Marc", "marc@exemple.fr", "0123"},
                        null,
                        new String[] {"", "", "", "", "73282932000009", "Importxlsx SARL"},
                        new String[] {"", "", "", "", "73282932000009", "Importxlsx Bis"},
                        new String[] {"Importxlsx", "Trop", "trop@exemple.fr", "0612345678", "", "", "en trop"}),
                "XLSX");

        assertThat(rapport.path("etat").asText()).isEqualTo("TERMINE");
        assertThat(rapport.path("lignes").asInt()).isEqualTo(6);
        assertThat(rapport.path("importees").asInt()).isEqualTo(2);
        assertThat(rejets(rapport))
                .containsExactly("3 mobile MOBILE_INVALIDE", "6 siret SIRET_DEJA_UTILISE", "7 - COLONNES_INVALIDES");

        JsonNode trouves = chercher("Importxlsx");
        assertThat(trouves.path("totalCount").asInt()).isEqualTo(2);
        for (JsonNode e : trouves.path("edges")) {
            signePar(e.path("node").path("id").asText(), GESTIONNAIRE);
        }
    }

    @Test
    void importer_demande_les_roles_de_creer_dossier_et_un_refus_n_ecrit_rien() throws Exception {
        String fichier = csv("prenom;nom;email;mobile", "Jeanne;Interdite;jeanne.interdite@exemple.fr;0612345678");
        Map<String, Long> modeles = modelesDeLectureAuRepos();
        long avant = evenements();

        for (String role : List.of(AUDITEUR, ANALYSTE)) {
            ClientGraphQL.Reponse refus = client.executer(role, IMPORTER, "fichier", fichier, "format", "CSV");
            assertThat(refus.classification()).as(role).isEqualTo("FORBIDDEN");
            assertThat(refus.corps().path("data").path("importerDossiers").isMissingNode()
                            || refus.corps()
                                    .path("data")
                                    .path("importerDossiers")
                                    .isNull())
                    .isTrue();
        }
        assertThat(client.executer(null, IMPORTER, "fichier", fichier, "format", "CSV")
                        .statut())
                .isEqualTo(401);
        assertThat(client.executer(ANALYSTE, SUIVRE, "id", "00000000-0000-0000-0000-000000000000")
                        .classification())
                .isEqualTo("FORBIDDEN");

        assertThat(evenements()).isEqualTo(avant);
        assertThat(modelesDeLectureAuRepos()).isEqualTo(modeles);
        assertThat(chercher("Interdite").path("totalCount").asInt()).isZero();
    }

    @Test
    void un_fichier_inutilisable_est_refuse_sur_le_champ_fichier_sans_rien_ecrire() throws Exception {
        Map<String, Long> modeles = modelesDeLectureAuRepos();
        long avant = evenements();
        String entete = "prenom;nom;email;mobile";
        String ligne = "Jeanne;Refusee;jeanne.refusee@exemple.fr;0612345678";

        Map<String, List<String>> cas = Map.of(
                "%%% pas du base64 %%%",
                List.of("CSV", "FICHIER_ILLISIBLE"),
                base64("PK\u0003\u0004 abîmé".getBytes(StandardCharsets.UTF_8)),
                List.of("XLSX", "FICHIER_ILLISIBLE"),
                csv(entete, ligne),
                List.of("XLSX", "FICHIER_ILLISIBLE"),
                xlsx(new String[] {"prenom", "nom"}, new String[] {"Jeanne", "Refusee"}),
                List.of("CSV", "FICHIER_ILLISIBLE"),
                base64(new byte[] {(byte) 0xC3, 0x28, ';'}),
                List.of("CSV", "FICHIER_ILLISIBLE"),
                "",
                List.of("CSV", "FICHIER_VIDE"),
                csv("prenom;nom;email", "Jeanne;Refusee;jeanne.refusee@exemple.fr"),
                List.of("CSV", "COLONNE_MANQUANTE"),
                xlsx(new String[] {"prenom", "nom", "email"}),
                List.of("XLSX", "COLONNE_MANQUANTE"),
                csv(entete, ligne, ligne, ligne, ligne, ligne, ligne, ligne, ligne, ligne, ligne, ligne),
                List.of("CSV", "FICHIER_TROP_GROS"));
        cas.forEach((fichier, attendu) -> {
            ClientGraphQL.Reponse refus =
                    client.executer(GESTIONNAIRE, IMPORTER, "fichier", fichier, "format", attendu.get(0));
            assertThat(refus.classification()).as("%s", attendu).isEqualTo("BAD_REQUEST");
            assertThat(refus.champ()).as("%s", attendu).isEqualTo("fichier");
            assertThat(refus.regle()).as("%s", attendu).isEqualTo(attendu.get(1));
            assertThat(refus.erreur().path("message").asText()).isNotBlank();
        });
        ClientGraphQL.Reponse format =
                client.executer(GESTIONNAIRE, IMPORTER, "fichier", csv(entete, ligne), "format", "ODS");
        assertThat(format.classification()).isEqualTo("BAD_REQUEST");
        assertThat(format.champ()).isEqualTo("format");

        assertThat(evenements()).isEqualTo(avant);
        assertThat(modelesDeLectureAuRepos()).isEqualTo(modeles);
        assertThat(client.executer(GESTIONNAIRE, SUIVRE, "id", "00000000-0000-0000-0000-000000000000")
                        .donnees()
                        .path("importDossiers")
                        .isNull())
                .isTrue();
    }

    @Test
    void une_commande_de_l_api_n_attend_pas_la_fin_d_un_gros_import() throws Exception {
        int total = 3000;
        List<String> lignes = new ArrayList<>();
        lignes.add("prenom;nom;email;mobile");
        for (int i = 0; i < total; i++) {
            lignes.add("Jeanne;Volumineux" + i + ";jeanne." + i + "@exemple.fr;06" + String.format("%08d", i));
        }
        FichierDossiers fichier = FichierDossiers.lire(
                String.join("\n", lignes).getBytes(StandardCharsets.UTF_8), FormatImport.CSV, Integer.MAX_VALUE);
        AtomicInteger traitees = new AtomicInteger();
        ImportateurDossiers.Bilan bilan = new ImportateurDossiers.Bilan();
        CompletableFuture<Void> import_ = CompletableFuture.runAsync(
                () -> importateur.importer(fichier, GESTIONNAIRE, bilan, traitees::incrementAndGet));
        try {
            while (traitees.get() < 200) {
                assertThat(import_).isNotDone();
                Thread.sleep(20);
            }
            long debut = System.nanoTime();
            String id = creerDossier(DossierE2ETest.personne("Pendantlimport", "pendant@exemple.fr"));
            Duration reponse = Duration.ofNanos(System.nanoTime() - debut);

            assertThat(id).isNotBlank();
            // L'import avançait encore : la commande est passée entre ses lignes, sans attendre sa fin.
            assertThat(traitees.get()).isLessThan(total);
            // La réponse attend aussi le modèle de lecture du dossier, que les projections atteignent derrière les
            // événements de l'import déjà écrits : quelques secondes sur une machine chargée, pas la durée de l'import.
            assertThat(reponse).isLessThan(Duration.ofSeconds(10));
        } finally {
            import_.get(5, TimeUnit.MINUTES);
        }
        assertThat(bilan.importees()).isEqualTo(total);
        assertThat(bilan.rejets()).isEmpty();
    }
}
