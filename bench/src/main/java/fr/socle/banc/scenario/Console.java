package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.rapport.Chiffre;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;

/**
 * {@code console_first_content_ms} : chaque page de la console ouverte dans le Chromium de Debian (admin
 * connecté), du rechargement de la page à l'affichage de son contenu (la page est construite une fois ses
 * données reçues) ; médiane de trois ouvertures par page, et la plus lente des pages. {@code console_instant_ms} :
 * le contrôle « État au » de la fiche d'un dossier, du clic à l'état passé affiché ; médiane de cinq. Le
 * nombre d'événements du magasin est noté à côté (l'objectif est donné pour 100 000).
 */
public final class Console implements Scenario {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Override
    public String nom() {
        return "console dans Chromium (console_first_content_ms, console_instant_ms)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute() || ctx.idsDossiers().isEmpty()) {
            String raison = ctx.idsDossiers().isEmpty() ? "aucun dossier créé" : "chromium ou chromedriver absent";
            ctx.rapport().chiffre(Chiffre.absent("console_first_content_ms", raison, 1000, true));
            ctx.rapport().chiffre(Chiffre.absent("console_instant_ms", raison, 200, true));
            return;
        }
        long evenements = ctx.moteur().compterEvenements();
        String dossier = ctx.idsDossiers().get(0);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("recherche", "table.liste, .vide");
        pages.put("fiche/dossier/" + dossier, "[data-section=dossier]");
        pages.put("journal", "table.journal");
        pages.put("tableau", "table, .vide");
        pages.put("import", "input[type=file]");
        pages.put("exploitation", "table.processeurs");
        etape("console : " + pages.size() + " pages dans Chromium, magasin de " + evenements + " événements");

        ChromeDriver navigateur = demarrer();
        try {
            WebDriverWait attente = new WebDriverWait(navigateur, Duration.ofSeconds(60));
            String origine = ctx.client().origine();
            navigateur.get(origine + "console/connexion");
            navigateur.findElement(By.id("username")).sendKeys("admin");
            navigateur.findElement(By.id("password")).sendKeys("admin");
            navigateur.findElement(By.cssSelector("form button[type=submit]")).click();
            attente.until(ExpectedConditions.textToBePresentInElementLocated(By.id("utilisateur"), "admin"));

            ObjectNode m = ctx.rapport().mesures().putObject("console");
            m.put("store_events", evenements);
            ObjectNode parPage = m.putObject("first_content_ms");
            double plusLente = 0;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String nom = page.getKey().split("/")[0];
                double[] durees = new double[3];
                for (int i = 0; i < durees.length; i++) {
                    navigateur.get(origine + "console#/" + page.getKey());
                    long debut = System.nanoTime();
                    navigateur.navigate().refresh();
                    try {
                        attente.until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector(".page[data-page='" + nom + "'] :is(" + page.getValue() + ")")));
                    } catch (TimeoutException e) {
                        // Une page sans contenu dans le délai compte pour le délai ; ce qu'elle montrait est noté.
                        String montre = navigateur.findElement(By.tagName("main")).getText();
                        m.putObject("sans_contenu").put(nom, montre.substring(0, Math.min(300, montre.length())));
                        etape("  " + nom + " : pas de contenu en 60 s ; la page montre : " + montre.replace('\n', ' '));
                    }
                    durees[i] = (System.nanoTime() - debut) / 1e6;
                }
                double mediane = mediane(durees);
                parPage.put(nom, arrondi(mediane));
                plusLente = Math.max(plusLente, mediane);
                etape(String.format(Locale.ROOT, "  %s : %.0f ms", nom, mediane));
            }

            navigateur.get(origine + "console#/fiche/dossier/" + dossier);
            navigateur.navigate().refresh();
            attente.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form.etat-au button[type=submit]")));
            double[] instants = new double[5];
            for (int i = 0; i < instants.length; i++) {
                String local = LOCAL.format(Instant.now().atZone(ZoneId.of("Europe/Paris")).minusSeconds(i + 1));
                navigateur.executeScript("document.querySelector('.resultat-etat')?.replaceChildren();"
                        + "document.getElementById('etat-au').value = arguments[0];", local);
                long debut = System.nanoTime();
                navigateur.findElement(By.cssSelector("form.etat-au button[type=submit]")).click();
                attente.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".resultat-etat .resume")));
                instants[i] = (System.nanoTime() - debut) / 1e6;
            }
            double instant = mediane(instants);
            m.put("instant_ms", arrondi(instant));
            m.put("method", "Debian chromium headless, admin signed in; page reload to its content (median of 3 per page,"
                    + " slowest page reported); instant control click to past state shown (median of 5)");
            ctx.rapport().chiffre(Chiffre.mesure("console_first_content_ms", arrondi(plusLente), 1000, true));
            ctx.rapport().chiffre(Chiffre.mesure("console_instant_ms", arrondi(instant), 200, true));
            etape(String.format(Locale.ROOT, "  page la plus lente %.0f ms ; « État au » %.0f ms (magasin de %d événements)",
                    plusLente, instant, evenements));
        } finally {
            navigateur.quit();
        }
    }

    private static ChromeDriver demarrer() {
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--window-size=1280,800");
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build(), options);
    }

    private static double mediane(double[] valeurs) {
        double[] triees = valeurs.clone();
        Arrays.sort(triees);
        return triees[triees.length / 2];
    }
}
