package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Les comptes des analystes. Cette classe a son propre magasin : chaque compte attendu se déduit de ce
 * que le test a créé. Les dossiers et les opportunités sont datés en fixant l'horloge des événements.
 */
class AnalyseE2ETest extends MoteurEmbarqueTest {

    static final String DOSSIERS = """
            query($f: StatistiquesDossiersFiltre, $g: Granularite!) {
              statistiquesDossiers(filtre: $f) { total parEtat { etat nombre } parPeriode(granularite: $g) { periode nombre } }
            }""";
    static final String INTERVENANTS = """
            query($f: StatistiquesIntervenantsFiltre) {
              statistiquesIntervenants(filtre: $f) {
                total parNature { nature nombre } parSituation { situation nombre }
                parNatureEtSituation { nature situation nombre }
              }
            }""";
    static final String OPPORTUNITES = """
            query($f: StatistiquesOpportunitesFiltre) {
              statistiquesOpportunites(filtre: $f) {
                total parEtat { etat nombre } copies parGestionnaire { gestionnaire nombre } parPeriode { periode nombre }
              }
            }""";
    static final String CREER_DOSSIER = "mutation($input: CreerDossierInput!) { creerDossier(input: $input) { id } }";
    static final String CHANGER =
            "mutation($id: ID!, $etat: EtatDossier!) { changerEtatDossier(id: $id, etat: $etat) { etat } }";
    static final String OUVRIR =
            "mutation($input: OuvrirOpportuniteInput!) { ouvrirOpportunite(input: $input) { id } }";

