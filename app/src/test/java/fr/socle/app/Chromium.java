package fr.socle.app;

import java.io.File;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Un vrai navigateur sans écran : Chromium et chromedriver de Debian, que {@code .ci/run} installe. Hors CI,
 * un test qui en a besoin est sauté s'ils manquent ; en CI, leur absence est une erreur.
 */
public final class Chromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {}

    /** Un navigateur de 1280×800, ou d'une autre taille (tablette), sans profil ni réseau de fond. */
    public static ChromeDriver demarrer(int largeur, int hauteur) {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium et chromedriver sont exigés en CI (.ci/run les installe)");
        }
        Assumptions.assumeTrue(present, "Chromium ou chromedriver absent");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--lang=fr-FR",
                        "--window-size=" + largeur + "," + hauteur);
        // Le journal de la console JavaScript, que les tests gardent quand ils échouent.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    public static ChromeDriver demarrer() {
        return demarrer(1280, 800);
    }
}
