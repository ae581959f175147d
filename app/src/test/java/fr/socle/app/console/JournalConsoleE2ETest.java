package fr.socle.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.app.DossierE2ETest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Le journal de la console : la vue filtrée montre exactement les événements que rend la requête
 * {@code journal} de l'API, un événement enregistré pendant que la page est ouverte y paraît en direct,
 * et le CSV téléchargé contient toute la vue filtrée.
 */
class JournalConsoleE2ETest extends PagesConsoleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter AFFICHE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final String CHANGER = """
            mutation($id: ID!, $etat: EtatDossier!) { changerEtatDossier(id: $id, etat: $etat) { version } }""";
    private static final String JOURNAL = """
            query($f: JournalFiltre) { journal(filtre: $f, first: 500) {
              totalCount edges { node { position type horodatage auteur aggregatType aggregatId donnees } } } }""";

    private List<JsonNode> journal(Map<String, Object> filtre) {
        JsonNode reponse =
                client.executer(AUDITEUR, JOURNAL, "f", filtre).donnees().path("journal");
        List<JsonNode> noeuds = StreamSupport.stream(reponse.path("edges").spliterator(), false)
                .map(a -> a.path("node"))
                .toList();
        assertThat(reponse.path("totalCount").asInt()).isEqualTo(noeuds.size());
        return noeuds;
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, PARIS).format(LOCAL);
    }

    @Test
    void le_journal_filtre_montre_exactement_les_evenements_que_rend_l_api() {
        Instant debut = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String a = creerDossier(DossierE2ETest.personne("Filtre", "filtre@exemple.fr"));
        client.executer(GESTIONNAIRE, CHANGER, "id", a, "etat", "EN_COURS").donnees();
        client.executer(ADMIN, CHANGER, "id", a, "etat", "FACTURE").donnees();
        String b = creerDossier(DossierE2ETest.personne("Autre", "autre@exemple.fr"));
        List<JsonNode> attendus = journal(Map.of(
                "types",
                List.of("ÉtatDossierChangé", "DossierCréé"),
                "auteur",
                GESTIONNAIRE,
                "aggregatType",
                "Dossier",
                "depuis",
                debut.toString()));
        assertThat(attendus)
                .extracting(n ->
                        n.path("aggregatId").asText() + " " + n.path("type").asText())
                .containsExactly(a + " DossierCréé", a + " ÉtatDossierChangé", b + " DossierCréé");

        connecter(AUDITEUR);
        ouvrir("journal");
        saisir(By.name("types"), "ÉtatDossierChangé, DossierCréé");
        saisir(By.name("auteur"), GESTIONNAIRE);
        new Select(navigateur.findElement(By.name("aggregatType"))).selectByValue("Dossier");
        navigateur.executeScript("document.querySelector('input[name=depuis]').value = arguments[0];", local(debut));
        navigateur
                .findElement(By.cssSelector("form.filtre-journal button[type=submit]"))
                .click();

        attendre(ExpectedConditions.urlContains("auteur=gestionnaire"));
        attendreTexte(By.cssSelector(".total"), "3 événement(s)");
        List<WebElement> lignes = navigateur.findElements(By.cssSelector("table.journal tbody tr"));
        assertThat(lignes)
                .extracting(tr -> tr.getAttribute("data-position"))
                .containsExactlyElementsOf(
                        attendus.stream().map(n -> n.path("position").asText()).toList());
        List<List<String>> cellules = lignes(By.cssSelector("table.journal"));
        for (int i = 0; i < attendus.size(); i++) {
            JsonNode attendu = attendus.get(i);
            List<String> ligne = cellules.get(i);
            assertThat(ligne.get(0)).isEqualTo(attendu.path("position").asText());
            assertThat(ligne.get(1))
                    .isEqualTo(LocalDateTime.ofInstant(
                                    Instant.parse(attendu.path("horodatage").asText()), PARIS)
                            .format(AFFICHE));
            assertThat(ligne.get(2)).contains(attendu.path("type").asText());
            assertThat(ligne.get(3)).isEqualTo("gestionnaire");
            assertThat(ligne.get(4))
                    .startsWith("Dossier " + attendu.path("aggregatId").asText().substring(0, 8));
        }
        assertThat(cellules)
                .extracting(l -> l.get(2).split("\n")[0])
                .containsExactly("Dossier créé", "État dossier changé", "Dossier créé");
        assertThat(navigateur.findElement(By.name("types")).getAttribute("value"))
                .isEqualTo("ÉtatDossierChangé, DossierCréé");
        capturer("journal-filtre");

        // Chaque ligne mène à la fiche de son agrégat.
        lignes.get(1).findElement(By.cssSelector("a[href^='#/fiche/dossier/']")).click();
        attendre(ExpectedConditions.urlContains("#/fiche/dossier/" + a));
        attendreTexte(By.tagName("h1"), "Dossier — Jeanne Filtre");
    }

    @Test
    void le_journal_se_parcourt_page_apres_page_par_ses_curseurs() {
        Instant debut = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 26; i++) {
            creerDossier(DossierE2ETest.personne("Page" + (char) ('a' + i), "page" + i + "@exemple.fr"));
        }
        Map<String, Object> filtre = Map.of("aggregatType", "Dossier", "depuis", debut.toString());
        List<String> positions =
                journal(filtre).stream().map(n -> n.path("position").asText()).toList();
        assertThat(positions).hasSize(52);

        connecter(ADMIN);
        ouvrir("journal?aggregatType=Dossier&depuis=" + local(debut));
        attendreTexte(By.cssSelector(".total"), "52 événement(s) — page 1 sur 2");
        assertThat(positionsAffichees()).containsExactlyElementsOf(positions.subList(0, 50));
        WebElement precedente = navigateur.findElement(By.xpath("//button[text()='Page précédente']"));
        assertThat(precedente.isEnabled()).isFalse();

        navigateur.findElement(By.xpath("//button[text()='Page suivante']")).click();
        attendreTexte(By.cssSelector(".total"), "page 2 sur 2");
        assertThat(positionsAffichees()).containsExactlyElementsOf(positions.subList(50, 52));
        assertThat(navigateur
                        .findElement(By.xpath("//button[text()='Page suivante']"))
                        .isEnabled())
                .isFalse();

        navigateur.findElement(By.xpath("//button[text()='Page précédente']")).click();
        attendreTexte(By.cssSelector(".total"), "page 1 sur 2");
        assertThat(positionsAffichees()).containsExactlyElementsOf(positions.subList(0, 50));
    }

    private List<String> positionsAffichees() {
        return navigateur.findElements(By.cssSelector("table.journal tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-position"))
                .toList();
    }

    @Test
    void un_evenement_enregistre_pendant_que_la_page_est_ouverte_y_parait_en_direct() throws InterruptedException {
        connecter(AUDITEUR);
        ouvrir("journal?aggregatType=Dossier");
        attendreTexte(By.cssSelector(".etat-direct"), "écoute");
        navigateur.executeScript("window.pageNonRechargee = true;");
        // L'abonnement part de la tête du magasin au moment où le serveur l'ouvre.
        Thread.sleep(1_500);

        client.executer(
                        GESTIONNAIRE,
                        "mutation($input: CreerIntervenantInput!) { creerIntervenant(input: $input) { id } }",
                        "input",
                        Map.of(
                                "civilite",
                                "M",
                                "nom",
                                "Horsfiltre",
                                "nature",
                                "SALARIE",
                                "adresse",
                                Map.of("ligne1", "1 rue", "codePostal", "75001", "ville", "Paris")))
                .donnees();
        String id = creerDossier(DossierE2ETest.personne("Direct", "direct@exemple.fr"));

        WebElement creation = attendre(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table.en-direct tbody tr a[href='#/fiche/dossier/" + id + "']")));
        assertThat(creation).isNotNull();
        attendre(d -> navigateur
                        .findElements(By.cssSelector("table.en-direct tbody tr"))
                        .size()
                >= 2);
        List<List<String>> direct = lignes(By.cssSelector("table.en-direct"));
        assertThat(direct).allSatisfy(l -> assertThat(l.get(4)).startsWith("Dossier "));
        assertThat(direct)
                .extracting(l -> l.get(2).split("\n")[0])
                .containsExactly("Fiche annuaire rattachée", "Dossier créé");
        assertThat(direct).extracting(l -> l.get(3)).containsOnly("gestionnaire");
        assertThat(navigateur.findElement(By.cssSelector(".compte-direct")).getText())
                .isEqualTo("2");
        assertThat(texteDeLaPage()).doesNotContain("Horsfiltre");
        assertThat(navigateur.executeScript("return window.pageNonRechargee === true;"))
                .isEqualTo(true);
        capturer("journal-direct");
    }

    @Test
    @SuppressWarnings("unchecked")
    void le_csv_telecharge_contient_toute_la_vue_filtree() throws Exception {
        Instant debut = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String a = creerDossier(DossierE2ETest.personne("Guillemet \"le grand\"; Dupont", "csv@exemple.fr"));
        client.executer(ADMIN, CHANGER, "id", a, "etat", "EN_COURS").donnees();
        client.executer(ADMIN, CHANGER, "id", a, "etat", "FACTURE").donnees();
        creerDossier(DossierE2ETest.personne("Second", "second@exemple.fr"));
        List<JsonNode> attendus = journal(Map.of("depuis", debut.toString()));
        assertThat(attendus.size()).isGreaterThanOrEqualTo(8);

        connecter(AUDITEUR);
        ouvrir("journal?depuis=" + local(debut));
        attendreTexte(By.cssSelector(".total"), attendus.size() + " événement(s)");
        navigateur.executeScript("const creer = URL.createObjectURL.bind(URL);"
                + "URL.createObjectURL = (blob) => { window.csvTelecharge = blob; return creer(blob); };");
        navigateur
                .findElement(By.xpath("//button[text()='Télécharger en CSV']"))
                .click();
        attendreTexte(By.cssSelector(".export"), attendus.size() + " événement(s) exporté(s)");

        Map<String, Object> lu =
                (Map<String, Object>) navigateur.executeAsyncScript("const fin = arguments[arguments.length - 1];"
                        + "window.csvTelecharge.arrayBuffer().then((b) => { const o = new Uint8Array(b);"
                        + " fin({ type: window.csvTelecharge.type, debut: [o[0], o[1], o[2]],"
                        + " texte: new TextDecoder('utf-8').decode(b) }); });");
        assertThat(lu.get("type")).isEqualTo("text/csv;charset=utf-8");
        assertThat((List<Long>) lu.get("debut")).containsExactly(0xEFL, 0xBBL, 0xBFL);
        List<List<String>> csv = lireCsv((String) lu.get("texte"));
        assertThat(csv.get(0))
                .containsExactly(
                        "position", "horodatage", "type", "libellé", "auteur", "aggregatType", "aggregatId", "données");
        assertThat(csv).hasSize(attendus.size() + 1);
        for (int i = 0; i < attendus.size(); i++) {
            JsonNode attendu = attendus.get(i);
            List<String> ligne = csv.get(i + 1);
            assertThat(ligne).hasSize(8);
            assertThat(ligne.get(0)).isEqualTo(attendu.path("position").asText());
            assertThat(ligne.get(1))
                    .isEqualTo(LocalDateTime.ofInstant(
                                    Instant.parse(attendu.path("horodatage").asText()), PARIS)
                            .format(AFFICHE));
            assertThat(ligne.get(2)).isEqualTo(attendu.path("type").asText());
            assertThat(ligne.get(4)).isEqualTo(attendu.path("auteur").asText());
            assertThat(ligne.get(5)).isEqualTo(attendu.path("aggregatType").asText());
            assertThat(ligne.get(6)).isEqualTo(attendu.path("aggregatId").asText());
            assertThat(JSON.readTree(ligne.get(7))).isEqualTo(attendu.path("donnees"));
        }
        List<String> creation = csv.stream()
                .filter(l -> l.get(6).equals(a) && l.get(2).equals("DossierCréé"))
                .findFirst()
                .orElseThrow();
        assertThat(creation.get(3)).isEqualTo("Dossier créé");
        assertThat(creation.get(7)).contains("Guillemet \\\"le grand\\\"; Dupont");
        assertThat(csv)
                .filteredOn(l -> l.get(2).equals("ÉtatDossierChangé"))
                .extracting(l -> l.get(3) + " / " + l.get(4))
                .containsExactly("État dossier changé / admin", "État dossier changé / admin");
    }

    /** Un CSV « ; » à la manière d'un tableur : guillemets doublés, séparateur et sauts de ligne entre guillemets. */
    private static List<List<String>> lireCsv(String texte) {
        List<List<String>> lignes = new ArrayList<>();
        List<String> ligne = new ArrayList<>();
        StringBuilder cellule = new StringBuilder();
        boolean entreGuillemets = false;
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (entreGuillemets) {
                if (c == '"' && i + 1 < texte.length() && texte.charAt(i + 1) == '"') {
                    cellule.append('"');
                    i++;
                } else if (c == '"') {
                    entreGuillemets = false;
                } else {
                    cellule.append(c);
                }
            } else if (c == '"') {
                entreGuillemets = true;
            } else if (c == ';') {
                ligne.add(cellule.toString());
                cellule.setLength(0);
            } else if (c == '\n') {
                ligne.add(cellule.toString());
                cellule.setLength(0);
                lignes.add(ligne);
                ligne = new ArrayList<>();
            } else if (c != '\r') {
                cellule.append(c);
            }
        }
        return lignes;
    }
}
