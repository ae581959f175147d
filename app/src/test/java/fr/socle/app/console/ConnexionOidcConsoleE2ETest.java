package fr.socle.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.app.FournisseurIdentite;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Avec les jetons OIDC, la console se connecte par le fournisseur d'identité de l'organisation : code
 * d'autorisation et PKCE (S256), puis le jeton d'accès, validé comme ceux de l'API, donne les rôles et
 * l'auteur de la session. Un utilisateur sans rôle du projet n'ouvre pas la console.
 */
@TestPropertySource(
        properties = {
            "socle.securite.oidc.active=true",
            "socle.securite.oidc.emetteur=" + FournisseurIdentite.EMETTEUR,
            "socle.securite.oidc.audience=" + FournisseurIdentite.AUDIENCE,
            "socle.securite.oidc.console.client-id=socle-console"
        })
class ConnexionOidcConsoleE2ETest extends PagesConsoleTest {

    private static FournisseurIdentite fournisseur;

    @DynamicPropertySource
    static void fournisseurDIdentite(DynamicPropertyRegistry proprietes) throws IOException {
        fournisseur = new FournisseurIdentite();
        proprietes.add("socle.securite.oidc.jwk-set-uri", () -> fournisseur.adresse("/cles"));
        proprietes.add("socle.securite.oidc.console.autorisation-uri", () -> fournisseur.adresse("/autorisation"));
        proprietes.add("socle.securite.oidc.console.jeton-uri", () -> fournisseur.adresse("/jeton"));
    }

    @AfterAll
    static void arreterLeFournisseur() {
        fournisseur.close();
    }

    @Test
    void la_console_passe_par_le_fournisseur_avec_pkce_et_signe_les_ecritures_du_nom_du_jeton() {
        fournisseur.prochaineConnexion("marie.curie", List.of("gestionnaire", "offline_access"));
        int echanges = fournisseur.echangesVerifies;
        navigateur.manage().deleteAllCookies();

        navigateur.get(adresse("/console"));

        attendreTexte(By.id("utilisateur"), "marie.curie");
        assertThat(fournisseur.methodesDefi).last().isEqualTo("S256");
        assertThat(fournisseur.echangesVerifies).isEqualTo(echanges + 1);
        assertThat(navigateur.findElements(By.cssSelector("#navigation a[data-page]")))
                .extracting(a -> a.getText())
                .containsExactly("Recherche", "Tableau de bord", "Import");
        capturer("console-oidc");

        Map<String, Object> creation = depuisLaPage("mutation { creerDossier(input: { titulaire: { personne: {"
                + " civilite: MME, prenom: \"Jeanne\", nom: \"Curie\", email: \"jeanne@exemple.fr\","
                + " mobile: \"0612345678\" } } }) { id creePar } }");
        assertThat(creation.get("donnees").toString()).contains("creePar=marie.curie");

        navigateur.findElement(By.cssSelector("#deconnexion button")).click();
        attendreTexte(By.id("message"), "Vous êtes déconnecté.");
        assertThat(navigateur.findElement(By.id("fournisseur")).getText())
                .isEqualTo("Se connecter par le fournisseur d'identité");
    }

    @Test
    void sans_role_du_projet_le_fournisseur_n_ouvre_pas_la_console() {
        fournisseur.prochaineConnexion("inconnu", List.of("offline_access"));
        navigateur.manage().deleteAllCookies();

        navigateur.get(adresse("/console"));

        attendreTexte(By.id("message"), "aucun rôle du projet");
        assertThat(navigateur.getCurrentUrl()).endsWith("/console/connexion?refus");
        navigateur.get(adresse("/console"));
        assertThat(navigateur.getCurrentUrl()).endsWith("/console/connexion?refus");
    }

    @Test
    void la_page_de_connexion_ne_demande_pas_de_mot_de_passe() {
        navigateur.manage().deleteAllCookies();
        navigateur.get(adresse("/console/connexion"));

        attendre(ExpectedConditions.presenceOfElementLocated(By.id("fournisseur")));
        assertThat(navigateur.findElements(By.id("password"))).isEmpty();
    }
}
