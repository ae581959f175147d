package fr.socle.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.app.DossierE2ETest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * La fiche d'un agrégat : le modèle de lecture et ses enfants pour tous les rôles ; pour l'audit, la
 * chronologie des événements (noms en clair, auteurs, ce qui a changé) et l'état à un instant passé,
 * comparé à celui d'aujourd'hui ; une personne effacée (RGPD) s'y lit « effacé ».
 */
class FicheConsoleE2ETest extends PagesConsoleTest {

    private static final String CHANGER = """
            mutation($id: ID!, $etat: EtatDossier!) { changerEtatDossier(id: $id, etat: $etat) { version } }""";
    private static final String EFFACER = "mutation($id: ID!) { effacerDonneesPersonnelles(aggregatId: $id) }";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private void changerEtat(String utilisateur, String id, String etat) {
        client.executer(utilisateur, CHANGER, "id", id, "etat", etat).donnees();
    }

    private List<WebElement> evenementsAffiches() {
        return navigateur.findElements(By.cssSelector("ol.chronologie > li.evenement"));
    }

    private static String texte(WebElement element, String selecteur) {
        return element.findElement(By.cssSelector(selecteur)).getText();
    }

    @Test
    void la_chronologie_d_un_dossier_suit_l_ordre_de_ses_evenements_et_l_etat_passe_marque_ce_qui_a_change()
            throws InterruptedException {
        String id = creerDossier(DossierE2ETest.personne("Chronos", "chronos@exemple.fr"));
        Thread.sleep(1_100);
        Instant avantLeChangement = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1_100);
        changerEtat(GESTIONNAIRE, id, "EN_COURS");
        changerEtat(ADMIN, id, "FACTURE");

