package fr.socle.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.socle.app.DossierE2ETest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Le tableau de bord : l'encours par catégorie et par ancienneté est celui des pièces enregistrées, les
 * dossiers par état sont ceux de l'API, le classeur Excel porte les mêmes chiffres que la page, les chiffres
 * suivent les écritures (relecture périodique pour l'analyste, événements pour l'auditeur), un dossier sans
 * pièce a un état vide clair, un filtre refusé montre sa règle.
 */
class TableauConsoleE2ETest extends PagesConsoleTest {

    private static final String ENREGISTRER =
            "mutation($input: EnregistrerPieceInput!) { enregistrerPiece(input: $input) { id } }";
    private static final String CATEGORISER =
            "mutation($id: ID!, $input: CategorisationInput!) { categoriserPiece(id: $id, input: $input) { id categorie } }";
    private static final String STATISTIQUES = "{ statistiquesDossiers { total parEtat { etat nombre } } }";
    private static final Map<String, String> ETATS = Map.of(
            "OUVERT", "Ouvert",
            "COMMANDE", "Commandé",
            "EN_COURS", "En cours",
            "FACTURE", "Facturé",
            "CLOTURE", "Clôturé");

    private static LocalDate aujourdhui() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private String piece(String dossierId, String numero, LocalDate echeance, String montant) {
        Map<String, Object> input = new HashMap<>();
        input.put("dossierId", dossierId);
        input.put("numero", numero);
        input.put("dateEmission", echeance.minusDays(30).toString());
        input.put("dateEcheance", echeance.toString());
        input.put("montant", montant);
        return client.executer(GESTIONNAIRE, ENREGISTRER, "input", input)
                .donnees()
                .path("enregistrerPiece")
                .path("id")
                .asText();
    }

    /** Les lignes d'un tableau de la page, espaces insécables rendus en espaces. */
    private List<List<String>> chiffres(String id) {
        for (int essai = 0; ; essai++) {
            try {
                return lignes(By.id(id)).stream()
                        .map(l -> l.stream().map(TableauConsoleE2ETest::espaces).toList())
                        .toList();
            } catch (StaleElementReferenceException relu) {
                // la page vient de se relire : on relit le tableau
                if (essai == 5) {
                    throw relu;
                }
            }
        }
    }

