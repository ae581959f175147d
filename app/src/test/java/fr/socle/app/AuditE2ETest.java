package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.query.audit.Evenement;
import fr.socle.query.audit.JournalAxon;
import fr.socle.query.audit.JournalFiltre;
import fr.socle.query.audit.SourceJournal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** L'audit de bout en bout (instantanés fréquents pour que l'état à une date les rencontre) : journal, état à une date, reconstruction, concurrence, abonnement. */
@TestPropertySource(properties = "socle.instantanes.seuil=2")
class AuditE2ETest extends MoteurEmbarqueTest {

    static final String JOURNAL = """
            query($f: JournalFiltre, $first: Int, $after: String) {
              journal(filtre: $f, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { cursor node { position sequence type horodatage auteur aggregatId aggregatType donnees } }
              }
            }""";

    @Autowired
    SourceJournal journalDuMagasin;

    @Autowired
    JournalAxon journalGenerique;

    private String creerDossier(String utilisateur, String nom) {
        return client.executer(utilisateur, DossierE2ETest.CREER, "input", DossierE2ETest.personne(nom, "a@exemple.fr"))
                .donnees()
                .path("creerDossier")
                .path("id")
                .asText();
    }

    /** La version d'un dossier telle que le modèle de lecture la donne (une création écrit plusieurs événements). */
    private int versionDe(String id) {
        return client.executer(ANALYSTE, "query($id: ID!) { dossier(id: $id) { version } }", "id", id)
                .donnees()
                .path("dossier")
                .path("version")
                .asInt();
    }

    private JsonNode changerEtat(String utilisateur, String id, String etat) {
        return client.executer(utilisateur, DossierE2ETest.CHANGER, "id", id, "etat", etat)
                .donnees()
                .path("changerEtatDossier");
    }

    static List<JsonNode> noeuds(JsonNode connexion) {
        return StreamSupport.stream(connexion.path("edges").spliterator(), false)
                .map(a -> a.path("node"))
                .toList();
    }

