package fr.socle.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.app.DossierE2ETest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * La connexion à la console et ce que chaque rôle y voit : un mauvais mot de passe est refusé, la
 * déconnexion ferme la session, l'analyste ne voit aucune action d'écriture et une écriture forcée depuis
 * sa session est refusée par l'API ; une écriture portée par la session sans le jeton CSRF aussi.
 */
class ConnexionConsoleE2ETest extends PagesConsoleTest {

    @Test
    void un_mauvais_mot_de_passe_est_refuse_et_la_console_reste_fermee() {
        navigateur.manage().deleteAllCookies();
        navigateur.get(adresse("/console/connexion"));
        saisir(By.id("username"), ADMIN);
        saisir(By.id("password"), "pas-le-bon");
        navigateur.findElement(By.cssSelector("form button[type=submit]")).click();

        attendreTexte(By.id("message"), "Nom d’utilisateur ou mot de passe incorrect.");
        capturer("connexion-refusee");
        navigateur.get(adresse("/console#/recherche"));
        attendre(ExpectedConditions.urlContains("/console/connexion"));
    }

    @Test
    void sans_session_la_console_mene_a_la_connexion_puis_la_deconnexion_la_referme() {
        navigateur.manage().deleteAllCookies();
        navigateur.get(adresse("/console"));
        attendre(ExpectedConditions.urlContains("/console/connexion"));

        connecter(GESTIONNAIRE);
        assertThat(navigateur.findElement(By.id("utilisateur")).getText()).contains("gestionnaire");
        navigateur.findElement(By.cssSelector("#deconnexion button")).click();

        attendreTexte(By.id("message"), "Vous êtes déconnecté.");
        navigateur.get(adresse("/console"));
        attendre(ExpectedConditions.urlContains("/console/connexion"));
    }

    @Test
    void le_menu_suit_le_role_et_l_analyste_ne_peut_ecrire_meme_en_forcant() {
        connecter(ADMIN);
        assertThat(menu()).containsExactly("Recherche", "Journal", "Tableau de bord", "Import", "Exploitation");
        connecter(GESTIONNAIRE);
        assertThat(menu()).containsExactly("Recherche", "Tableau de bord", "Import");

        connecter(ANALYSTE);
        assertThat(menu()).containsExactly("Recherche", "Tableau de bord");
        capturer("console-analyste");
        navigateur.get(adresse("/console#/journal"));
        navigateur.navigate().refresh();
        attendreTexte(By.tagName("main"), "votre rôle ne permet pas");
        long avant = evenements();

        Map<String, Object> forcee = depuisLaPage(
                "mutation { creerIntervenant(input: { civilite: M, nom: \"Forcé\", adresse: { ligne1: \"1 rue\","
                        + " codePostal: \"75001\", ville: \"Paris\" } }) { id } }");

        assertThat(forcee).containsEntry("classification", "FORBIDDEN");
        Map<String, Object> lecture = depuisLaPage("{ utilisateurCourant { nom roles } }");
        assertThat(lecture.get("donnees").toString()).contains("analyste", "ANALYSTE");
        assertThat(evenements()).isEqualTo(avant);
    }

    @Test
    void une_ecriture_portee_par_la_session_sans_jeton_csrf_est_refusee() {
        connecter(GESTIONNAIRE);
        long avant = evenements();

        Object statut = navigateur.executeAsyncScript(
                "const fin = arguments[arguments.length - 1];"
                        + "fetch('/graphql', { method: 'POST', credentials: 'same-origin',"
                        + " headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: arguments[0] }) })"
                        + ".then((r) => fin(r.status));",
                "mutation($input: CreerDossierInput!) { creerDossier(input: $input) { id } }");

        assertThat(statut).isEqualTo(403L);
        assertThat(evenements()).isEqualTo(avant);
    }

    @Test
    void la_recherche_trouve_un_dossier_par_le_nom_de_son_titulaire_et_ouvre_sa_fiche() {
        String id = creerDossier(DossierE2ETest.personne("Lefèvre", "lefevre@exemple.fr"));
        creerDossier(DossierE2ETest.personne("Garnier", "garnier@exemple.fr"));
        connecter(AUDITEUR);
        ouvrir("recherche");

        saisir(By.name("nom"), "Lefèvre");
        navigateur
                .findElement(By.cssSelector("form.filtres button[type=submit]"))
                .click();

        attendreTexte(By.cssSelector(".total"), "1 résultat");
        List<List<String>> lignes = lignes(By.cssSelector("table.liste"));
        assertThat(lignes).hasSize(1);
        assertThat(lignes.get(0).get(0)).contains("Lefèvre");
        assertThat(lignes.get(0).get(1)).isEqualTo("Ouvert");
        capturer("recherche-dossiers");
        WebElement lien = navigateur.findElement(By.cssSelector("table.liste tbody a"));
        lien.click();
        attendre(ExpectedConditions.urlContains("#/fiche/dossier/" + id));
    }

    @Test
    void un_refus_de_l_api_s_affiche_avec_sa_regle_et_son_champ_et_une_recherche_vide_le_dit() {
        connecter(ANALYSTE);
        ouvrir("recherche?genre=piece");

        saisir(By.name("dossierId"), "pas-un-identifiant");
        navigateur
                .findElement(By.cssSelector("form.filtres button[type=submit]"))
                .click();

        WebElement refus =
                attendre(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".resultats .erreur")));
        assertThat(refus.getAttribute("data-classification")).isEqualTo("BAD_REQUEST");
        assertThat(refus.findElement(By.cssSelector("code.regle")).getText()).isEqualTo("ID_INVALIDE");
        assertThat(refus.findElement(By.cssSelector("code.champ")).getText()).endsWith("dossierId");
        assertThat(refus.getText()).startsWith("Saisie refusée");
        capturer("recherche-refus");

        saisir(By.name("dossierId"), "00000000-0000-0000-0000-000000000000");
        navigateur
                .findElement(By.cssSelector("form.filtres button[type=submit]"))
                .click();
        attendreTexte(By.cssSelector(".resultats"), "Aucun résultat pour ces critères.");
        assertThat(navigateur.findElement(By.cssSelector(".total")).getText()).isEqualTo("0 résultat(s)");
    }

    @Test
    void a_largeur_de_tablette_le_menu_et_la_recherche_restent_utilisables() {
        creerDossier(DossierE2ETest.personne("Tablette", "tablette@exemple.fr"));
        navigateur.manage().window().setSize(new Dimension(800, 1100));
        try {
            connecter(GESTIONNAIRE);
            ouvrir("recherche");
            attendre(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.liste")));
            WebElement tableau = navigateur.findElement(By.cssSelector("table.liste"));
            assertThat(tableau.getRect().getX() + tableau.getRect().getWidth()).isLessThanOrEqualTo(800);
            assertThat(menu()).contains("Recherche", "Import");
            capturer("recherche-tablette");
        } finally {
            navigateur.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    private List<String> menu() {
        return navigateur.findElements(By.cssSelector("#navigation a[data-page]")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
