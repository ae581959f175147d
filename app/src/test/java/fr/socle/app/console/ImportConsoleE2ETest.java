package fr.socle.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * L'import de dossiers depuis la console : le fichier choisi est déposé, l'avancement suivi, chaque ligne
 * refusée rapportée (numéro, champ, règle) et les bonnes lignes créées ; les lignes refusées se
 * téléchargent telles qu'elles étaient, avec leur motif ; un fichier refusé montre sa règle.
 */
class ImportConsoleE2ETest extends PagesConsoleTest {

    private static final String CHERCHER = "query($nom: String!) { dossiers(filtre: { nom: $nom }) { totalCount } }";

    @TempDir
    Path dossierTemporaire;

    private Path fichier(String nom, String... lignes) throws IOException {
        return Files.writeString(dossierTemporaire.resolve(nom), String.join("\n", lignes), StandardCharsets.UTF_8);
    }

    private int dossiersNommes(String nom) {
        return client.executer(ANALYSTE, CHERCHER, "nom", nom)
                .donnees()
                .path("dossiers")
                .path("totalCount")
                .asInt();
    }

    /** Dépose un fichier par le champ de la page (comme un utilisateur qui le choisit) et lance l'import. */
    private void deposer(Path fichier) {
        ouvrir("import");
        WebElement champ = navigateur.findElement(By.id("fichier"));
        assertThat(navigateur.findElement(By.cssSelector("label[for=fichier]")).getText())
                .startsWith("Fichier de dossiers (CSV ou XLSX)");
        champ.sendKeys(fichier.toAbsolutePath().toString());
        navigateur.findElement(By.cssSelector("form.depot button[type=submit]")).click();
    }

    /** Les trois premières colonnes (ligne, champ, règle) du compte rendu des lignes refusées. */
    private List<String> rejets() {
        return lignes(By.id("lignes-rejetees")).stream()
                .map(l -> String.join(" ", l.subList(0, 3)))
                .toList();
    }

    /** Clique sur le téléchargement des lignes refusées et rend le contenu du fichier produit par la page. */
    private String telechargerLesRejets() {
        JavascriptExecutor js = (JavascriptExecutor) navigateur;
        js.executeScript("window.fichiersProduits = [];"
                + "const creer = URL.createObjectURL;"
                + "URL.createObjectURL = (b) => { window.fichiersProduits.push(b); return creer(b); };");
        navigateur.findElement(By.id("telecharger-rejets")).click();
        return (String) js.executeAsyncScript(
                "const fin = arguments[arguments.length - 1]; window.fichiersProduits[0].text().then(fin);");
    }

    @Test
    void un_csv_importe_ses_bonnes_lignes_rapporte_chaque_mauvaise_et_rend_ses_lignes_a_corriger() throws Exception {
        Path csv = fichier(
                "dossiers.csv",
                "civilite;prenom;nom;email;mobile",
                "MME;Jeanne;Importconsole;jeanne.importconsole@exemple.fr;06 12 34 56 78",
                "M;Paul;Importconsole;paul.importconsole@exemple;0612345678",
                "M;Marc;Importconsole;marc.importconsole@exemple.fr;0712345678",
                ";Luc;;luc.importconsole@exemple.fr;0712345678",
                "",
                "Zoé;Importconsole;zoe@exemple.fr");
        connecter(GESTIONNAIRE);
        deposer(csv);

        attendreTexte(By.id("bilan"), "Import terminé");
        assertThat(navigateur.findElement(By.id("bilan")).getText())
                .contains("2 ligne(s) importée(s), 3 ligne(s) refusée(s) sur 6.");
        WebElement barre = navigateur.findElement(By.id("avancement"));
        assertThat(barre.getDomAttribute("value")).isEqualTo("6");
        assertThat(barre.getDomAttribute("max")).isEqualTo("6");
        assertThat(rejets()).containsExactly("3 email EMAIL_INVALIDE", "5 nom OBLIGATOIRE", "7 — COLONNES_INVALIDES");
        assertThat(lignes(By.id("lignes-rejetees")).get(0).get(3)).contains("paul.importconsole@exemple");
        capturer("import-rapport");

        // Les bonnes lignes sont des dossiers, lisibles par l'API.
        assertThat(dossiersNommes("Importconsole")).isEqualTo(2);

        // Les lignes refusées telles qu'elles étaient, sous l'en-tête, avec leur motif en dernière colonne.
        List<String> aCorriger =
                telechargerLesRejets().replace("\uFEFF", "").lines().toList();
        assertThat(aCorriger).hasSize(4);
        assertThat(aCorriger.get(0)).isEqualTo("civilite;prenom;nom;email;mobile;motif");
        assertThat(aCorriger.get(1))
                .startsWith(
                        "M;Paul;Importconsole;paul.importconsole@exemple;0612345678;EMAIL_INVALIDE — champ email — ");
        assertThat(aCorriger.get(2))
                .startsWith(";Luc;;luc.importconsole@exemple.fr;0712345678;OBLIGATOIRE — champ nom");
        assertThat(aCorriger.get(3)).startsWith("Zoé;Importconsole;zoe@exemple.fr;COLONNES_INVALIDES — ");

        // Corrigé et renvoyé tel quel (la colonne motif est ignorée), le fichier importe ce qui manquait.
        Path corrige = fichier(
                "corrige.csv",
                aCorriger.get(0),
                aCorriger.get(1).replace("paul.importconsole@exemple;", "paul.importconsole@exemple.fr;"));
        deposer(corrige);
        attendreTexte(By.id("bilan"), "1 ligne(s) importée(s), 0 ligne(s) refusée(s) sur 1.");
        assertThat(navigateur.findElements(By.id("lignes-rejetees"))).isEmpty();
        assertThat(dossiersNommes("Importconsole")).isEqualTo(3);
    }