    @AfterEach
    void rendreLHorloge() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    private static void dater(String instant) {
        GenericEventMessage.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private String dossier(Map<String, Object> titulaire, String... collaborateurs) {
        return client.executer(
                        GESTIONNAIRE,
                        CREER_DOSSIER,
                        "input",
                        Map.of("titulaire", titulaire, "collaborateurs", List.of(collaborateurs)))
                .donnees()
                .path("creerDossier")
                .path("id")
                .asText();
    }

    private void passer(String id, String... etats) {
        for (String etat : etats) {
            assertThat(client.executer(GESTIONNAIRE, CHANGER, "id", id, "etat", etat)
                            .donnees()
                            .path("changerEtatDossier")
                            .path("etat")
                            .asText())
                    .isEqualTo(etat);
        }
    }

    private String opportunite(String dossierId, String gestionnaire) {
        return client.executer(
                        GESTIONNAIRE, OUVRIR, "input", Map.of("dossierId", dossierId, "gestionnaire", gestionnaire))
                .donnees()
                .path("ouvrirOpportunite")
                .path("id")
                .asText();
    }

    private JsonNode dossiers(Map<String, Object> filtre, String granularite) {
        return client.executer(ANALYSTE, DOSSIERS, "f", filtre, "g", granularite)
                .donnees()
                .path("statistiquesDossiers");
    }

    private JsonNode opportunites(Map<String, Object> filtre) {
        return client.executer(ANALYSTE, OPPORTUNITES, "f", filtre).donnees().path("statistiquesOpportunites");
    }

    private JsonNode intervenants(Map<String, Object> filtre) {
        return client.executer(ANALYSTE, INTERVENANTS, "f", filtre).donnees().path("statistiquesIntervenants");
    }

    /** Une liste de comptes { cle, nombre } lue en table ordonnée. */
    private static Map<String, Integer> comptes(JsonNode liste, String... cles) {
        Map<String, Integer> table = new LinkedHashMap<>();
        liste.forEach(c -> table.put(
                String.join(
                        "/", List.of(cles).stream().map(k -> c.path(k).asText()).toList()),
                c.path("nombre").asInt()));
        return table;
    }

    @Test
    void les_dossiers_et_les_opportunites_se_comptent_par_etat_et_par_periode_avec_filtres() {
        dater("2026-01-15T10:00:00Z");
        String p1 = dossier(DossierCompletE2ETest.personne("Arnaud"));
        String p2 = dossier(DossierCompletE2ETest.personne("Bernard"));
        passer(p2, "EN_COURS");
        dossier(DossierCompletE2ETest.entreprise("Acme", DossierCompletE2ETest.siretNeuf()), "claire");
        String o1 = opportunite(p1, GESTIONNAIRE);
        // 23 h 30 UTC le 31 janvier : déjà le 1er février (un dimanche) à Paris
        dater("2026-01-31T23:30:00Z");
        String p3 = dossier(DossierCompletE2ETest.personne("Colin"), "claire");
        passer(p3, "CLOTURE");
        dater("2026-03-10T09:00:00Z");
        String e2 = dossier(DossierCompletE2ETest.entreprise("Bolt", DossierCompletE2ETest.siretNeuf()));
        passer(e2, "EN_COURS", "FACTURE");
        opportunite(p2, "claire");
        client.executer(GESTIONNAIRE, "mutation($id: ID!) { dupliquerOpportunite(id: $id) { id } }", "id", o1)
                .donnees();

        JsonNode tous = dossiers(null, "MOIS");
        assertThat(tous.path("total").asInt()).isEqualTo(5);
        assertThat(comptes(tous.path("parEtat"), "etat"))
                .containsExactly(
                        Map.entry("OUVERT", 2),
                        Map.entry("COMMANDE", 0),
                        Map.entry("EN_COURS", 1),
                        Map.entry("FACTURE", 1),
                        Map.entry("CLOTURE", 1));
        assertThat(comptes(tous.path("parPeriode"), "periode"))
                .containsExactly(Map.entry("2026-01", 3), Map.entry("2026-02", 1), Map.entry("2026-03", 1));
        assertThat(comptes(dossiers(null, "SEMAINE").path("parPeriode"), "periode"))
                .containsExactly(Map.entry("2026-W03", 3), Map.entry("2026-W05", 1), Map.entry("2026-W11", 1));
        assertThat(comptes(dossiers(null, "JOUR").path("parPeriode"), "periode"))
                .containsExactly(Map.entry("2026-01-15", 3), Map.entry("2026-02-01", 1), Map.entry("2026-03-10", 1));

        JsonNode entreprises = dossiers(Map.of("typeTitulaire", "ENTREPRISE"), "MOIS");
        assertThat(entreprises.path("total").asInt()).isEqualTo(2);
        assertThat(comptes(entreprises.path("parEtat"), "etat"))
                .containsEntry("OUVERT", 1)
                .containsEntry("FACTURE", 1);
        assertThat(dossiers(Map.of("typeTitulaire", "PERSONNE"), "MOIS")
                        .path("total")
                        .asInt())
                .isEqualTo(3);
        assertThat(dossiers(Map.of("etat", "EN_COURS"), "MOIS").path("total").asInt())
                .isEqualTo(1);

        JsonNode claire = dossiers(Map.of("collaborateur", "claire"), "MOIS");
        assertThat(comptes(claire.path("parEtat"), "etat"))
                .containsEntry("OUVERT", 1)
                .containsEntry("CLOTURE", 1);
        assertThat(claire.path("total").asInt())
                .isEqualTo(2)
                .isEqualTo(
                        client.executer(ANALYSTE, "{ dossiers(filtre: { collaborateur: \"claire\" }) { totalCount } }")
                                .donnees()
                                .path("dossiers")
                                .path("totalCount")
                                .asInt());

        // Les bornes sont des jours de Paris, comprises
        assertThat(dossiers(Map.of("depuis", "2026-02-01", "jusqua", "2026-02-01"), "JOUR")
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(dossiers(Map.of("depuis", "2026-01-01", "jusqua", "2026-01-31"), "JOUR")
                        .path("total")
                        .asInt())
                .isEqualTo(3);
        JsonNode personnesDepuis = dossiers(Map.of("depuis", "2026-01-15", "typeTitulaire", "PERSONNE"), "MOIS");
        assertThat(comptes(personnesDepuis.path("parPeriode"), "periode"))
                .containsExactly(Map.entry("2026-01", 2), Map.entry("2026-02", 1));
        assertThat(dossiers(Map.of("jusqua", "2026-01-14"), "MOIS")
                        .path("total")
                        .asInt())
                .isZero();

        JsonNode opp = opportunites(null);
        assertThat(opp.path("total").asInt()).isEqualTo(3);
        assertThat(comptes(opp.path("parEtat"), "etat"))
                .containsExactly(Map.entry("ACTIVE", 2), Map.entry("VERROUILLEE", 1));
        assertThat(opp.path("copies").asInt()).isEqualTo(1);
        assertThat(comptes(opp.path("parGestionnaire"), "gestionnaire"))
                .containsExactly(Map.entry(GESTIONNAIRE, 2), Map.entry("claire", 1));
        assertThat(comptes(opp.path("parPeriode"), "periode"))
                .containsExactly(Map.entry("2026-01", 1), Map.entry("2026-03", 2));
        assertThat(opportunites(Map.of("verrouillee", false)).path("total").asInt())
                .isEqualTo(2);
        assertThat(opportunites(Map.of("dossierId", p1)).path("total").asInt()).isEqualTo(2);
        assertThat(opportunites(Map.of("gestionnaire", "claire")).path("total").asInt())
                .isEqualTo(1);
        JsonNode mars = opportunites(Map.of("depuis", "2026-03-01"));
        assertThat(mars.path("total").asInt()).isEqualTo(2);
        assertThat(mars.path("copies").asInt()).isEqualTo(1);
    }

    @Test
    void les_intervenants_se_comptent_par_nature_et_situation_hors_fiches_supprimees() {
        intervenant("Amar", "gerePar", AUDITEUR);
        intervenant("Blanc", "nature", "INTERIMAIRE");
        String parti = intervenant("Cordier", "nature", "INTERIMAIRE", "gerePar", AUDITEUR);
        intervenant("Dumas", "nature", "PRESTATAIRE");
        String supprime = intervenant("Espinasse", "nature", "STAGIAIRE");
        client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!) { desactiverIntervenant(id: $id) { situation } }",
                        "id",
                        parti)
                .donnees();
        client.executer(GESTIONNAIRE, "mutation($id: ID!) { supprimerIntervenant(id: $id) { id } }", "id", supprime)
                .donnees();

        JsonNode tous = intervenants(null);
        assertThat(tous.path("total").asInt()).isEqualTo(4);
        assertThat(comptes(tous.path("parNature"), "nature"))
                .containsExactly(
                        Map.entry("SALARIE", 1),
                        Map.entry("INTERIMAIRE", 2),
                        Map.entry("PRESTATAIRE", 1),
                        Map.entry("CANDIDAT", 0),
                        Map.entry("STAGIAIRE", 0));
        assertThat(comptes(tous.path("parSituation"), "situation"))
                .containsExactly(Map.entry("ACTIF", 3), Map.entry("INACTIF", 1));
        Map<String, Integer> croisement = comptes(tous.path("parNatureEtSituation"), "nature", "situation");
        assertThat(croisement)
                .hasSize(10)
                .containsEntry("SALARIE/ACTIF", 1)
                .containsEntry("INTERIMAIRE/ACTIF", 1)
                .containsEntry("INTERIMAIRE/INACTIF", 1)
                .containsEntry("PRESTATAIRE/ACTIF", 1)
                .containsEntry("STAGIAIRE/ACTIF", 0);
        assertThat(croisement.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(4);

        JsonNode claire = intervenants(Map.of("gerePar", AUDITEUR));
        assertThat(claire.path("total").asInt())
                .isEqualTo(2)
                .isEqualTo(
                        client.executer(ANALYSTE, "{ intervenants(filtre: { gerePar: \"auditeur\" }) { totalCount } }")
                                .donnees()
                                .path("intervenants")
                                .path("totalCount")
                                .asInt());
        assertThat(intervenants(Map.of("situation", "INACTIF")).path("total").asInt())
                .isEqualTo(1);
        JsonNode interimaires = intervenants(Map.of("nature", "INTERIMAIRE"));
        assertThat(comptes(interimaires.path("parSituation"), "situation"))
                .containsExactly(Map.entry("ACTIF", 1), Map.entry("INACTIF", 1));
        assertThat(intervenants(Map.of("nature", "INTERIMAIRE", "situation", "ACTIF", "gerePar", AUDITEUR))
                        .path("total")
                        .asInt())
                .isZero();
    }

    private String intervenant(String nom, String... champs) {
        Map<String, Object> input = new HashMap<>(IntervenantE2ETest.saisie(nom));
        for (int i = 0; i < champs.length; i += 2) {
            input.put(champs[i], champs[i + 1]);
        }
        return client.executer(
                        GESTIONNAIRE,
                        "mutation($input: CreerIntervenantInput!) { creerIntervenant(input: $input) { id } }",
                        "input",
                        input)
                .donnees()
                .path("creerIntervenant")
                .path("id")
                .asText();
    }

    @Test
    void une_periode_inversee_est_refusee_les_anonymes_aussi_les_analystes_lisent() {
        ClientGraphQL.Reponse inversee = client.executer(
                ANALYSTE, DOSSIERS, "g", "MOIS", "f", Map.of("depuis", "2026-03-01", "jusqua", "2026-02-28"));
        assertThat(inversee.classification()).isEqualTo("BAD_REQUEST");
        assertThat(inversee.champ()).isEqualTo("filtre.jusqua");
        assertThat(inversee.regle()).isEqualTo("PERIODE_INVALIDE");
        ClientGraphQL.Reponse opportunites =
                client.executer(ANALYSTE, OPPORTUNITES, "f", Map.of("depuis", "2026-03-01", "jusqua", "2026-02-28"));
        assertThat(opportunites.champ()).isEqualTo("filtre.jusqua");
        assertThat(opportunites.regle()).isEqualTo("PERIODE_INVALIDE");
        ClientGraphQL.Reponse dossierInvalide =
                client.executer(ANALYSTE, OPPORTUNITES, "f", Map.of("dossierId", "pas-un-uuid"));
        assertThat(dossierInvalide.champ()).isEqualTo("filtre.dossierId");
        assertThat(dossierInvalide.regle()).isEqualTo("ID_INVALIDE");

        assertThat(client.executer(null, "{ statistiquesDossiers { total } }").statut())
                .isEqualTo(401);
        assertThat(client.executer(null, "{ statistiquesIntervenants { total } }")
                        .statut())
                .isEqualTo(401);
        for (String lecteur : List.of(ANALYSTE, AUDITEUR)) {
            JsonNode donnees = client.executer(lecteur, """
                    { statistiquesDossiers { total } statistiquesIntervenants { total } statistiquesOpportunites { total }
                      encoursParCategorie { categorie nombre } agesEncours { tranche nombre } }""").donnees();
            assertThat(donnees.path("statistiquesDossiers").path("total").isInt())
                    .isTrue();
            assertThat(StreamSupport.stream(donnees.path("encoursParCategorie").spliterator(), false)
                            .map(c -> c.path("categorie").asText()))
                    .containsExactly("NCT", "CEC", "PDP", "RDE", "NPC", "LIT");
            assertThat(donnees.path("agesEncours")).hasSize(5);
        }
    }
}