    @Test
    void le_journal_filtre_et_pagine_tout_le_magasin_par_position() {
        Instant debut = Instant.now();
        String a = creerDossier(GESTIONNAIRE, "Journal");
        String b = creerDossier(ADMIN, "Journal");
        changerEtat(GESTIONNAIRE, a, "EN_COURS");
        changerEtat(ADMIN, b, "CLOTURE");
        changerEtat(GESTIONNAIRE, a, "FACTURE");
        Instant fin = Instant.now();

        Map<String, Object> periode = Map.of(
                "depuis",
                debut.toString(),
                "jusqua",
                fin.toString(),
                "types",
                List.of("DossierCréé", "ÉtatDossierChangé"));
        List<JsonNode> lus = new ArrayList<>();
        String apres = null;
        int pages = 0;
        do {
            JsonNode page = client.executer(AUDITEUR, JOURNAL, "f", periode, "first", 2, "after", apres)
                    .donnees()
                    .path("journal");
            assertThat(page.path("totalCount").asInt()).isEqualTo(5);
            lus.addAll(noeuds(page));
            apres = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asText()
                    : null;
            pages++;
        } while (apres != null);
        assertThat(pages).isEqualTo(3);
        assertThat(lus).extracting(n -> n.path("aggregatId").asText()).containsExactly(a, b, a, b, a);
        assertThat(lus).extracting(n -> n.path("position").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(lus.get(4).path("donnees").path("nouveau").asText()).isEqualTo("FACTURE");

        JsonNode changements = client.executer(
                        ADMIN,
                        JOURNAL,
                        "f",
                        Map.of(
                                "depuis",
                                debut.toString(),
                                "types",
                                List.of("ÉtatDossierChangé"),
                                "auteur",
                                GESTIONNAIRE,
                                "aggregatType",
                                "Dossier"))
                .donnees()
                .path("journal");
        assertThat(changements.path("totalCount").asInt()).isEqualTo(2);
        assertThat(noeuds(changements))
                .extracting(n -> n.path("donnees").path("nouveau").asText())
                .containsExactly("EN_COURS", "FACTURE");
        assertThat(noeuds(changements))
                .allSatisfy(n -> assertThat(n.path("auteur").asText()).isEqualTo(GESTIONNAIRE));

        JsonNode rien = client.executer(
                        AUDITEUR, JOURNAL, "f", Map.of("depuis", debut.toString(), "aggregatType", "Piece"))
                .donnees()
                .path("journal");
        assertThat(rien.path("totalCount").asInt()).isZero();
        assertThat(rien.path("edges")).isEmpty();

        assertThat(journalDuMagasin).isInstanceOf(JournalSqlite.class);
        for (JournalFiltre filtre : List.of(
                JournalFiltre.TOUT,
                new JournalFiltre(List.of("ÉtatDossierChangé"), GESTIONNAIRE, debut, fin, "Dossier"),
                new JournalFiltre(List.of("DossierCréé"), ADMIN, null, null, null))) {
            assertThat(journalGenerique.compter(filtre)).isEqualTo(journalDuMagasin.compter(filtre));
            assertThat(journalGenerique.lire(filtre, lus.get(0).path("position").asLong() - 1, 3))
                    .extracting(Evenement::identifiant)
                    .isEqualTo(journalDuMagasin
                            .lire(filtre, lus.get(0).path("position").asLong() - 1, 3)
                            .stream()
                            .map(Evenement::identifiant)
                            .toList());
        }

        assertThat(client.executer(ANALYSTE, JOURNAL).classification()).isEqualTo("FORBIDDEN");
        assertThat(client.executer(AUDITEUR, JOURNAL, "f", Map.of("depuis", fin.toString(), "jusqua", debut.toString()))
                        .regle())
                .isEqualTo("PERIODE_INVALIDE");
    }

    static final String ETAT_AU = """
            query($id: ID!, $instant: DateTime!) { etatAu(aggregatId: $id, instant: $instant) { aggregatType version etat } }""";
    static final String ETAT_A_LA_VERSION = """
            query($id: ID!, $v: Int!) { etatALaVersion(aggregatId: $id, version: $v) { aggregatType version etat } }""";

    @Test
    void etat_au_reconstruit_l_agregat_a_un_instant_ou_une_version() throws InterruptedException {
        Instant avant = Instant.now();
        Thread.sleep(5);
        String id = creerDossier(GESTIONNAIRE, "Temps");
        int creation = versionDe(id);
        changerEtat(GESTIONNAIRE, id, "EN_COURS");
        Thread.sleep(5);
        Instant enCours = Instant.now();
        Thread.sleep(5);
        changerEtat(GESTIONNAIRE, id, "FACTURE");

        assertThat(client.executer(AUDITEUR, ETAT_AU, "id", id, "instant", avant.toString())
                        .donnees()
                        .path("etatAu")
                        .isNull())
                .isTrue();
        JsonNode passe = client.executer(AUDITEUR, ETAT_AU, "id", id, "instant", enCours.toString())
                .donnees()
                .path("etatAu");
        assertThat(passe.path("aggregatType").asText()).isEqualTo("Dossier");
        assertThat(passe.path("version").asInt()).isEqualTo(creation + 1);
        assertThat(passe.path("etat").path("etat").asText()).isEqualTo("EN_COURS");
        assertThat(passe.path("etat").path("dossierId").asText()).isEqualTo(id);
        assertThat(passe.path("etat").path("titulaire").path("nom").asText()).isEqualTo("Temps");

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", Long.class, id))
                .as("un instantané a été pris")
                .isPositive();
        JsonNode present = client.executer(
                        ADMIN, ETAT_AU, "id", id, "instant", Instant.now().toString())
                .donnees()
                .path("etatAu");
        assertThat(present.path("version").asInt()).isEqualTo(creation + 2);
        assertThat(present.path("etat").path("etat").asText()).isEqualTo("FACTURE");

        JsonNode origine = client.executer(AUDITEUR, ETAT_A_LA_VERSION, "id", id, "v", creation)
                .donnees()
                .path("etatALaVersion");
        assertThat(origine.path("version").asInt()).isEqualTo(creation);
        assertThat(origine.path("etat").path("etat").asText()).isEqualTo("OUVERT");

        assertThat(client.executer(AUDITEUR, ETAT_A_LA_VERSION, "id", id, "v", -1)
                        .regle())
                .isEqualTo("VERSION_INVALIDE");
        assertThat(client.executer(
                                AUDITEUR,
                                ETAT_AU,
                                "id",
                                "6f1c1c1c-1111-4111-8111-111111111111",
                                "instant",
                                enCours.toString())
                        .classification())
                .isEqualTo("NOT_FOUND");
        assertThat(client.executer(GESTIONNAIRE, ETAT_AU, "id", id, "instant", enCours.toString())
                        .classification())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void des_ecritures_concurrentes_a_la_meme_version_n_en_laissent_passer_qu_une() throws Exception {
        String id = creerDossier(GESTIONNAIRE, "Concurrence");
        int creation = versionDe(id);
        int ecrivains = 8;
        ExecutorService pool = Executors.newFixedThreadPool(ecrivains);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<ClientGraphQL.Reponse>> envois = new ArrayList<>();
        for (int i = 0; i < ecrivains; i++) {
            String cible = i % 2 == 0 ? "EN_COURS" : "CLOTURE";
            envois.add(pool.submit(() -> {
                depart.await();
                return new ClientGraphQL(port)
                        .executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", id, "etat", cible, "v", creation);
            }));
        }
        depart.countDown();
        List<ClientGraphQL.Reponse> reponses = new ArrayList<>();
        for (Future<ClientGraphQL.Reponse> envoi : envois) {
            reponses.add(envoi.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<ClientGraphQL.Reponse> reussies = reponses.stream()
                .filter(r -> r.corps().path("errors").isMissingNode())
                .toList();
        assertThat(reussies).hasSize(1);
        assertThat(reponses)
                .filteredOn(r -> !r.corps().path("errors").isMissingNode())
                .hasSize(ecrivains - 1)
                .allSatisfy(r -> assertThat(r.classification()).isEqualTo("CONFLICT"));
        String gagnant = reussies.get(0)
                .donnees()
                .path("changerEtatDossier")
                .path("etat")
                .asText();

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, id))
                .isEqualTo(creation + 2);
        JsonNode lu = client.executer(ANALYSTE, "query($id: ID!) { dossier(id: $id) { version etat } }", "id", id)
                .donnees()
                .path("dossier");
        assertThat(lu.path("version").asInt()).isEqualTo(creation + 1);
        assertThat(lu.path("etat").asText()).isEqualTo(gagnant);
    }

    static final String EMPREINTES = "{ empreintesModelesLecture { collection documents empreinte } }";
    static final String RECONSTRUIRE = """
            mutation($p: String) { reconstruireProjections(projection: $p) { id etat traites total projections } }""";
    static final String RECONSTRUCTION = """
            query($id: ID!) { reconstruction(id: $id) { id etat traites total projections debit resteSecondes debut fin } }""";

    @Test
    void une_reconstruction_rend_des_modeles_identiques_sans_arreter_l_api() throws InterruptedException {
        for (int i = 0; i < 12; i++) {
            String id = creerDossier(GESTIONNAIRE, "Rejoue" + i);
            if (i % 3 == 0) {
                changerEtat(GESTIONNAIRE, id, "EN_COURS");
            }
        }
        JsonNode avant = client.executer(ADMIN, EMPREINTES).donnees().path("empreintesModelesLecture");
        assertThat(avant).isNotEmpty();
        assertThat(avant.findValuesAsText("collection")).contains("dossiers");

        JsonNode lancee = client.executer(ADMIN, RECONSTRUIRE).donnees().path("reconstruireProjections");
        assertThat(lancee.path("total").asLong()).isEqualTo(evenements());
        assertThat(lancee.path("projections").toString()).contains("dossiers");
        String id = lancee.path("id").asText();
        JsonNode suivi;
        long limite = System.currentTimeMillis() + 30_000;
        do {
            assertThat(client.executer(ANALYSTE, "{ dossiers(first: 1) { totalCount } }")
                            .statut())
                    .isEqualTo(200);
            Thread.sleep(100);
            suivi = client.executer(ADMIN, RECONSTRUCTION, "id", id).donnees().path("reconstruction");
        } while (suivi.path("etat").asText().equals("EN_COURS") && System.currentTimeMillis() < limite);
        assertThat(suivi.path("etat").asText()).isEqualTo("TERMINEE");
        assertThat(suivi.path("traites").asLong()).isEqualTo(suivi.path("total").asLong());
        assertThat(suivi.path("fin").asText()).isNotBlank();
        assertThat(suivi.path("resteSecondes").asInt()).isZero();

        JsonNode apres = client.executer(ADMIN, EMPREINTES).donnees().path("empreintesModelesLecture");
        assertThat(apres).isEqualTo(avant);

        JsonNode une =
                client.executer(ADMIN, RECONSTRUIRE, "p", "dossiers").donnees().path("reconstruireProjections");
        assertThat(une.path("projections").toString()).isEqualTo("[\"dossiers\"]");
        ClientGraphQL.Reponse pendant = client.executer(ADMIN, RECONSTRUIRE);
        assertThat(pendant.classification()).isEqualTo("CONFLICT");
        assertThat(pendant.regle()).isEqualTo("RECONSTRUCTION_EN_COURS");
        assertThat(attendreReconstruction(une.path("id").asText()).path("etat").asText())
                .isEqualTo("TERMINEE");
        assertThat(client.executer(ADMIN, RECONSTRUIRE, "p", "inconnue").classification())
                .isEqualTo("NOT_FOUND");
        assertThat(client.executer(AUDITEUR, RECONSTRUIRE).classification()).isEqualTo("FORBIDDEN");
        assertThat(client.executer(ADMIN, RECONSTRUCTION, "id", "rien")
                        .donnees()
                        .path("reconstruction")
                        .isNull())
                .isTrue();
    }

    @Test
    void un_abonnement_recoit_en_direct_les_evenements_filtres() throws Exception {
        String id = creerDossier(GESTIONNAIRE, "Direct");
        try (AbonnementGraphQL abonnement = new AbonnementGraphQL(
                port,
                AUDITEUR,
                "subscription($f: JournalFiltre) { evenements(filtre: $f) { position type aggregatId auteur donnees } }",
                Map.of("f", Map.of("types", List.of("ÉtatDossierChangé"), "aggregatType", "Dossier")))) {
            // L'abonnement part de la tête du magasin au moment où le serveur l'ouvre : on lui en laisse le temps.
            Thread.sleep(500);
            creerDossier(GESTIONNAIRE, "Ignore");
            changerEtat(GESTIONNAIRE, id, "EN_COURS");
            JsonNode recu = abonnement.recevoir();
            assertThat(recu).as("un événement reçu").isNotNull();
            assertThat(recu.path("type").asText()).isEqualTo("next");
            JsonNode evenement = recu.path("payload").path("data").path("evenements");
            assertThat(evenement.path("type").asText()).isEqualTo("ÉtatDossierChangé");
            assertThat(evenement.path("aggregatId").asText()).isEqualTo(id);
            assertThat(evenement.path("auteur").asText()).isEqualTo(GESTIONNAIRE);
            assertThat(evenement.path("donnees").path("nouveau").asText()).isEqualTo("EN_COURS");
            assertThat(evenement.path("position").asLong()).isPositive();
        }
        try (AbonnementGraphQL interdit =
                new AbonnementGraphQL(port, ANALYSTE, "subscription { evenements { type } }", Map.of())) {
            JsonNode refus = interdit.recevoir();
            assertThat(refus.path("type").asText()).as("%s", refus).isEqualTo("error");
            assertThat(refus.path("payload")
                            .get(0)
                            .path("extensions")
                            .path("classification")
                            .asText())
                    .as("%s", refus)
                    .isEqualTo("FORBIDDEN");
        }
    }

    static final String EFFACER = "mutation($id: ID!) { effacerDonneesPersonnelles(aggregatId: $id) }";

    private JsonNode attendreReconstruction(String id) throws InterruptedException {
        JsonNode suivi;
        long limite = System.currentTimeMillis() + 30_000;
        do {
            Thread.sleep(100);
            suivi = client.executer(ADMIN, RECONSTRUCTION, "id", id).donnees().path("reconstruction");
        } while (suivi.path("etat").asText().equals("EN_COURS") && System.currentTimeMillis() < limite);
        return suivi;
    }

    private JsonNode dossierLu(String id) {
        return client.executer(
                        ANALYSTE,
                        "query($id: ID!) { dossier(id: $id) { version titulaire { ... on Personne { prenom nom email mobile adresse { ville } } } } }",
                        "id",
                        id)
                .donnees()
                .path("dossier");
    }

    @Test
    void l_effacement_rgpd_rend_les_donnees_personnelles_illisibles_partout() throws Exception {
        Instant debut = Instant.now();
        String id = creerDossier(
                DossierE2ETest.personneAEffacer("Rose", "Effacable", "rose.effacable@exemple.fr", "3 rue des Lilas"));
        changerEtat(GESTIONNAIRE, id, "EN_COURS");
        changerEtat(GESTIONNAIRE, id, "FACTURE");

        String stocke = jdbc.queryForObject(
                "SELECT CAST(payload AS TEXT) FROM DomainEventEntry "
                        + "WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                String.class,
                id);
        assertThat(stocke)
                .contains("rgpd:1:" + id)
                .doesNotContain("Effacable", "Rose", "rose.effacable", "0611223344", "Lilas");
        assertThat(noeuds(client.executer(AUDITEUR, DossierE2ETest.HISTORIQUE, "id", id)
                                .donnees()
                                .path("historique"))
                        .get(0)
                        .path("donnees")
                        .path("titulaire")
                        .path("nom")
                        .asText())
                .isEqualTo("Effacable");

        String fiche = client.executer(
                        ANALYSTE, "query($id: ID!) { dossier(id: $id) { beneficiaire { id } } }", "id", id)
                .donnees()
                .path("dossier")
                .path("beneficiaire")
                .path("id")
                .asText();
        assertThat(jdbc.queryForObject(
                        "SELECT CAST(payload AS TEXT) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                        String.class,
                        fiche))
                .contains("rgpd:1:" + fiche)
                .doesNotContain("Effacable", "rose.effacable", "0611223344");
        String annuaire = "query($n: String!) { rechercherAnnuaire(nom: $n) { totalCount } }";
        assertThat(client.executer(ANALYSTE, annuaire, "n", "Effacable")
                        .donnees()
                        .path("rechercherAnnuaire")
                        .path("totalCount")
                        .asInt())
                .isEqualTo(1);

        assertThat(client.executer(GESTIONNAIRE, EFFACER, "id", id).classification())
                .isEqualTo("FORBIDDEN");
        assertThat(client.executer(ADMIN, EFFACER, "id", id)
                        .donnees()
                        .path("effacerDonneesPersonnelles")
                        .asBoolean())
                .isTrue();

        // La fiche d'annuaire bénéficiaire est la même personne : effacée avec le dossier, historique et annuaire
        // compris.
        List<JsonNode> historiqueFiche = noeuds(client.executer(AUDITEUR, DossierE2ETest.HISTORIQUE, "id", fiche)
                .donnees()
                .path("historique"));
        assertThat(historiqueFiche)
                .extracting(n -> n.path("type").asText())
                .containsExactly("FicheAnnuaireCréée", "DonneesPersonnellesEffacées");
        assertThat(historiqueFiche.toString())
                .doesNotContain("Effacable", "rose.effacable", "0611223344")
                .contains("[effacé]");
        long attente = System.currentTimeMillis() + 10_000;
        while (client.executer(ANALYSTE, annuaire, "n", "Effacable")
                                .donnees()
                                .path("rechercherAnnuaire")
                                .path("totalCount")
                                .asInt()
                        > 0
                && System.currentTimeMillis() < attente) {
            Thread.sleep(100);
        }
        assertThat(client.executer(ANALYSTE, annuaire, "n", "Effacable")
                        .donnees()
                        .path("rechercherAnnuaire")
                        .path("totalCount")
                        .asInt())
                .isZero();

        List<JsonNode> historique = noeuds(client.executer(AUDITEUR, DossierE2ETest.HISTORIQUE, "id", id)
                .donnees()
                .path("historique"));
        assertThat(historique)
                .extracting(n -> n.path("type").asText())
                .containsExactly(
                        "DossierCréé",
                        "FicheAnnuaireRattachée",
                        "ÉtatDossierChangé",
                        "ÉtatDossierChangé",
                        "DonneesPersonnellesEffacées");
        JsonNode titulaire = historique.get(0).path("donnees").path("titulaire");
        assertThat(titulaire.path("nom").asText()).isEqualTo("[effacé]");
        assertThat(titulaire.path("prenom").asText()).isEqualTo("[effacé]");
        assertThat(titulaire.path("email").asText()).isEqualTo("[effacé]");
        assertThat(titulaire.path("mobile").asText()).isEqualTo("[effacé]");
        assertThat(titulaire.path("adresse").isNull()).isTrue();
        assertThat(titulaire.path("civilite").asText()).isEqualTo("MME");
        assertThat(historique.get(4).path("auteur").asText()).isEqualTo(ADMIN);
        assertThat(historique.get(4).path("donnees").path("aggregatType").asText())
                .isEqualTo("Dossier");

        JsonNode journal = client.executer(
                        AUDITEUR, JOURNAL, "f", Map.of("depuis", debut.toString(), "aggregatType", "Dossier"))
                .donnees()
                .path("journal");
        assertThat(journal.toString()).doesNotContain("Effacable").contains("DonneesPersonnellesEffacées");

        JsonNode etat = client.executer(
                        AUDITEUR, ETAT_AU, "id", id, "instant", Instant.now().toString())
                .donnees()
                .path("etatAu");
        assertThat(etat.path("version").asInt()).isEqualTo(4);
        assertThat(etat.path("etat").path("etat").asText()).isEqualTo("FACTURE");
        assertThat(etat.path("etat").path("titulaire").path("nom").asText()).isEqualTo("[effacé]");
        assertThat(client.executer(AUDITEUR, ETAT_A_LA_VERSION, "id", id, "v", 0)
                        .donnees()
                        .toString())
                .doesNotContain("Effacable");
        assertThat(jdbc.queryForList(
                        "SELECT CAST(payload AS TEXT) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                        String.class,
                        id))
                .isNotEmpty()
                .allSatisfy(instantane -> assertThat(instantane).doesNotContain("Effacable", "Lilas"));

        long limite = System.currentTimeMillis() + 10_000;
        while (!dossierLu(id).path("titulaire").path("nom").asText().equals("[effacé]")
                && System.currentTimeMillis() < limite) {
            Thread.sleep(100);
        }
        JsonNode lu = dossierLu(id);
        assertThat(lu.path("version").asInt()).isEqualTo(4);
        assertThat(lu.toString()).doesNotContain("Effacable", "Rose", "rose.effacable", "0611223344", "Paris");

        JsonNode avant = client.executer(ADMIN, EMPREINTES).donnees().path("empreintesModelesLecture");
        JsonNode reconstruction =
                client.executer(ADMIN, RECONSTRUIRE, "p", "dossiers").donnees().path("reconstruireProjections");
        assertThat(attendreReconstruction(reconstruction.path("id").asText())
                        .path("etat")
                        .asText())
                .isEqualTo("TERMINEE");
        assertThat(dossierLu(id).toString())
                .doesNotContain("Effacable", "Rose", "rose.effacable", "0611223344", "Paris")
                .contains("[effacé]");
        assertThat(client.executer(ADMIN, EMPREINTES).donnees().path("empreintesModelesLecture"))
                .isEqualTo(avant);

        assertThat(client.executer(ADMIN, EFFACER, "id", "6f1c1c1c-1111-4111-8111-111111111111")
                        .classification())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void un_evenement_ecrit_dans_une_ancienne_revision_est_relu_dans_la_nouvelle() {
        String id = creerDossier(GESTIONNAIRE, "Ancien");
        int ancienne = versionDe(id) + 1;
        jdbc.update(
                "INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, "
                        + "payloadType, payloadRevision, payload, metaData) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(),
                id,
                ancienne,
                "Dossier",
                DateTimeUtils.formatInstant(Instant.now()),
                DonneesPersonnellesEffacées.class.getName(),
                "1",
                ("{\"sujet\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8),
                ("{\"auteur\":\"" + ADMIN + "\"}").getBytes(StandardCharsets.UTF_8));

        JsonNode ancien = noeuds(client.executer(AUDITEUR, DossierE2ETest.HISTORIQUE, "id", id)
                        .donnees()
                        .path("historique"))
                .get(ancienne);
        assertThat(ancien.path("type").asText()).isEqualTo("DonneesPersonnellesEffacées");
        assertThat(ancien.path("donnees").path("aggregatId").asText()).isEqualTo(id);
        assertThat(ancien.path("donnees").path("aggregatType").asText()).isEqualTo("Dossier");
        assertThat(ancien.path("donnees").has("sujet")).isFalse();

        assertThat(client.executer(
                                AUDITEUR,
                                ETAT_AU,
                                "id",
                                id,
                                "instant",
                                Instant.now().toString())
                        .donnees()
                        .path("etatAu")
                        .path("version")
                        .asInt())
                .isEqualTo(ancienne);
        assertThat(changerEtat(GESTIONNAIRE, id, "EN_COURS").path("version").asInt())
                .isEqualTo(ancienne + 1);
    }
}