    @Test
    void un_classeur_xlsx_rapporte_ses_lignes_refusees_et_les_rend_depuis_sa_premiere_feuille() throws Exception {
        Path xlsx = dossierTemporaire.resolve("dossiers.xlsx");
        try (XSSFWorkbook classeur = new XSSFWorkbook();
                OutputStream sortie = Files.newOutputStream(xlsx)) {
            XSSFSheet feuille = classeur.createSheet("Dossiers");
            String[][] lignes = {
                {"Nom", "Prenom", "Email", "Mobile"},
                {"Importclasseur", "Hélène", "helene.importclasseur@exemple.fr", "+33 7 98 76 54 32"},
                {"Importclasseur", "Marc", "marc.importclasseur@exemple.fr", "0123"},
            };
            for (int i = 0; i < lignes.length; i++) {
                XSSFRow ligne = feuille.createRow(i);
                for (int j = 0; j < lignes[i].length; j++) {
                    ligne.createCell(j).setCellValue(lignes[i][j]);
                }
            }
            classeur.write(sortie);
        }
        connecter(ADMIN);
        deposer(xlsx);

        attendreTexte(By.id("bilan"), "1 ligne(s) importée(s), 1 ligne(s) refusée(s) sur 2.");
        assertThat(rejets()).containsExactly("3 mobile MOBILE_INVALIDE");
        assertThat(dossiersNommes("Importclasseur")).isEqualTo(1);
        List<String> aCorriger =
                telechargerLesRejets().replace("\uFEFF", "").lines().toList();
        assertThat(aCorriger.get(0)).isEqualTo("Nom;Prenom;Email;Mobile;motif");
        assertThat(aCorriger.get(1))
                .startsWith("Importclasseur;Marc;marc.importclasseur@exemple.fr;0123;MOBILE_INVALIDE — champ mobile");
    }

    @Test
    void un_fichier_refuse_montre_sa_regle_et_n_importe_rien() throws Exception {
        connecter(GESTIONNAIRE);
        deposer(fichier("incomplet.csv", "prenom;nom;email", "Jeanne;Importrefuse;jeanne.importrefuse@exemple.fr"));
        WebElement refus =
                attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rapport-import .erreur")));
        assertThat(refus.getText()).startsWith("Saisie refusée");
        assertThat(refus.findElement(By.cssSelector("code.regle")).getText()).isEqualTo("COLONNE_MANQUANTE");
        assertThat(refus.findElement(By.cssSelector("code.champ")).getText()).isEqualTo("fichier");
        assertThat(texteDeLaPage()).contains("Fichier refusé", "Rien n’a été importé.");
        capturer("import-refuse");

        deposer(fichier("vide.csv", ""));
        refus = attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rapport-import .erreur")));
        assertThat(refus.findElement(By.cssSelector("code.regle")).getText()).isEqualTo("FICHIER_VIDE");
        assertThat(dossiersNommes("Importrefuse")).isZero();

        // L'analyste n'a ni la page ni le droit d'importer.
        connecter(ANALYSTE);
        ouvrir("recherche");
        assertThat(navigateur.findElements(By.cssSelector("#navigation a[data-page='import']")))
                .isEmpty();
        navigateur.get(adresse("/console#/import"));
        navigateur.navigate().refresh();
        attendreTexte(By.tagName("main"), "Page indisponible");
        assertThat(navigateur.findElements(By.id("fichier"))).isEmpty();
    }
}
