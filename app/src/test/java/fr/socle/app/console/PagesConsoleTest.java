package fr.socle.app.console;

import fr.socle.app.Chromium;
import fr.socle.app.MoteurEmbarqueTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base des tests de la console : le moteur embarqué réel et un vrai Chromium qui ouvre ses pages, s'y
 * connecte par le formulaire et lit ce qu'elles affichent. Les données sont créées par l'API GraphQL.
 * Une copie d'écran de chaque page vérifiée est gardée dans {@code target/captures} ; un échec y laisse aussi
 * la copie de la page et le journal de la console du navigateur ({@link TemoinDEchec}).
 */
@ExtendWith(PagesConsoleTest.TemoinDEchec.class)
public abstract class PagesConsoleTest extends MoteurEmbarqueTest {

    /**
     * Un test de la console qui échoue laisse sous {@code target/captures} la copie d'écran de la page et le
     * journal de la console JavaScript du navigateur : {@code echec-<classe>-<test>.png} et {@code .log}.
     */
    static final class TemoinDEchec implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext contexte, Throwable cause) {
            if (navigateur == null) {
                return;
            }
            String nom = "echec-" + contexte.getRequiredTestClass().getSimpleName() + "-"
                    + contexte.getRequiredTestMethod().getName();
            capturerPage(nom);
            try {
                String journal = navigateur.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(ligne -> ligne.getLevel() + " " + ligne.getMessage())
                        .collect(Collectors.joining("\n"));
                Path dossier = Files.createDirectories(Path.of("target", "captures"));
                Files.writeString(
                        dossier.resolve(nom + ".log"),
                        "adresse : " + navigateur.getCurrentUrl() + "\n" + journal + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // le journal manqué ne change pas le verdict du test
            }
        }
    }

    protected static ChromeDriver navigateur;

    @BeforeAll
    static void ouvrirLeNavigateur() {
        navigateur = Chromium.demarrer();
    }

    @AfterAll
    static void fermerLeNavigateur() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    protected String adresse(String chemin) {
        return "http://127.0.0.1:" + port + chemin;
    }

    /** Se connecte par la page de connexion (mot de passe = nom) et attend la console. */
    protected void connecter(String utilisateur) {
        navigateur.manage().deleteAllCookies();
        navigateur.get(adresse("/console/connexion"));
        saisir(By.id("username"), utilisateur);
        saisir(By.id("password"), utilisateur);
        navigateur.findElement(By.cssSelector("form button[type=submit]")).click();
        attendre(ExpectedConditions.textToBePresentInElementLocated(By.id("utilisateur"), utilisateur));
    }

    /** Ouvre une page de la console par son adresse ({@code recherche}, {@code fiche/dossier/<id>}…) et l'attend. */
    protected WebElement ouvrir(String route) {
        String page = route.split("[/?]")[0];
        navigateur.get(adresse("/console#/" + route));
        navigateur.navigate().refresh();
        return attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page[data-page='" + page + "']")));
    }

    protected void saisir(By champ, String texte) {
        WebElement element = attendre(ExpectedConditions.elementToBeClickable(champ));
        element.clear();
        element.sendKeys(texte);
    }

    protected <T> T attendre(java.util.function.Function<? super WebDriver, T> condition) {
        try {
            return new WebDriverWait(navigateur, Duration.ofSeconds(30)).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "La page n'a pas montré ce qui était attendu ; elle contient :\n"
                            + navigateur.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    /** Attend qu'un élément contienne un texte, puis le rend. */
    protected WebElement attendreTexte(By element, String texte) {
        attendre(ExpectedConditions.textToBePresentInElementLocated(element, texte));
        return navigateur.findElement(element);
    }

    /** Les textes des cellules de chaque ligne du corps d'un tableau. */
    protected List<List<String>> lignes(By tableau) {
        return navigateur.findElement(tableau).findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    /**
     * Envoie une requête GraphQL depuis la page, par le module d'API de la console (session, jeton CSRF) :
     * ce qu'un utilisateur obtiendrait en forçant une action que la page ne lui montre pas.
     */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> depuisLaPage(String requete) {
        Object resultat = ((JavascriptExecutor) navigateur)
                .executeAsyncScript(
                        "const fin = arguments[arguments.length - 1];"
                                + "import('/console/js/api.js').then((api) => api.graphql(arguments[0]).then("
                                + " (donnees) => fin({ donnees }),"
                                + " (e) => fin({ classification: e.classification, regle: e.regle, message: e.message })));",
                        requete);
        return (Map<String, Object>) resultat;
    }

    protected void capturer(String nom) {
        capturerPage(nom);
    }

    private static void capturerPage(String nom) {
        try {
            Path dossier = Files.createDirectories(Path.of("target", "captures"));
            Files.write(dossier.resolve(nom + ".png"), navigateur.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // une copie d'écran manquée ne change pas le verdict du test
        }
    }

    protected String texteDeLaPage() {
        return navigateur.findElement(By.tagName("main")).getText();
    }
}