    private static String espaces(String texte) {
        return texte.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Attend que le tableau montre exactement ces lignes (la page se relit d'elle-même). */
    private void attendreLignes(String id, List<List<String>> attendues) {
        attendre(n -> {
            try {
                return chiffres(id).equals(attendues);
            } catch (RuntimeException pasEncore) {
                return false;
            }
        });
    }

    private static Map<String, Row> parLibelle(Sheet feuille) {
        Map<String, Row> lignes = new LinkedHashMap<>();
        for (int i = 1; i <= feuille.getLastRowNum(); i++) {
            Row ligne = feuille.getRow(i);
            lignes.put(ligne.getCell(0).getStringCellValue(), ligne);
        }
        return lignes;
    }

    @Test
    void l_analyste_lit_l_encours_des_pieces_et_le_classeur_excel_porte_les_memes_chiffres() throws Exception {
        String dossier = creerDossier(DossierE2ETest.personne("Tableaubord", "tableaubord@exemple.fr"));
        piece(dossier, "TB-1", aujourdhui().plusDays(10), "1250.00");
        String litige = piece(dossier, "TB-2", aujourdhui().minusDays(45), "300.50");
        piece(dossier, "TB-3", aujourdhui().minusDays(100), "99.99");
        assertThat(client.executer(
                                GESTIONNAIRE,
                                CATEGORISER,
                                "id",
                                litige,
                                "input",
                                Map.of("categorie", "LIT", "responsable", "Service juridique"))
                        .donnees()
                        .path("categoriserPiece")
                        .path("categorie")
                        .asText())
                .isEqualTo("LIT");

        assertThat(client.executer(
                                GESTIONNAIRE,
                                "mutation($input: OuvrirOpportuniteInput!) { ouvrirOpportunite(input: $input) { id } }",
                                "input",
                                Map.of("dossierId", dossier))
                        .donnees()
                        .path("ouvrirOpportunite")
                        .path("id")
                        .asText())
                .isNotEmpty();

        connecter(ANALYSTE);
        ouvrir("tableau?dossierId=" + dossier);
        List<List<String>> parCategorie = List.of(
                List.of("Non contacté", "2", "1 349,99 €"),
                List.of("Contact en cours", "0", "0,00 €"),
                List.of("Promesse de paiement", "0", "0,00 €"),
                List.of("Règlement déjà effectué", "0", "0,00 €"),
                List.of("Ne pas contacter", "0", "0,00 €"),
                List.of("Litige", "1", "300,50 €"));
        attendreLignes("encours-categorie", parCategorie);
        assertThat(espaces(navigateur
                        .findElement(By.cssSelector("#encours-categorie tfoot"))
                        .getText()))
                .isEqualTo("Total 3 1 650,49 €");
        attendreLignes(
                "encours-age",
                List.of(
                        List.of("Non échu", "1", "1 250,00 €"),
                        List.of("0 à 30 jours", "0", "0,00 €"),
                        List.of("31 à 60 jours", "1", "300,50 €"),
                        List.of("61 à 90 jours", "0", "0,00 €"),
                        List.of("Plus de 90 jours", "1", "99,99 €")));

        // Les dossiers par état sont ceux que l'API compte (le filtre de dossier ne s'y applique pas).
        JsonNode statistiques =
                client.executer(ANALYSTE, STATISTIQUES).donnees().path("statistiquesDossiers");
        List<List<String>> parEtat = new java.util.ArrayList<>();
        for (JsonNode c : statistiques.path("parEtat")) {
            parEtat.add(
                    List.of(ETATS.get(c.path("etat").asText()), c.path("nombre").asText()));
        }
        attendreLignes("dossiers-etat", parEtat);
        assertThat(parEtat.stream().mapToInt(l -> Integer.parseInt(l.get(1))).sum())
                .isEqualTo(statistiques.path("total").asInt())
                .isPositive();

        // Les graphiques sont dessinés (ECharts, chargé une seule fois).
        attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#titre-categorie ~ .graphique canvas")));
        assertThat(navigateur.findElements(By.cssSelector("script[src*='echarts']")))
                .hasSize(1);
        capturer("tableau-analyste");

        // Aucune écriture ni import pour l'analyste : ni dans la page ni dans le menu, et l'API refuse.
        assertThat(navigateur.findElements(By.cssSelector("#navigation a[data-page='import']")))
                .isEmpty();
        assertThat(navigateur.findElements(By.cssSelector("main button")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactlyInAnyOrder("Appliquer", "Effacer les filtres");
        assertThat(navigateur.findElements(By.cssSelector("main input[type=file]")))
                .isEmpty();
        assertThat(depuisLaPage("mutation { importerDossiers(fichier: \"\", format: CSV) { id } }")
                        .get("classification"))
                .isEqualTo("FORBIDDEN");

        // Le classeur du bouton « Télécharger en Excel », avec les filtres de la page.
        WebElement lien = navigateur.findElement(By.id("telecharger-excel"));
        assertThat(lien.getText()).isEqualTo("Télécharger en Excel");
        String href = lien.getDomAttribute("href");
        assertThat(href).isEqualTo("/exports/tableau.xlsx?dossierId=" + dossier);
        HttpResponse<byte[]> reponse = HttpClient.newHttpClient()
                .send(requeteHttp(href, ANALYSTE).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reponse.statusCode()).isEqualTo(200);
        assertThat(reponse.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(reponse.body()))) {
            Map<String, Row> encours = parLibelle(classeur.getSheet("Encours par catégorie"));
            assertThat(encours.keySet())
                    .containsExactly(
                            "Non contacté",
                            "Contact en cours",
                            "Promesse de paiement",
                            "Règlement déjà effectué",
                            "Ne pas contacter",
                            "Litige",
                            "Total");
            for (List<String> ligne : parCategorie) {
                Row r = encours.get(ligne.get(0));
                assertThat((int) r.getCell(1).getNumericCellValue()).isEqualTo(Integer.parseInt(ligne.get(1)));
                assertThat(BigDecimal.valueOf(r.getCell(2).getNumericCellValue()))
                        .isEqualByComparingTo(
                                ligne.get(2).replace(" €", "").replace(" ", "").replace(',', '.'));
            }
            assertThat(encours.get("Total").getCell(2).getNumericCellValue()).isEqualTo(1650.49);
            Map<String, Row> ages = parLibelle(classeur.getSheet("Encours par ancienneté"));
            assertThat(ages.get("31 à 60 jours").getCell(2).getNumericCellValue())
                    .isEqualTo(300.50);
            assertThat(ages.get("Plus de 90 jours").getCell(2).getNumericCellValue())
                    .isEqualTo(99.99);
            Map<String, Row> etats = parLibelle(classeur.getSheet("Dossiers par état"));
            for (List<String> ligne : chiffres("dossiers-etat")) {
                assertThat((int) etats.get(ligne.get(0)).getCell(1).getNumericCellValue())
                        .as(ligne.get(0))
                        .isEqualTo(Integer.parseInt(ligne.get(1)));
            }
            Map<String, Row> opportunites = parLibelle(classeur.getSheet("Opportunités"));
            assertThat(chiffres("opportunites").subList(0, 3))
                    .containsExactly(
                            List.of("Active", "1"),
                            List.of("Verrouillée", "0"),
                            List.of("Copies (réévaluations)", "0"));
            for (List<String> ligne : chiffres("opportunites")) {
                assertThat((int) opportunites.get(ligne.get(0)).getCell(1).getNumericCellValue())
                        .as(ligne.get(0))
                        .isEqualTo(Integer.parseInt(ligne.get(1).replace(" ", "")));
            }
            Map<String, Row> intervenants = parLibelle(classeur.getSheet("Intervenants"));
            if (navigateur.findElements(By.id("intervenants")).isEmpty()) {
                assertThat(texteDeLaPage()).contains("Aucun intervenant.");
                assertThat(intervenants.get("Total").getCell(1).getNumericCellValue())
                        .isZero();
            }
            for (List<String> ligne :
                    navigateur.findElements(By.id("intervenants")).isEmpty()
                            ? List.<List<String>>of()
                            : chiffres("intervenants")) {
                assertThat((int) intervenants.get(ligne.get(0)).getCell(1).getNumericCellValue())
                        .as(ligne.get(0))
                        .isEqualTo(Integer.parseInt(ligne.get(1).replace(" ", "")));
            }
        }

        // Une pièce de plus : l'analyste la voit sans recharger la page (relecture toutes les 10 secondes).
        piece(dossier, "TB-4", aujourdhui().plusDays(5), "0.01");
        attendreTexte(By.cssSelector("#encours-categorie tbody tr:first-child"), "1 350,00");
        assertThat(chiffres("encours-categorie").get(0)).containsExactly("Non contacté", "3", "1 350,00 €");
    }

    @Test
    void un_dossier_sans_piece_a_un_etat_vide_puis_l_auditeur_voit_l_encours_arriver_en_direct() {
        String dossier = creerDossier(DossierE2ETest.personne("Tableauvide", "tableauvide@exemple.fr"));
        connecter(AUDITEUR);
        navigateur.manage().window().setSize(new Dimension(800, 1100));
        try {
            ouvrir("tableau?dossierId=" + dossier);
            attendreTexte(By.id("titre-categorie"), "Encours par catégorie");
            attendre(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("main"), "Aucune pièce ouverte : pas d’encours à répartir par catégorie."));
            assertThat(navigateur.findElements(By.id("encours-categorie"))).isEmpty();
            assertThat(texteDeLaPage()).contains("mis à jour à chaque événement");

            piece(dossier, "TV-1", aujourdhui().minusDays(70), "1250.00");
            attendreLignes(
                    "encours-age",
                    List.of(
                            List.of("Non échu", "0", "0,00 €"),
                            List.of("0 à 30 jours", "0", "0,00 €"),
                            List.of("31 à 60 jours", "0", "0,00 €"),
                            List.of("61 à 90 jours", "1", "1 250,00 €"),
                            List.of("Plus de 90 jours", "0", "0,00 €")));
            assertThat(chiffres("encours-categorie").get(0)).containsExactly("Non contacté", "1", "1 250,00 €");
            attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#titre-age ~ .graphique canvas")));
            capturer("tableau-tablette");
        } finally {
            navigateur.manage().window().setSize(new Dimension(1280, 800));
        }

        // Un filtre refusé par l'API : sa règle et son champ, pas une page blanche.
        ouvrir("tableau?dossierId=pas-un-identifiant");
        WebElement alerte = attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".erreur")));
        assertThat(alerte.findElement(By.cssSelector("code.regle")).getText()).isEqualTo("ID_INVALIDE");
        assertThat(navigateur.findElement(By.id("telecharger-excel")).isDisplayed())
                .isFalse();

        // Une période à l'envers : PERIODE_INVALIDE.
        ouvrir("tableau?depuis=2026-12-31&jusqua=2026-01-01");
        alerte = attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".erreur")));
        assertThat(alerte.findElement(By.cssSelector("code.regle")).getText()).isEqualTo("PERIODE_INVALIDE");
    }
}