        connecter(AUDITEUR);
        ouvrir("fiche/dossier/" + id);
        attendre(d -> evenementsAffiches().size() == 4);
        List<WebElement> chronologie = evenementsAffiches();
        assertThat(chronologie)
                .extracting(li -> texte(li, ".nom"))
                .containsExactly(
                        "Dossier créé", "Fiche annuaire rattachée", "État dossier changé", "État dossier changé");
        assertThat(chronologie)
                .extracting(li -> texte(li, ".auteur"))
                .containsExactly("par gestionnaire", "par gestionnaire", "par gestionnaire", "par admin");
        assertThat(chronologie)
                .extracting(li -> li.getAttribute("data-sequence"))
                .containsExactly("0", "1", "2", "3");
        assertThat(texte(chronologie.get(0), "time")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(texte(navigateur.findElement(By.cssSelector("[data-section=dossier]")), ".etat"))
                .isEqualTo("Facturé");

        // Ce que chaque changement d'état a changé dans l'agrégat : avant, après.
        attendre(ExpectedConditions.attributeToBe(By.cssSelector("ol.chronologie"), "data-differences", "calculees"));
        WebElement premierChangement =
                evenementsAffiches().get(2).findElement(By.cssSelector("table.differences tr[data-champ=etat]"));
        assertThat(texte(premierChangement, "td.avant")).isEqualTo("Ouvert");
        assertThat(texte(premierChangement, "td.apres")).isEqualTo("En cours");
        WebElement second =
                evenementsAffiches().get(3).findElement(By.cssSelector("table.differences tr[data-champ=etat]"));
        assertThat(texte(second, "td.avant")).isEqualTo("En cours");
        assertThat(texte(second, "td.apres")).isEqualTo("Facturé");
        assertThat(evenementsAffiches().get(3).findElements(By.cssSelector("table.differences tbody tr")))
                .hasSize(1);
        evenementsAffiches()
                .get(0)
                .findElement(By.cssSelector("details summary"))
                .click();
        assertThat(evenementsAffiches()
                        .get(0)
                        .findElement(By.cssSelector("dd[data-champ='titulaire.nom']"))
                        .getText())
                .isEqualTo("Chronos");

        // L'état au moment choisi (heure de Paris), avant les changements : OUVERT, marqué comme différent.
        String local = LocalDateTime.ofInstant(avantLeChangement, ZoneId.of("Europe/Paris"))
                .format(LOCAL);
        navigateur.executeScript("document.getElementById('etat-au').value = arguments[0];", local);
        navigateur
                .findElement(By.cssSelector("form.etat-au button[type=submit]"))
                .click();
        WebElement ligneEtat = attendre(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.etat-passe tr[data-champ=etat]")));
        assertThat(texte(ligneEtat, "td.passe")).isEqualTo("Ouvert");
        assertThat(texte(ligneEtat, "td.present")).isEqualTo("Facturé");
        assertThat(ligneEtat.getAttribute("class")).contains("change");
        assertThat(navigateur
                        .findElement(By.cssSelector("table.etat-passe tr[data-champ='titulaire.nom']"))
                        .getAttribute("class"))
                .doesNotContain("change");
        assertThat(navigateur.findElements(By.cssSelector("table.etat-passe tr.change")))
                .hasSize(1);
        assertThat(texte(navigateur.findElement(By.cssSelector(".resultat-etat")), ".resume"))
                .contains("1 champ(s) diffèrent");
        capturer("fiche-dossier-audit");
        navigateur
                .findElement(By.xpath("//button[text()='Historique des événements']"))
                .click();
        capturer("fiche-dossier-chronologie");

        // Avant la création, l'agrégat n'existait pas.
        String avantCreation = LocalDateTime.ofInstant(avantLeChangement.minusSeconds(3600), ZoneId.of("Europe/Paris"))
                .format(LOCAL);
        navigateur.executeScript("document.getElementById('etat-au').value = arguments[0];", avantCreation);
        navigateur
                .findElement(By.cssSelector("form.etat-au button[type=submit]"))
                .click();
        attendreTexte(By.cssSelector(".resultat-etat"), "n’existait pas encore");

        // L'état après un événement de la chronologie : celui du premier changement.
        evenementsAffiches()
                .get(2)
                .findElement(By.cssSelector(".entete button"))
                .click();
        attendreTexte(By.cssSelector(".resultat-etat .resume"), "version 2");
        assertThat(texte(navigateur.findElement(By.cssSelector("table.etat-passe tr[data-champ=etat]")), "td.passe"))
                .isEqualTo("En cours");
    }

    @Test
    void une_personne_effacee_se_lit_effacee_dans_la_fiche_et_sa_chronologie() {
        String id = creerDossier(
                DossierE2ETest.personneAEffacer("Rose", "Oubliee", "rose.oubliee@exemple.fr", "3 rue des Lilas"));
        assertThat(client.executer(ADMIN, EFFACER, "id", id)
                        .donnees()
                        .path("effacerDonneesPersonnelles")
                        .asBoolean())
                .isTrue();

        connecter(ADMIN);
        ouvrir("fiche/dossier/" + id);
        WebElement titulaire = navigateur.findElement(By.cssSelector("[data-section=titulaire]"));
        assertThat(titulaire.findElements(By.cssSelector(".efface")))
                .extracting(WebElement::getText)
                .hasSizeGreaterThanOrEqualTo(3)
                .containsOnly("effacé");
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Dossier — effacé effacé");
        attendre(d -> !evenementsAffiches().isEmpty());
        List<WebElement> chronologie = evenementsAffiches();
        assertThat(texte(chronologie.get(chronologie.size() - 1), ".nom")).isEqualTo("Donnees personnelles effacées");
        assertThat(chronologie
                        .get(0)
                        .findElement(By.cssSelector("dd[data-champ='titulaire.nom'] .efface"))
                        .getAttribute("textContent"))
                .isEqualTo("effacé");
        assertThat(navigateur.findElement(By.tagName("body")).getAttribute("textContent"))
                .doesNotContain("Oubliee", "rose.oubliee", "0611223344", "Lilas");

        // L'état passé aussi : l'effacement vaut pour tout l'historique.
        String maintenant =
                LocalDateTime.now(ZoneId.of("Europe/Paris")).plusMinutes(1).format(LOCAL);
        navigateur.executeScript("document.getElementById('etat-au').value = arguments[0];", maintenant);
        navigateur
                .findElement(By.cssSelector("form.etat-au button[type=submit]"))
                .click();
        WebElement nom = attendre(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table.etat-passe tr[data-champ='titulaire.nom'] td.passe")));
        assertThat(nom.getText()).isEqualTo("effacé");
        capturer("fiche-dossier-efface");
    }

    @Test
    void l_analyste_voit_le_modele_de_lecture_et_ses_enfants_sans_la_chronologie() {
        String id = creerDossier(DossierE2ETest.personne("Lecture", "lecture@exemple.fr"));
        client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!, $input: ContactInput!) { ajouterContact(dossierId: $id, input: $input) { version } }",
                        "id",
                        id,
                        "input",
                        Map.of(
                                "nom",
                                "Comptable",
                                "prenom",
                                "Paul",
                                "fonction",
                                "Expert-comptable",
                                "email",
                                "paul@cabinet.fr"))
                .donnees();
        client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!, $t: String!) { ajouterNote(dossierId: $id, texte: $t) { version } }",
                        "id",
                        id,
                        "t",
                        "Rappeler lundi")
                .donnees();

        connecter(ANALYSTE);
        ouvrir("fiche/dossier/" + id);
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Dossier — Jeanne Lecture");
        assertThat(texte(navigateur.findElement(By.cssSelector("[data-section=dossier]")), ".etat"))
                .isEqualTo("Ouvert");
        assertThat(lignes(By.cssSelector("table[data-liste=contacts]")))
                .containsExactly(List.of("Paul Comptable", "Expert-comptable", "paul@cabinet.fr", "—"));
        List<List<String>> notes = lignes(By.cssSelector("table[data-liste=notes]"));
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).subList(1, 3)).containsExactly("gestionnaire", "Rappeler lundi");
        assertThat(navigateur
                        .findElement(By.cssSelector("[data-section=pieces] .vide"))
                        .getText())
                .isEqualTo("Aucune pièce dans ce dossier.");
        assertThat(navigateur.findElement(By.cssSelector(".note-role")).getText())
                .contains("réservés aux rôles auditeur");
        assertThat(navigateur.findElements(By.cssSelector("ol.chronologie, #etat-au, [data-section=historique]")))
                .isEmpty();
        Map<String, Object> forcee = depuisLaPage("{ historique(aggregatId: \"" + id + "\") { totalCount } }");
        assertThat(forcee).containsEntry("classification", "FORBIDDEN");
        capturer("fiche-dossier-analyste");
    }

    @Test
    void la_fiche_d_une_piece_montre_ses_categories_et_paiements_et_mene_a_son_dossier_meme_sur_tablette() {
        String dossier = creerDossier(DossierE2ETest.personne("Débiteur", "debiteur@exemple.fr"));
        LocalDate echeance = LocalDate.now().minusDays(10);
        String piece = client.executer(
                        GESTIONNAIRE,
                        "mutation($input: EnregistrerPieceInput!) { enregistrerPiece(input: $input) { id } }",
                        "input",
                        Map.of(
                                "dossierId",
                                dossier,
                                "numero",
                                "F-2026-042",
                                "dateEmission",
                                echeance.minusDays(30).toString(),
                                "dateEcheance",
                                echeance.toString(),
                                "montant",
                                "1250.00"))
                .donnees()
                .path("enregistrerPiece")
                .path("id")
                .asText();
        client.executer(
                        ADMIN,
                        "mutation($id: ID!, $m: Montant!, $d: Date!) { enregistrerPaiement(pieceId: $id, montant: $m, date: $d) { version } }",
                        "id",
                        piece,
                        "m",
                        "250.00",
                        "d",
                        LocalDate.now().toString())
                .donnees();

        navigateur.manage().window().setSize(new Dimension(800, 1100));
        try {
            connecter(AUDITEUR);
            ouvrir("fiche/piece/" + piece);
            assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Pièce F-2026-042");
            String texte = navigateur
                    .findElement(By.cssSelector("[data-section=piece]"))
                    .getText();
            assertThat(texte).contains("1 250,00 €", "1 000,00 €");
            List<List<String>> categories = lignes(By.cssSelector("table[data-liste=historiqueCategories]"));
            assertThat(categories).hasSize(1);
            assertThat(categories.get(0).get(1)).isEqualTo("Non contacté");
            List<List<String>> paiements = lignes(By.cssSelector("table[data-liste=paiements]"));
            assertThat(paiements).hasSize(1);
            assertThat(paiements.get(0).get(1)).isEqualTo("250,00 €");
            assertThat(paiements.get(0).get(2)).endsWith("par admin");
            attendre(d -> evenementsAffiches().size() == 2);
            assertThat(evenementsAffiches())
                    .extracting(li -> texte(li, ".auteur"))
                    .containsExactly("par gestionnaire", "par admin");
            capturer("fiche-piece-tablette");

            navigateur
                    .findElement(By.cssSelector("[data-section=piece] a[href^='#/fiche/dossier/']"))
                    .click();
            attendre(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dossier — Jeanne Débiteur"));
            assertThat(lignes(By.cssSelector("table[data-liste=pieces]")))
                    .containsExactly(List.of("F-2026-042", "Non contacté", "1 250,00 €", "1 000,00 €", "oui"));
        } finally {
            navigateur.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    @Test
    void les_fiches_d_un_intervenant_et_d_une_opportunite_montrent_leurs_champs_et_leurs_liens() {
        String intervenant = client.executer(
                        GESTIONNAIRE,
                        "mutation($input: CreerIntervenantInput!) { creerIntervenant(input: $input) { id } }",
                        "input",
                        Map.of(
                                "civilite", "MME",
                                "nom", "Durand",
                                "prenom", "Alice",
                                "nature", "PRESTATAIRE",
                                "telephones", List.of("06 11 22 33 44"),
                                "competences", List.of("ménage", "repassage"),
                                "adresse", Map.of("ligne1", "5 rue Haute", "codePostal", "75002", "ville", "Paris")))
                .donnees()
                .path("creerIntervenant")
                .path("id")
                .asText();
        String dossier = creerDossier(DossierE2ETest.personne("Client", "client@exemple.fr"));
        String opportunite = client.executer(
                        GESTIONNAIRE,
                        "mutation($input: OuvrirOpportuniteInput!) { ouvrirOpportunite(input: $input) { id } }",
                        "input",
                        Map.of("dossierId", dossier, "dateEvaluation", "2026-03-17"))
                .donnees()
                .path("ouvrirOpportunite")
                .path("id")
                .asText();
        client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!, $input: MissionInput!) { ajouterMission(opportuniteId: $id, input: $input) { version } }",
                        "id",
                        opportunite,
                        "input",
                        Map.of(
                                "prestation",
                                "Ménage",
                                "competences",
                                List.of("Ménage"),
                                "planning",
                                List.of(Map.of("jour", "LUNDI", "debut", "09:00", "fin", "11:00"))))
                .donnees();

        connecter(ANALYSTE);
        ouvrir("fiche/intervenant/" + intervenant);
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Intervenant — Alice Durand");
        String identite = navigateur
                .findElement(By.cssSelector("[data-section=identite]"))
                .getText();
        assertThat(identite).contains("Madame", "Prestataire", "Actif");
        assertThat(navigateur
                        .findElement(By.cssSelector("[data-section=coordonnees]"))
                        .getText())
                .contains("5 rue Haute, 75002 Paris", "0611223344");
        assertThat(texteDeLaPage()).contains("ménage, repassage");
        assertThat(navigateur
                        .findElement(By.cssSelector("[data-section=rendezVous] .vide"))
                        .getText())
                .isEqualTo("Aucun rendez-vous.");

        ouvrir("fiche/opportunite/" + opportunite);
        assertThat(navigateur
                        .findElement(By.cssSelector("[data-section=opportunite]"))
                        .getText())
                .contains("Active", "gestionnaire", "17/03/2026");
        assertThat(navigateur
                        .findElement(By.cssSelector("[data-section=coordonnees]"))
                        .getText())
                .contains("Jeanne", "Client", "client@exemple.fr");
        assertThat(lignes(By.cssSelector("table[data-liste=missions]")))
                .containsExactly(List.of("Ménage", "ménage", "Lundi 09:00–11:00"));
        navigateur
                .findElement(By.cssSelector("[data-section=opportunite] a[href='#/fiche/dossier/" + dossier + "']"))
                .click();
        attendreTexte(By.tagName("h1"), "Dossier — Jeanne Client");
        List<List<String>> opportunites = lignes(By.cssSelector("table[data-liste=opportunites]"));
        assertThat(opportunites).hasSize(1);
        assertThat(opportunites.get(0).subList(1, 3)).containsExactly("gestionnaire", "Active");
    }

    @Test
    void une_fiche_inexistante_ou_mal_adressee_le_dit_clairement() {
        connecter(AUDITEUR);
        ouvrir("fiche/intervenant/6f1c1c1c-1111-4111-8111-111111111111");
        assertThat(texteDeLaPage()).contains("Intervenant introuvable", "Aucun(e) intervenant n’a l’identifiant");
        ouvrir("fiche/dossier/pas-un-uuid");
        WebElement erreur = attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".erreur")));
        assertThat(erreur.getAttribute("data-classification")).isEqualTo("BAD_REQUEST");
        assertThat(erreur.getText()).contains("Saisie refusée", "ID_INVALIDE");
    }
}
