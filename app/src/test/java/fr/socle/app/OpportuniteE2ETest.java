package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpportuniteE2ETest extends MoteurEmbarqueTest {

    static final String CHAMPS = """
            id version dossierId verrouillee origineId copieId gestionnaire dateEvaluation
            coordonnees { civilite prenom nom email telephone }
            missions { id prestation competences planning { jour debut fin } }
            informations taches { prestation libelle } preventionRisques { situation mesure }""";
    static final String OUVRIR =
            "mutation($input: OuvrirOpportuniteInput!) { ouvrirOpportunite(input: $input) { " + CHAMPS + " } }";
    static final String AJOUTER_MISSION =
            "mutation($id: ID!, $input: MissionInput!, $v: Int) { ajouterMission(opportuniteId: $id, input: $input, versionAttendue: $v) { "
                    + CHAMPS + " } }";
    static final String RETIRER_MISSION =
            "mutation($id: ID!, $m: ID!) { retirerMission(opportuniteId: $id, missionId: $m) { id version missions { id } } }";
    static final String TACHES =
            "mutation($id: ID!, $t: [TacheInput!]!) { definirTaches(opportuniteId: $id, taches: $t) { id version taches { prestation libelle } } }";
    static final String INFORMATIONS =
            "mutation($id: ID!, $i: String, $v: Int) { renseignerInformations(opportuniteId: $id, informations: $i, versionAttendue: $v) { id version informations } }";
    static final String PREVENTION =
            "mutation($id: ID!, $m: [MesurePreventionInput!]!) { definirPreventionRisques(opportuniteId: $id, mesures: $m) { id version preventionRisques { situation mesure } } }";
    static final String DUPLIQUER =
            "mutation($id: ID!, $v: Int) { dupliquerOpportunite(id: $id, versionAttendue: $v) { " + CHAMPS + " } }";
    static final String LIRE = "query($id: ID!) { opportunite(id: $id) { " + CHAMPS + " } }";
    static final String RAPPELS = """
            query($o: ID) { rappels(opportuniteId: $o) { totalCount edges { node {
              id version titre echeance categorie priorite situation opportuniteId gerePar alerte alerteMail declenche } } } }""";
    static final String TRAITER =
            "mutation($id: ID!, $v: Int) { traiterRappel(id: $id, versionAttendue: $v) { id version situation } }";

    static final Map<String, Object> MENAGE = Map.of(
            "prestation",
            "Ménage",
            "competences",
            List.of("Repassage", " repassage ", "Cuisine"),
            "planning",
            List.of(
                    Map.of("jour", "MARDI", "debut", "09:00", "fin", "11:30"),
                    Map.of("jour", "JEUDI", "debut", "14:00", "fin", "16:00")));

    private String dossier() {
        return creerDossier(DossierE2ETest.personne("Martin", "jeanne@exemple.fr"));
    }

    private int versionDossier(String dossierId) {
        return client.executer(ANALYSTE, "query($id: ID!) { dossier(id: $id) { version } }", "id", dossierId)
                .donnees()
                .path("dossier")
                .path("version")
                .asInt();
    }

    /** Ajoute la mission {@link #MENAGE} à une opportunité qui n'en a pas encore, et rend son identifiant. */
    private String ajouterMenage(String opportuniteId) {
        return client.executer(GESTIONNAIRE, AJOUTER_MISSION, "id", opportuniteId, "input", MENAGE)
                .donnees()
                .path("ajouterMission")
                .path("missions")
                .get(0)
                .path("id")
                .asText();
    }

    private JsonNode ouvrir(String dossierId) {
        return client.executer(
                        GESTIONNAIRE, OUVRIR, "input", Map.of("dossierId", dossierId, "dateEvaluation", "2026-03-17"))
                .donnees()
                .path("ouvrirOpportunite");
    }

    @Test
    void une_opportunite_se_remplit_puis_se_duplique_en_se_verrouillant_avec_un_rappel() {
        String dossierId = dossier();
        JsonNode ouverte = ouvrir(dossierId);
        String id = ouverte.path("id").asText();
        assertThat(ouverte.path("version").asInt()).isZero();
        assertThat(ouverte.path("dossierId").asText()).isEqualTo(dossierId);
        assertThat(ouverte.path("verrouillee").asBoolean()).isFalse();
        assertThat(ouverte.path("origineId").isNull()).isTrue();
        assertThat(ouverte.path("gestionnaire").asText()).isEqualTo(GESTIONNAIRE);
        assertThat(ouverte.path("coordonnees").path("nom").asText()).isEqualTo("Martin");
        assertThat(ouverte.path("coordonnees").path("email").asText()).isEqualTo("jeanne@exemple.fr");
        assertThat(ouverte.path("coordonnees").path("telephone").asText()).isEqualTo("0612345678");

        JsonNode avecMission = client.executer(GESTIONNAIRE, AJOUTER_MISSION, "id", id, "input", MENAGE, "v", 0)
                .donnees()
                .path("ajouterMission");
        assertThat(avecMission.path("version").asInt()).isEqualTo(1);
        JsonNode mission = avecMission.path("missions").get(0);
        assertThat(mission.path("prestation").asText()).isEqualTo("Ménage");
        assertThat(mission.path("competences")).extracting(JsonNode::asText).containsExactly("repassage", "cuisine");
        assertThat(mission.path("planning").get(0).path("jour").asText()).isEqualTo("MARDI");
        assertThat(mission.path("planning").get(0).path("fin").asText()).isEqualTo("11:30");

        String jardin = client.executer(
                        GESTIONNAIRE, AJOUTER_MISSION, "id", id, "input", Map.of("prestation", "Jardinage"))
                .donnees()
                .path("ajouterMission")
                .path("missions")
                .get(1)
                .path("id")
                .asText();
        assertThat(client.executer(GESTIONNAIRE, RETIRER_MISSION, "id", id, "m", jardin)
                        .donnees()
                        .path("retirerMission")
                        .path("missions"))
                .hasSize(1);
        client.executer(
                        GESTIONNAIRE,
                        TACHES,
                        "id",
                        id,
                        "t",
                        List.of(Map.of("prestation", "ménage", "libelle", "Vitres")))
                .donnees();
        client.executer(GESTIONNAIRE, INFORMATIONS, "id", id, "i", "Un chat ; digicode 1234")
                .donnees();
        JsonNode remplie = client.executer(
                        GESTIONNAIRE,
                        PREVENTION,
                        "id",
                        id,
                        "m",
                        List.of(Map.of("situation", "Chute", "mesure", "Appeler le 15")))
                .donnees()
                .path("definirPreventionRisques");
        assertThat(remplie.path("version").asInt()).isEqualTo(6);

        JsonNode copie = client.executer(GESTIONNAIRE, DUPLIQUER, "id", id, "v", 6)
                .donnees()
                .path("dupliquerOpportunite");
        String copieId = copie.path("id").asText();
        assertThat(copieId).isNotEqualTo(id);
        assertThat(copie.path("origineId").asText()).isEqualTo(id);
        assertThat(copie.path("verrouillee").asBoolean()).isFalse();
        assertThat(copie.path("version").asInt()).isZero();
        assertThat(copie.path("missions").get(0).path("competences")).hasSize(2);
        assertThat(copie.path("taches").get(0).path("libelle").asText()).isEqualTo("Vitres");
        assertThat(copie.path("informations").asText()).isEqualTo("Un chat ; digicode 1234");
        assertThat(copie.path("preventionRisques").get(0).path("mesure").asText())
                .isEqualTo("Appeler le 15");
        assertThat(copie.path("coordonnees").path("nom").asText()).isEqualTo("Martin");

        JsonNode original = client.executer(ANALYSTE, LIRE, "id", id).donnees().path("opportunite");
        assertThat(original.path("verrouillee").asBoolean()).isTrue();
        assertThat(original.path("copieId").asText()).isEqualTo(copieId);
        assertThat(original.path("version").asInt()).isEqualTo(7);

        JsonNode rappels =
                client.executer(ANALYSTE, RAPPELS, "o", copieId).donnees().path("rappels");
        assertThat(rappels.path("totalCount").asInt()).isEqualTo(1);
        JsonNode rappel = rappels.path("edges").get(0).path("node");
        assertThat(rappel.path("titre").asText()).isEqualTo("Rappel ré-évaluation des besoins");
        assertThat(rappel.path("echeance").asText()).isEqualTo("2027-02-01");
        assertThat(rappel.path("categorie").asText()).isEqualTo("Suivi évaluation");
        assertThat(rappel.path("priorite").asText()).isEqualTo("URGENT");
        assertThat(rappel.path("situation").asText()).isEqualTo("A_TRAITER");
        assertThat(rappel.path("gerePar").asText()).isEqualTo(GESTIONNAIRE);
        assertThat(rappel.path("alerte").asBoolean()).isTrue();
        assertThat(rappel.path("alerteMail").asBoolean()).isTrue();
        assertThat(rappel.path("declenche").asBoolean()).isFalse();

        long avant = evenements();
        Map<String, Long> lecture = modelesDeLecture();
        for (ClientGraphQL.Reponse refus : List.of(
                client.executer(GESTIONNAIRE, AJOUTER_MISSION, "id", id, "input", MENAGE),
                client.executer(GESTIONNAIRE, INFORMATIONS, "id", id, "i", "changé"),
                client.executer(GESTIONNAIRE, DUPLIQUER, "id", id))) {
            assertThat(refus.classification()).isEqualTo("CONFLICT");
            assertThat(refus.regle()).isEqualTo("OPPORTUNITE_VERROUILLEE");
            assertThat(refus.erreur().path("message").asText()).contains(copieId);
        }
        assertRienEcrit(avant, lecture);

        assertThat(client.executer(GESTIONNAIRE, INFORMATIONS, "id", copieId, "i", "Réévalué")
                        .donnees()
                        .path("renseignerInformations")
                        .path("informations")
                        .asText())
                .isEqualTo("Réévalué");

        String rappelId = rappel.path("id").asText();
        assertThat(client.executer(GESTIONNAIRE, TRAITER, "id", rappelId, "v", 1)
                        .classification())
                .isEqualTo("CONFLICT");
        JsonNode traite = client.executer(GESTIONNAIRE, TRAITER, "id", rappelId, "v", 0)
                .donnees()
                .path("traiterRappel");
        assertThat(traite.path("situation").asText()).isEqualTo("TRAITE");
        assertThat(traite.path("version").asInt()).isEqualTo(1);
    }

    static final String CREER_INTERVENANT =
            "mutation($input: CreerIntervenantInput!) { creerIntervenant(input: $input) { id } }";
    static final String RECHERCHER = """
            query($o: ID!, $m: ID!, $p: Boolean) { rechercherIntervenantsPourMission(opportuniteId: $o, missionId: $m, partiels: $p) {
              intervenant { id nom } couvreTout competencesManquantes creneauxNonCouverts { jour debut } connaitLeClient } }""";

    String intervenant(String nom, List<String> competences, List<Map<String, String>> disponibilites) {
        return client.executer(
                        GESTIONNAIRE,
                        CREER_INTERVENANT,
                        "input",
                        Map.of(
                                "civilite",
                                "MME",
                                "nom",
                                nom,
                                "adresse",
                                Map.of("ligne1", "1 rue Haute", "codePostal", "69003", "ville", "Lyon"),
                                "competences",
                                competences,
                                "disponibilites",
                                disponibilites))
                .donnees()
                .path("creerIntervenant")
                .path("id")
                .asText();
    }

    @Test
    void la_recherche_d_une_mission_liste_les_intervenants_actifs_qui_la_couvrent_les_mieux_places_d_abord() {
        String dossierId = dossier();
        String id = ouvrir(dossierId).path("id").asText();
        String missionId = ajouterMenage(id);
        List<Map<String, String>> semaine = List.of(
                Map.of("jour", "MARDI", "debut", "08:00", "fin", "12:00"),
                Map.of("jour", "JEUDI", "debut", "13:00", "fin", "18:00"));
        String prefixe = "R" + System.nanoTime();
        String zoe = intervenant(prefixe + "Zoé", List.of("REPASSAGE", "cuisine", "jardinage"), semaine);
        String anne = intervenant(prefixe + "Anne", List.of("repassage", "cuisine"), semaine);
        String habituee = intervenant(prefixe + "Yvette", List.of("repassage", "cuisine"), semaine);
        client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!, $d: ID!) { ajouterClientIntervenant(id: $id, dossierId: $d) { id } }",
                        "id",
                        habituee,
                        "d",
                        dossierId)
                .donnees();
        String inactive = intervenant(prefixe + "Berthe", List.of("repassage", "cuisine"), semaine);
        client.executer(GESTIONNAIRE, "mutation($id: ID!) { desactiverIntervenant(id: $id) { id } }", "id", inactive)
                .donnees();
        String sansCuisine = intervenant(prefixe + "Claire", List.of("repassage"), semaine);
        String matinSeul = intervenant(
                prefixe + "Denise",
                List.of("repassage", "cuisine"),
                List.of(Map.of("jour", "MARDI", "debut", "09:00", "fin", "11:00")));

        JsonNode complets = client.executer(ANALYSTE, RECHERCHER, "o", id, "m", missionId)
                .donnees()
                .path("rechercherIntervenantsPourMission");
        List<String> ids = new java.util.ArrayList<>();
        complets.forEach(c -> ids.add(c.path("intervenant").path("id").asText()));
        assertThat(ids).containsSubsequence(habituee, anne, zoe).doesNotContain(inactive, sansCuisine, matinSeul);
        assertThat(complets.get(ids.indexOf(habituee)).path("connaitLeClient").asBoolean())
                .isTrue();

        JsonNode tous = client.executer(ANALYSTE, RECHERCHER, "o", id, "m", missionId, "p", true)
                .donnees()
                .path("rechercherIntervenantsPourMission");
        List<String> tousIds = new java.util.ArrayList<>();
        tous.forEach(c -> tousIds.add(c.path("intervenant").path("id").asText()));
        assertThat(tousIds).containsSubsequence(zoe, sansCuisine).doesNotContain(inactive);
        JsonNode claire = tous.get(tousIds.indexOf(sansCuisine));
        assertThat(claire.path("couvreTout").asBoolean()).isFalse();
        assertThat(claire.path("competencesManquantes"))
                .extracting(JsonNode::asText)
                .containsExactly("cuisine");
        JsonNode denise = tous.get(tousIds.indexOf(matinSeul));
        assertThat(denise.path("creneauxNonCouverts"))
                .as("mardi 9:00-11:30 déborde de 9:00-11:00")
                .extracting(c -> c.path("jour").asText())
                .containsExactly("MARDI", "JEUDI");

        assertThat(client.executer(ANALYSTE, RECHERCHER, "o", id, "m", "6f1c1c1c-1111-4111-8111-111111111111")
                        .champ())
                .isEqualTo("missionId");
    }

    @Test
    void un_candidat_partiel_couvre_au_moins_une_competence_ou_un_creneau() {
        String id = ouvrir(dossier()).path("id").asText();
        String missionId = ajouterMenage(id);
        String prefixe = "P" + System.nanoTime();
        String rien = intervenant(
                prefixe + "Rien",
                List.of("jardinage"),
                List.of(Map.of("jour", "LUNDI", "debut", "08:00", "fin", "18:00")));
        String sansRien = intervenant(prefixe + "Vide", List.of(), List.of());
        String uneCompetence = intervenant(prefixe + "Cuisine", List.of("cuisine"), List.of());
        String unCreneau = intervenant(
                prefixe + "Jeudi", List.of(), List.of(Map.of("jour", "JEUDI", "debut", "13:00", "fin", "17:00")));
        String presque = intervenant(
                prefixe + "Presque",
                List.of("cuisine", "repassage"),
                List.of(Map.of("jour", "JEUDI", "debut", "13:00", "fin", "17:00")));

        JsonNode tous = client.executer(ANALYSTE, RECHERCHER, "o", id, "m", missionId, "p", true)
                .donnees()
                .path("rechercherIntervenantsPourMission");
        List<String> ids = new java.util.ArrayList<>();
        tous.forEach(c -> ids.add(c.path("intervenant").path("id").asText()));
        assertThat(ids)
                .as("ni compétence ni créneau de la mission : pas un candidat")
                .doesNotContain(rien, sansRien);
        assertThat(ids).containsSubsequence(presque, uneCompetence).contains(unCreneau);
        tous.forEach(c -> assertThat(c.path("competencesManquantes").size()
                        + c.path("creneauxNonCouverts").size())
                .as("chaque candidat couvre quelque chose de la mission (2 compétences, 2 créneaux)")
                .isLessThan(4));
    }

    @Test
    void un_evenement_indesirable_verse_une_note_au_client_et_a_l_intervenant_et_entre_au_tableau_de_controle()
            throws InterruptedException {
        String dossierId = dossier();
        int versionCreation = versionDossier(dossierId);
        String affectee = intervenant("Indesirable" + System.nanoTime(), List.of(), List.of());
        String etrangere = intervenant("Etrangere" + System.nanoTime(), List.of(), List.of());
        client.executer(
                        GESTIONNAIRE,
                        "mutation($id: ID!, $d: ID!) { ajouterClientIntervenant(id: $id, dossierId: $d) { id } }",
                        "id",
                        affectee,
                        "d",
                        dossierId)
                .donnees();
        String declarer = "mutation($input: EvenementIndesirableInput!) { declarerEvenementIndesirable(input: $input) "
                + "{ id version dossierId intervenantId encadrant description date traite } }";
        String notes =
                "query($d: ID, $i: ID, $g: String) { notesSuivi(dossierId: $d, intervenantId: $i, gestionnaire: $g) "
                        + "{ totalCount edges { node { nature texte intervenantId gestionnaire evenementId auteur } } } }";

        long avant = evenements();
        ClientGraphQL.Reponse nonAffectee = client.executer(
                GESTIONNAIRE,
                declarer,
                "input",
                Map.of("dossierId", dossierId, "intervenantId", etrangere, "description", "Retard"));
        assertThat(nonAffectee.champ()).isEqualTo("intervenantId");
        assertThat(nonAffectee.regle()).isEqualTo("INTERVENANT_NON_AFFECTE");
        assertThat(client.executer(
                                GESTIONNAIRE,
                                declarer,
                                "input",
                                Map.of("dossierId", dossierId, "intervenantId", affectee))
                        .champ())
                .isEqualTo("description");
        assertThat(evenements()).isEqualTo(avant);

        JsonNode declare = client.executer(
                        GESTIONNAIRE,
                        declarer,
                        "input",
                        Map.of(
                                "dossierId",
                                dossierId,
                                "intervenantId",
                                affectee,
                                "description",
                                "Chute dans l'escalier",
                                "date",
                                "2026-11-20"))
                .donnees()
                .path("declarerEvenementIndesirable");
        assertThat(declare.path("encadrant").asText())
                .as("par défaut le gestionnaire du client")
                .isEqualTo(GESTIONNAIRE);
        assertThat(declare.path("traite").asBoolean()).isFalse();

        long limite = System.currentTimeMillis() + 10_000;
        JsonNode noteClient;
        JsonNode noteIntervenant;
        do {
            Thread.sleep(100);
            noteClient =
                    client.executer(ANALYSTE, notes, "d", dossierId).donnees().path("notesSuivi");
            noteIntervenant =
                    client.executer(ANALYSTE, notes, "i", affectee).donnees().path("notesSuivi");
        } while ((noteClient.path("totalCount").asInt() < 1
                        || noteIntervenant.path("totalCount").asInt() < 1)
                && System.currentTimeMillis() < limite);
        assertThat(noteClient.path("totalCount").asInt()).isEqualTo(1);
        assertThat(noteIntervenant.path("totalCount").asInt()).isEqualTo(1);
        JsonNode note = noteClient.path("edges").get(0).path("node");
        assertThat(note.path("nature").asText()).isEqualTo("EVENEMENT_INDESIRABLE");
        assertThat(note.path("texte").asText()).contains("Chute dans l'escalier");
        assertThat(note.path("evenementId").asText())
                .isEqualTo(declare.path("id").asText());
        assertThat(note.path("auteur").asText())
                .as("l'auteur de la déclaration")
                .isEqualTo(GESTIONNAIRE);

        int apresNote = versionDossier(dossierId);
        assertThat(apresNote).as("la note a avancé la version du dossier").isEqualTo(versionCreation + 1);
        assertThat(client.executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", dossierId, "etat", "EN_COURS")
                        .donnees()
                        .path("changerEtatDossier")
                        .path("version")
                        .asInt())
                .isEqualTo(apresNote + 1);

        String tableau =
                "query($t: Boolean, $d: ID) { evenementsIndesirables(traite: $t, dossierId: $d) { totalCount edges { node { id traite } } } }";
        assertThat(client.executer(ANALYSTE, tableau, "t", false, "d", dossierId)
                        .donnees()
                        .path("evenementsIndesirables")
                        .path("totalCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(client.executer(
                                GESTIONNAIRE,
                                "mutation($id: ID!) { traiterEvenementIndesirable(id: $id) { traite } }",
                                "id",
                                declare.path("id").asText())
                        .donnees()
                        .path("traiterEvenementIndesirable")
                        .path("traite")
                        .asBoolean())
                .isTrue();
        assertThat(client.executer(ANALYSTE, tableau, "t", true, "d", dossierId)
                        .donnees()
                        .path("evenementsIndesirables")
                        .path("totalCount")
                        .asInt())
                .isEqualTo(1);

        JsonNode satisfaction = client.executer(
                        GESTIONNAIRE,
                        "mutation($d: ID!, $input: NoteSatisfactionInput!) { "
                                + "noterSatisfaction(dossierId: $d, input: $input) { nature texte intervenantId gestionnaire } }",
                        "d",
                        dossierId,
                        "input",
                        Map.of("texte", "Très satisfaite", "intervenantId", affectee, "gestionnaire", "claire"))
                .donnees()
                .path("noterSatisfaction");
        assertThat(satisfaction.path("nature").asText()).isEqualTo("SATISFACTION");
        assertThat(client.executer(ANALYSTE, notes, "i", affectee)
                        .donnees()
                        .path("notesSuivi")
                        .path("totalCount")
                        .asInt())
                .as("visible dans la fiche de l'intervenant")
                .isEqualTo(2);
        assertThat(client.executer(ANALYSTE, notes, "g", "claire")
                        .donnees()
                        .path("notesSuivi")
                        .path("totalCount")
                        .asInt())
                .as("et dans celle du gestionnaire")
                .isEqualTo(1);
    }

    /** Une note de satisfaction réduite à son texte, sur le dossier donné. */
    private ClientGraphQL.Reponse noterSatisfaction(String dossierId, String texte) {
        return client.executer(
                GESTIONNAIRE,
                "mutation($d: ID!, $input: NoteSatisfactionInput!) { "
                        + "noterSatisfaction(dossierId: $d, input: $input) { nature } }",
                "d",
                dossierId,
                "input",
                Map.of("texte", texte));
    }

    @Test
    void une_note_de_suivi_passe_par_les_regles_du_dossier() throws InterruptedException {
        String dossierId = dossier();
        client.executer(GESTIONNAIRE, DossierE2ETest.CHANGER, "id", dossierId, "etat", "CLOTURE")
                .donnees();
        int version = versionDossier(dossierId);
        long avant = evenements();
        Map<String, Long> lecture = modelesDeLectureAuRepos();

        ClientGraphQL.Reponse refus = noterSatisfaction(dossierId, "Après coup");
        assertThat(refus.classification()).as("%s", refus.corps()).isEqualTo("BAD_REQUEST");
        assertThat(refus.regle()).isEqualTo("DOSSIER_CLOTURE");
        assertThat(evenements()).isEqualTo(avant);
        assertThat(versionDossier(dossierId)).isEqualTo(version);
        assertThat(modelesDeLecture()).isEqualTo(lecture);
    }

    @Test
    void une_note_de_suivi_est_refusee_apres_l_effacement_meme_depuis_un_instantane_d_avant() throws Exception {
        String dossierId = dossier();
        client.executer(ADMIN, "mutation($id: ID!) { effacerDonneesPersonnelles(aggregatId: $id) }", "id", dossierId)
                .donnees();
        long limite = System.currentTimeMillis() + 10_000;
        while (jdbc.queryForObject(
                                "SELECT count(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                                Long.class,
                                dossierId)
                        == 0
                && System.currentTimeMillis() < limite) {
            Thread.sleep(50);
        }
        // L'instantané tel que l'écrivait la version précédente : sans révision, sans l'effacement ni les notes.
        String texte = jdbc.queryForObject(
                "SELECT CAST(payload AS TEXT) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                String.class,
                dossierId);
        com.fasterxml.jackson.databind.node.ObjectNode ancien = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(texte);
        ancien.remove(List.of("efface", "notesSuivi"));
        jdbc.update(
                "UPDATE SnapshotEventEntry SET payloadRevision = NULL, payload = ? WHERE aggregateIdentifier = ?",
                ancien.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                dossierId);
        long avant = evenements();

        ClientGraphQL.Reponse refus = noterSatisfaction(dossierId, "Après");
        assertThat(refus.classification()).as("%s", refus.corps()).isEqualTo("CONFLICT");
        assertThat(refus.champ()).isEqualTo("dossierId");
        assertThat(refus.regle()).isEqualTo("DONNEES_EFFACEES");
        assertThat(evenements()).isEqualTo(avant);
    }

    /** Ajoute à l'opportunité une mission de ménage au planning donné. */
    private ClientGraphQL.Reponse menageAuPlanning(String id, List<Map<String, String>> planning) {
        return client.executer(
                GESTIONNAIRE, AJOUTER_MISSION, "id", id, "input", Map.of("prestation", "Ménage", "planning", planning));
    }

    @Test
    void les_saisies_invalides_et_les_inconnus_sont_classes_sans_rien_ecrire() {
        String id = ouvrir(dossier()).path("id").asText();
        client.executer(GESTIONNAIRE, AJOUTER_MISSION, "id", id, "input", MENAGE)
                .donnees();
        long avant = evenements();
        Map<String, Long> lecture = modelesDeLecture();

        ClientGraphQL.Reponse dossierInconnu = client.executer(
                GESTIONNAIRE, OUVRIR, "input", Map.of("dossierId", "6f1c1c1c-1111-4111-8111-111111111111"));
        assertThat(dossierInconnu.classification()).isEqualTo("NOT_FOUND");
        assertThat(dossierInconnu.champ()).isEqualTo("dossierId");
        ClientGraphQL.Reponse dossierOpportunite =
                client.executer(GESTIONNAIRE, OUVRIR, "input", Map.of("dossierId", id));
        assertThat(dossierOpportunite.classification()).isEqualTo("NOT_FOUND");
        assertThat(client.executer(GESTIONNAIRE, OUVRIR, "input", Map.of("dossierId", "x"))
                        .regle())
                .isEqualTo("ID_INVALIDE");

        ClientGraphQL.Reponse heure =
                menageAuPlanning(id, List.of(Map.of("jour", "LUNDI", "debut", "9h", "fin", "11:00")));
        assertThat(heure.champ()).isEqualTo("planning[0].debut");
        assertThat(heure.regle()).isEqualTo("HORAIRE_INVALIDE");
        ClientGraphQL.Reponse envers =
                menageAuPlanning(id, List.of(Map.of("jour", "LUNDI", "debut", "11:00", "fin", "09:00")));
        assertThat(envers.champ()).isEqualTo("planning[0].fin");
        assertThat(envers.regle()).isEqualTo("HORAIRE_INVALIDE");
        ClientGraphQL.Reponse chevauchement = menageAuPlanning(
                id,
                List.of(
                        Map.of("jour", "LUNDI", "debut", "09:00", "fin", "11:00"),
                        Map.of("jour", "LUNDI", "debut", "10:00", "fin", "12:00")));
        assertThat(chevauchement.regle()).isEqualTo("CRENEAUX_CHEVAUCHANTS");
        ClientGraphQL.Reponse sansPrestation =
                client.executer(GESTIONNAIRE, AJOUTER_MISSION, "id", id, "input", Map.of());
        assertThat(sansPrestation.champ()).isEqualTo("prestation");
        assertThat(sansPrestation.regle()).isEqualTo("OBLIGATOIRE");

        ClientGraphQL.Reponse tache = client.executer(
                GESTIONNAIRE, TACHES, "id", id, "t", List.of(Map.of("prestation", "Jardinage", "libelle", "Tondre")));
        assertThat(tache.classification()).isEqualTo("BAD_REQUEST");
        assertThat(tache.champ()).isEqualTo("taches[0].prestation");
        assertThat(tache.regle()).isEqualTo("PRESTATION_INCONNUE");
        assertThat(client.executer(GESTIONNAIRE, TACHES, "id", id, "t", List.of(Map.of("prestation", "Ménage")))
                        .champ())
                .isEqualTo("taches[0].libelle");

        assertThat(client.executer(GESTIONNAIRE, INFORMATIONS, "id", id, "i", "x", "v", 0)
                        .classification())
                .isEqualTo("CONFLICT");
        assertThat(client.executer(GESTIONNAIRE, DUPLIQUER, "id", id, "v", 0).classification())
                .isEqualTo("CONFLICT");
        assertThat(client.executer(GESTIONNAIRE, DUPLIQUER, "id", "6f1c1c1c-1111-4111-8111-111111111111")
                        .classification())
                .isEqualTo("NOT_FOUND");
        assertThat(client.executer(GESTIONNAIRE, TRAITER, "id", "6f1c1c1c-1111-4111-8111-111111111111")
                        .classification())
                .isEqualTo("NOT_FOUND");
        assertThat(client.executer(ANALYSTE, DUPLIQUER, "id", id).classification())
                .isEqualTo("FORBIDDEN");
        assertThat(client.executer(ANALYSTE, OUVRIR, "input", Map.of("dossierId", id))
                        .classification())
                .isEqualTo("FORBIDDEN");

        assertRienEcrit(avant, lecture);
        assertThat(client.executer(ANALYSTE, LIRE, "id", id)
                        .donnees()
                        .path("opportunite")
                        .path("version")
                        .asInt())
                .isEqualTo(1);
    }
}
