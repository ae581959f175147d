package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Le dossier complet de bout en bout : annuaire, convention, commande et états, entreprise, suivi, filtres. */
class DossierCompletE2ETest extends MoteurEmbarqueTest {

    static final String DOSSIER = """
            id version etat transitionsPermises creePar
            titulaire { __typename ... on Personne { prenom nom email mobile } ... on Entreprise { raisonSociale siret } }
            beneficiaire { id nom prenom type } prescripteur { id nom prenom type } contactAdmin { id nom type }
            prestation { libelle conventionId financeurs { financeur montant } }
            commande { numero debut fin }
            exercices { debut fin }
            dirigeant { email nom prenom themes invitationEnvoyeeLe }
            collaborateurs
            contacts { id nom fonction email telephone }
            notes { id texte auteur horodatage }
            documents { id nom typeMime taille deposePar contenu }
            seances { date intitule facturable }
            messages { id canal destinataire statut }
            """;
    static final String CREER =
            "mutation($input: CreerDossierInput!) { creerDossier(input: $input) { " + DOSSIER + " } }";
    static final String CHANGER =
            "mutation($id: ID!, $etat: EtatDossier!) { changerEtatDossier(id: $id, etat: $etat) { " + DOSSIER + " } }";
    static final String SEANCE =
            "mutation($id: ID!, $s: SeanceInput!) { planifierSeance(dossierId: $id, input: $s) { " + DOSSIER + " } }";
    static final String COMMANDE =
            "mutation($id: ID!, $c: CommandeInput!) { enregistrerCommande(dossierId: $id, input: $c) { " + DOSSIER
                    + " } }";
    static final String ANNUAIRE =
            "query($nom: String!) { rechercherAnnuaire(nom: $nom) { totalCount edges { node { id nom prenom type } } } }";
    static final LocalDate AUJOURDHUI = LocalDate.now(ZoneId.of("Europe/Paris"));

    static Map<String, Object> personne(String nom) {
        return Map.of(
                "personne",
                Map.of(
                        "civilite",
                        "MME",
                        "prenom",
                        "Élodie",
                        "nom",
                        nom,
                        "email",
                        "b" + Math.abs(nom.hashCode()) + "@exemple.fr",
                        "mobile",
                        "06 11 22 33 44"));
    }

    static Map<String, Object> entreprise(String raisonSociale, String siret) {
        return Map.of("entreprise", Map.of("raisonSociale", raisonSociale, "siret", siret));
    }

    /** Un SIRET neuf : 13 chiffres au hasard et la clé de Luhn qui les complète. */
    static String siretNeuf() {
        StringBuilder chiffres = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            chiffres.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int cle = 0; cle < 10; cle++) {
            String candidat = chiffres.toString() + cle;
            int somme = 0;
            for (int i = 0; i < 14; i++) {
                int c = candidat.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    c = c * 2 > 9 ? c * 2 - 9 : c * 2;
                }
                somme += c;
            }
            if (somme % 10 == 0) {
                return candidat;
            }
        }
        throw new IllegalStateException();
    }

    private JsonNode creer(Map<String, Object> input) {
        return client.executer(GESTIONNAIRE, CREER, "input", input).donnees().path("creerDossier");
    }

    private JsonNode ecrire(String mutation, String champ, Object... variables) {
        return client.executer(GESTIONNAIRE, mutation, variables).donnees().path(champ);
    }

    /** L'annuaire est projeté à part des dossiers : on l'attend, comme un écran qui se rafraîchit. */
    private JsonNode chercher(String nom, int attendus) throws InterruptedException {
        JsonNode page = null;
        for (int essai = 0; essai < 50; essai++) {
            page = client.executer(ANALYSTE, ANNUAIRE, "nom", nom).donnees().path("rechercherAnnuaire");
            if (page.path("totalCount").asInt() >= attendus) {
                return page;
            }
            Thread.sleep(100);
        }
        return page;
    }

    /** Un refus classé qui n'écrit ni événement ni modèle de lecture. */
    private ClientGraphQL.Reponse refus(String requete, String champ, String regle, Object... variables) {
        long avant = evenements();
        Map<String, Long> lecture = modelesDeLecture();
        ClientGraphQL.Reponse reponse = client.executer(GESTIONNAIRE, requete, variables);
        assertThat(reponse.classification())
                .as("%s", reponse.corps())
                .isEqualTo(regle.equals("INTROUVABLE") ? "NOT_FOUND" : "BAD_REQUEST");
        assertThat(reponse.champ()).isEqualTo(champ);
        assertThat(reponse.regle()).isEqualTo(regle);
        assertThat(evenements()).isEqualTo(avant);
        // l'annuaire se projette à part : une création réussie juste avant peut encore y arriver ;
        // qu'un refus n'y ajoute rien, le nombre d'événements le prouve déjà
        lecture.remove("annuaire");
        Map<String, Long> apres = modelesDeLecture();
        apres.remove("annuaire");
        assertThat(apres).isEqualTo(lecture);
        return reponse;
    }

    @Test
    void un_dossier_de_beneficiaire_avec_annuaire_convention_et_commande() throws Exception {
        JsonNode convention = ecrire(
                "mutation($i: ConventionInput!) { creerConvention(input: $i) { id libelle tarif financeurParDefaut } }",
                "creerConvention",
                "i",
                Map.of(
                        "libelle",
                        "Bilan de compétences 24 h",
                        "tarif",
                        "1800.00",
                        "financeurParDefaut",
                        "France Travail"));
        String nom = "Zéphyr" + System.nanoTime();
        Map<String, Object> input = new HashMap<>();
        input.put("titulaire", personne(nom));
        input.put("prescripteur", Map.of("nom", "Leroy" + nom, "prenom", "Anne"));
        input.put("contactAdmin", Map.of("nom", "Moreau" + nom));
        input.put(
                "prestation",
                Map.of(
                        "libelle",
                        "Bilan de compétences",
                        "conventionId",
                        convention.path("id").asText()));
        input.put(
                "commande",
                Map.of(
                        "numero",
                        "FT-2026-0042",
                        "debut",
                        AUJOURDHUI.plusDays(7).toString(),
                        "fin",
                        AUJOURDHUI.plusMonths(3).toString()));
        JsonNode dossier = creer(input);

        assertThat(dossier.path("etat").asText()).isEqualTo("COMMANDE");
        assertThat(dossier.path("transitionsPermises"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("EN_COURS", "CLOTURE");
        assertThat(dossier.path("titulaire").path("mobile").asText()).isEqualTo("0611223344");
        assertThat(dossier.path("beneficiaire").path("type").asText()).isEqualTo("BENEFICIAIRE");
        assertThat(dossier.path("prescripteur").path("type").asText()).isEqualTo("PRESCRIPTEUR");
        assertThat(dossier.path("prescripteur").path("prenom").asText()).isEqualTo("Anne");
        assertThat(dossier.path("contactAdmin").path("type").asText()).isEqualTo("AUTRE");
        assertThat(dossier.path("prestation")
                        .path("financeurs")
                        .get(0)
                        .path("financeur")
                        .asText())
                .isEqualTo("France Travail");
        assertThat(dossier.path("prestation")
                        .path("financeurs")
                        .get(0)
                        .path("montant")
                        .asText())
                .isEqualTo("1800.00");
        assertThat(dossier.path("commande").path("numero").asText()).isEqualTo("FT-2026-0042");

        // l'annuaire trouve le bénéficiaire sans accent ni casse ; le reprendre remplit un nouveau dossier
        JsonNode trouve = chercher(nom.replace("Zéphyr", "zephyr"), 1);
        assertThat(trouve.path("totalCount").asInt()).isEqualTo(1);
        JsonNode fiche = trouve.path("edges").get(0).path("node");
        assertThat(fiche.path("type").asText()).isEqualTo("BENEFICIAIRE");
        assertThat(fiche.path("prenom").asText()).isEqualTo("Élodie");
        assertThat(chercher("leroy" + nom.toLowerCase().replace("é", "e"), 1)
                        .path("edges")
                        .get(0)
                        .path("node")
                        .path("type")
                        .asText())
                .isEqualTo("PRESCRIPTEUR");
        JsonNode second = creer(Map.of("beneficiaire", fiche.path("id").asText()));
        assertThat(second.path("titulaire").path("email").asText())
                .isEqualTo("b" + Math.abs(nom.hashCode()) + "@exemple.fr");
        assertThat(second.path("beneficiaire").path("id").asText())
                .isEqualTo(fiche.path("id").asText());
        assertThat(chercher(nom, 1).path("totalCount").asInt())
                .as("pas de doublon dans l'annuaire")
                .isEqualTo(1);

        // le début de commande atteint fait passer EN_COURS ; le repousser ensuite est une transition interdite
        String id = dossier.path("id").asText();
        JsonNode enCours = ecrire(
                COMMANDE,
                "enregistrerCommande",
                "id",
                id,
                "c",
                Map.of("numero", "FT-2026-0042", "debut", AUJOURDHUI.toString()));
        assertThat(enCours.path("etat").asText()).isEqualTo("EN_COURS");
        refus(
                COMMANDE,
                "debut",
                "TRANSITION_INTERDITE",
                "id",
                id,
                "c",
                Map.of("numero", "FT-2026-0042", "debut", AUJOURDHUI.plusDays(1).toString()));
        refus(
                COMMANDE,
                "fin",
                "DATES_INCOHERENTES",
                "id",
                id,
                "c",
                Map.of("numero", "X", "debut", "2026-02-01", "fin", "2026-01-01"));
        refus(CHANGER, "etat", "TRANSITION_INTERDITE", "id", second.path("id").asText(), "etat", "COMMANDE");
        refus(
                CREER,
                "beneficiaire",
                "INTROUVABLE",
                "input",
                Map.of("beneficiaire", "6f1c1c1c-1111-4111-8111-111111111111"));
        refus(
                CREER,
                "contactAdmin.ficheId",
                "FICHE_MAUVAIS_TYPE",
                "input",
                Map.of(
                        "titulaire",
                        personne("Autre"),
                        "contactAdmin",
                        Map.of(
                                "ficheId",
                                dossier.path("prescripteur").path("id").asText())));
        refus(
                CREER,
                "prestation.financeurs.1.financeur",
                "FINANCEUR_EN_DOUBLE",
                "input",
                Map.of(
                        "titulaire",
                        personne("Autre"),
                        "prestation",
                        Map.of(
                                "libelle",
                                "Coaching",
                                "financeurs",
                                List.of(
                                        Map.of("financeur", "OPCO", "montant", "100.00"),
                                        Map.of("financeur", "opco", "montant", "50.00")))));
        refus(
                CREER,
                "exercice",
                "ENTREPRISE_REQUISE",
                "input",
                Map.of("titulaire", personne("Autre"), "exercice", Map.of("debut", "2026-01-01")));
    }

    @Test
    void une_prestation_un_dossier_le_dossier_facture_refuse_une_seance_facturable() {
        String nom = "Facture" + System.nanoTime();
        String id = creer(Map.of("titulaire", personne(nom))).path("id").asText();
        ecrire(CHANGER, "changerEtatDossier", "id", id, "etat", "EN_COURS");
        JsonNode planifie = ecrire(
                SEANCE,
                "planifierSeance",
                "id",
                id,
                "s",
                Map.of("date", AUJOURDHUI.toString(), "intitule", "Entretien initial", "dureeMinutes", 90));
        assertThat(planifie.path("seances").get(0).path("facturable").asBoolean())
                .isTrue();
        assertThat(ecrire(CHANGER, "changerEtatDossier", "id", id, "etat", "FACTURE")
                        .path("etat")
                        .asText())
                .isEqualTo("FACTURE");

        ClientGraphQL.Reponse refuse = refus(
                SEANCE,
                "facturable",
                "DOSSIER_FACTURE",
                "id",
                id,
                "s",
                Map.of("date", AUJOURDHUI.toString(), "intitule", "Séance de plus"));
        assertThat(refuse.erreur().path("message").asText()).contains("nouveau dossier");
        refus(CHANGER, "etat", "TRANSITION_INTERDITE", "id", id, "etat", "EN_COURS");
        refus(
                COMMANDE,
                "etat",
                "DOSSIER_FACTURE",
                "id",
                id,
                "c",
                Map.of("numero", "C", "debut", AUJOURDHUI.toString()));
        JsonNode suivi = ecrire(
                SEANCE,
                "planifierSeance",
                "id",
                id,
                "s",
                Map.of("date", AUJOURDHUI.toString(), "intitule", "Suivi à six mois", "facturable", false));
        assertThat(suivi.path("seances")).hasSize(2);

        // la même personne revient : un nouveau dossier, où la séance facturable est permise
        String nouveau = creer(Map.of("titulaire", personne(nom))).path("id").asText();
        ecrire(CHANGER, "changerEtatDossier", "id", nouveau, "etat", "EN_COURS");
        assertThat(ecrire(
                                SEANCE,
                                "planifierSeance",
                                "id",
                                nouveau,
                                "s",
                                Map.of("date", AUJOURDHUI.toString(), "intitule", "Bilan 2"))
                        .path("seances"))
                .hasSize(1);
        ecrire(CHANGER, "changerEtatDossier", "id", id, "etat", "CLOTURE");
        refus(
                SEANCE,
                "etat",
                "DOSSIER_CLOTURE",
                "id",
                id,
                "s",
                Map.of("date", AUJOURDHUI.toString(), "intitule", "Après coup", "facturable", false));
    }

    @Test
    void un_dossier_d_entreprise_exercices_dirigeant_et_collaborateurs() {
        String siret = siretNeuf();
        Map<String, Object> input = new HashMap<>();
        input.put("titulaire", entreprise("Boulangerie Martin", siret));
        input.put("exercice", Map.of("debut", "2026-04-01"));
        input.put(
                "dirigeant",
                Map.of(
                        "email",
                        "Paul.Martin@Boulangerie.fr",
                        "nom",
                        "Martin",
                        "prenom",
                        "Paul",
                        "themes",
                        List.of("Social", "Fiscal"),
                        "envoyer",
                        false));
        input.put("collaborateurs", List.of("claire", "marc"));
        JsonNode dossier = creer(input);
        String id = dossier.path("id").asText();
        assertThat(dossier.path("exercices").get(0).path("fin").asText()).isEqualTo("2027-03-31");
        assertThat(dossier.path("dirigeant").path("email").asText()).isEqualTo("paul.martin@boulangerie.fr");
        assertThat(dossier.path("dirigeant").path("invitationEnvoyeeLe").isNull())
                .isTrue();
        assertThat(dossier.path("beneficiaire").path("nom").asText()).isEqualTo("Boulangerie Martin");

        String inviter = "mutation($id: ID!, $i: InvitationInput!) { inviterDirigeant(dossierId: $id, input: $i) { "
                + DOSSIER + " } }";
        JsonNode invite = ecrire(
                inviter,
                "inviterDirigeant",
                "id",
                id,
                "i",
                Map.of(
                        "email",
                        "paul.martin@boulangerie.fr",
                        "nom",
                        "Martin",
                        "prenom",
                        "Paul",
                        "themes",
                        List.of("Social", "Fiscal")));
        assertThat(invite.path("dirigeant").path("invitationEnvoyeeLe").asText())
                .endsWith("Z");

        String exercice =
                "mutation($id: ID!, $d: Date!, $f: Date) { ajouterExercice(dossierId: $id, debut: $d, fin: $f) { "
                        + DOSSIER + " } }";
        JsonNode deux = ecrire(exercice, "ajouterExercice", "id", id, "d", "2027-04-01", "f", "2028-06-30");
        assertThat(deux.path("exercices")).hasSize(2);
        assertThat(deux.path("exercices").get(1).path("fin").asText()).isEqualTo("2028-06-30");
        refus(exercice, "debut", "EXERCICE_CHEVAUCHANT", "id", id, "d", "2028-06-30");
        refus(exercice, "fin", "DATES_INCOHERENTES", "id", id, "d", "2029-01-01", "f", "2028-12-31");
        String personne = creer(Map.of("titulaire", personne("Seule" + System.nanoTime())))
                .path("id")
                .asText();
        refus(exercice, "dossierId", "ENTREPRISE_REQUISE", "id", personne, "d", "2026-01-01");

        String affecter =
                "mutation($id: ID!, $c: String!) { affecterCollaborateur(dossierId: $id, collaborateur: $c) { collaborateurs } }";
        String retirer =
                "mutation($id: ID!, $c: String!) { retirerCollaborateur(dossierId: $id, collaborateur: $c) { collaborateurs } }";
        assertThat(ecrire(affecter, "affecterCollaborateur", "id", id, "c", "sophie")
                        .path("collaborateurs"))
                .extracting(JsonNode::asText)
                .containsExactly("claire", "marc", "sophie");
        assertThat(ecrire(retirer, "retirerCollaborateur", "id", id, "c", "claire")
                        .path("collaborateurs"))
                .extracting(JsonNode::asText)
                .containsExactly("marc", "sophie");
        refus(affecter, "collaborateur", "COLLABORATEUR_DEJA_AFFECTE", "id", id, "c", "marc");
        refus(retirer, "collaborateur", "COLLABORATEUR_ABSENT", "id", id, "c", "claire");

        refus(
                CREER,
                "titulaire.siret",
                "SIRET_DEJA_UTILISE",
                "input",
                Map.of("titulaire", entreprise("Autre raison", siret)));
        refus(
                CREER,
                "titulaire.siret",
                "SIRET_INVALIDE",
                "input",
                Map.of("titulaire", entreprise("ACME", siret.substring(0, 13) + ((siret.charAt(13) - '0' + 1) % 10))));
    }

    @Test
    void prestation_redefinie_seance_hors_commande_version_perimee_et_roles() {
        String id = creer(Map.of(
                        "titulaire",
                        personne("Prestation" + System.nanoTime()),
                        "commande",
                        Map.of(
                                "numero",
                                "FT-77",
                                "debut",
                                AUJOURDHUI.toString(),
                                "fin",
                                AUJOURDHUI.plusDays(30).toString())))
                .path("id")
                .asText();
        String definir =
                "mutation($id: ID!, $p: PrestationInput!, $v: Int) { definirPrestation(dossierId: $id, input: $p, versionAttendue: $v) { "
                        + DOSSIER + " } }";
        JsonNode defini = ecrire(
                definir,
                "definirPrestation",
                "id",
                id,
                "p",
                Map.of(
                        "libelle",
                        "Coaching",
                        "financeurs",
                        List.of(
                                Map.of("financeur", "OPCO", "montant", "600.00"),
                                Map.of("financeur", "Employeur", "montant", "400.00"))));
        assertThat(defini.path("prestation").path("financeurs"))
                .extracting(f -> f.path("financeur").asText())
                .containsExactly("OPCO", "Employeur");
        assertThat(defini.path("etat").asText()).isEqualTo("EN_COURS");
        refus(
                definir,
                "financeurs.0.montant",
                "MONTANT_INVALIDE",
                "id",
                id,
                "p",
                Map.of("libelle", "Coaching", "financeurs", List.of(Map.of("financeur", "OPCO", "montant", "-1.00"))));
        refus(
                definir,
                "conventionId",
                "INTROUVABLE",
                "id",
                id,
                "p",
                Map.of("libelle", "Coaching", "conventionId", "6f1c1c1c-1111-4111-8111-111111111111"));

        refus(
                SEANCE,
                "date",
                "HORS_COMMANDE",
                "id",
                id,
                "s",
                Map.of("date", AUJOURDHUI.plusDays(31).toString(), "intitule", "Trop tard"));

        ClientGraphQL.Reponse perimee =
                client.executer(GESTIONNAIRE, definir, "id", id, "p", Map.of("libelle", "Autre"), "v", 0);
        assertThat(perimee.classification()).isEqualTo("CONFLICT");
        ClientGraphQL.Reponse analyste = client.executer(
                ANALYSTE,
                "mutation($i: ConventionInput!) { creerConvention(input: $i) { id } }",
                "i",
                Map.of("libelle", "Tarif", "tarif", "10.00"));
        assertThat(analyste.classification()).isEqualTo("FORBIDDEN");
        JsonNode conventions = client.executer(
                        ANALYSTE, "{ conventions(first: 5) { totalCount edges { node { libelle tarif } } } }")
                .donnees()
                .path("conventions");
        assertThat(conventions.path("totalCount").asInt()).isGreaterThanOrEqualTo(0);
        refus(
                "mutation($i: ConventionInput!) { creerConvention(input: $i) { id } }",
                "tarif",
                "MONTANT_INVALIDE",
                "i",
                Map.of("libelle", "Gratuit", "tarif", "0.00"));
    }

    @Test
    void huit_creations_simultanees_du_meme_siret_une_seule_reussit() throws Exception {
        String siret = siretNeuf();
        int paralleles = 8;
        CountDownLatch depart = new CountDownLatch(1);
        ExecutorService executeurs = Executors.newFixedThreadPool(paralleles);
        List<Future<ClientGraphQL.Reponse>> reponses = new ArrayList<>();
        try {
            for (int i = 0; i < paralleles; i++) {
                int n = i;
                Callable<ClientGraphQL.Reponse> creation = () -> {
                    depart.await();
                    return new ClientGraphQL(port)
                            .executer(
                                    GESTIONNAIRE,
                                    "mutation($input: CreerDossierInput!) { creerDossier(input: $input) { id } }",
                                    "input",
                                    Map.of("titulaire", entreprise("Concurrente " + n, siret)));
                };
                reponses.add(executeurs.submit(creation));
            }
            depart.countDown();
            List<ClientGraphQL.Reponse> lues = new ArrayList<>();
            for (Future<ClientGraphQL.Reponse> r : reponses) {
                lues.add(r.get());
            }
            List<ClientGraphQL.Reponse> reussies =
                    lues.stream().filter(r -> !r.corps().has("errors")).toList();
            assertThat(reussies).hasSize(1);
            assertThat(lues.stream().filter(r -> r.corps().has("errors"))).allSatisfy(r -> {
                assertThat(r.classification()).isEqualTo("BAD_REQUEST");
                assertThat(r.champ()).isEqualTo("titulaire.siret");
                assertThat(r.regle()).isEqualTo("SIRET_DEJA_UTILISE");
            });
        } finally {
            executeurs.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                        Long.class,
                        "siret:" + siret))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%DossierCr%' "
                                + "AND CAST(payload AS TEXT) LIKE ?",
                        Long.class, "%" + siret + "%"))
                .isEqualTo(1);
        JsonNode filtre = client.executer(
                        ANALYSTE,
                        "query($f: DossierFiltre) { dossiers(filtre: $f) { totalCount } }",
                        "f",
                        Map.of("siret", siret))
                .donnees()
                .path("dossiers");
        assertThat(filtre.path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void contacts_notes_documents_et_messages_du_dossier() {
        String id = creer(Map.of("titulaire", personne("Suivi" + System.nanoTime())))
                .path("id")
                .asText();
        String contact = "mutation($id: ID!, $c: ContactInput!) { ajouterContact(dossierId: $id, input: $c) { "
                + DOSSIER + " } }";
        JsonNode avecContact = ecrire(
                contact,
                "ajouterContact",
                "id",
                id,
                "c",
                Map.of("nom", "Petit", "fonction", "Comptable", "telephone", "01 23 45 67 89"));
        assertThat(avecContact.path("contacts").get(0).path("telephone").asText())
                .isEqualTo("0123456789");
        refus(contact, "email", "MOYEN_DE_CONTACT_REQUIS", "id", id, "c", Map.of("nom", "Muet"));

        String note = "mutation($id: ID!, $t: String!) { ajouterNote(dossierId: $id, texte: $t) { " + DOSSIER + " } }";
        JsonNode avecNote =
                ecrire(note, "ajouterNote", "id", id, "t", "Premier appel : " + "très motivée. ".repeat(30));
        assertThat(avecNote.path("notes").get(0).path("auteur").asText()).isEqualTo(GESTIONNAIRE);
        JsonNode deuxNotes =
                ecrire(note, "ajouterNote", "id", id, "t", "Rappel du devis").path("notes");
        assertThat(deuxNotes).hasSize(2);
        assertThat(deuxNotes.get(0).path("texte").asText()).startsWith("Premier appel");
        assertThat(deuxNotes.get(1).path("texte").asText()).isEqualTo("Rappel du devis");
        assertThat(deuxNotes.get(0).path("id").asText())
                .isNotEqualTo(deuxNotes.get(1).path("id").asText());
        refus(note, "texte", "OBLIGATOIRE", "id", id, "t", "  ");

        String deposer = "mutation($id: ID!, $d: DocumentInput!) { deposerDocument(dossierId: $id, input: $d) { "
                + DOSSIER + " } }";
        String contenu =
                Base64.getEncoder().encodeToString("Devis n° 12".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode document = ecrire(
                        deposer,
                        "deposerDocument",
                        "id",
                        id,
                        "d",
                        Map.of("nom", "devis.txt", "typeMime", "text/plain", "contenu", contenu))
                .path("documents")
                .get(0);
        assertThat(document.path("taille").asInt()).isEqualTo(12);
        assertThat(document.path("contenu").asText()).isEqualTo(contenu);
        assertThat(document.path("deposePar").asText()).isEqualTo(GESTIONNAIRE);
        String tropGros = Base64.getEncoder().encodeToString(new byte[5 * 1024 * 1024 + 1]);
        refus(deposer, "contenu", "DOCUMENT_TROP_GROS", "id", id, "d", Map.of("nom", "video.mp4", "contenu", tropGros));

        String envoyer = "mutation($id: ID!, $m: MessageInput!) { enregistrerMessage(dossierId: $id, input: $m) { "
                + DOSSIER + " } }";
        String statut =
                "mutation($id: ID!, $m: ID!, $s: StatutMessageDossier!) { changerStatutMessage(dossierId: $id, messageId: $m, statut: $s) { "
                        + DOSSIER + " } }";
        JsonNode sms = ecrire(
                        envoyer,
                        "enregistrerMessage",
                        "id",
                        id,
                        "m",
                        Map.of("canal", "SMS", "destinataire", "+33 7 11 22 33 44", "objet", "Convocation"))
                .path("messages")
                .get(0);
        assertThat(sms.path("destinataire").asText()).isEqualTo("0711223344");
        assertThat(sms.path("statut").asText()).isEqualTo("ENVOYE");
        JsonNode delivre = ecrire(
                statut, "changerStatutMessage", "id", id, "m", sms.path("id").asText(), "s", "DELIVRE");
        assertThat(delivre.path("messages").get(0).path("statut").asText()).isEqualTo("DELIVRE");
        refus(
                statut,
                "statut",
                "TRANSITION_INTERDITE",
                "id",
                id,
                "m",
                sms.path("id").asText(),
                "s",
                "BLOQUE");
        refus(
                envoyer,
                "destinataire",
                "EMAIL_INVALIDE",
                "id",
                id,
                "m",
                Map.of("canal", "EMAIL", "destinataire", "pas-un-mail"));
    }

    @Test
    void la_liste_se_filtre_par_etat_nom_siret_collaborateur_et_periode() {
        String marque = "Filtre" + System.nanoTime();
        Instant avant = Instant.now();
        String a = creer(Map.of("titulaire", personne(marque + "A"), "collaborateurs", List.of(marque)))
                .path("id")
                .asText();
        creer(Map.of("titulaire", personne(marque + "B")));
        String siret = siretNeuf();
        creer(Map.of("titulaire", entreprise(marque + " SARL", siret), "collaborateurs", List.of(marque)));
        ecrire(CHANGER, "changerEtatDossier", "id", a, "etat", "EN_COURS");
        Instant apres = Instant.now();

        String requete =
                "query($f: DossierFiltre, $first: Int, $after: String) { dossiers(filtre: $f, first: $first, after: $after) "
                        + "{ totalCount pageInfo { hasNextPage endCursor } edges { node { id etat } } } }";
        java.util.function.Function<Map<String, Object>, JsonNode> lister = f ->
                client.executer(ANALYSTE, requete, "f", f, "first", 2).donnees().path("dossiers");
        assertThat(lister.apply(Map.of("nom", marque.toLowerCase()))
                        .path("totalCount")
                        .asInt())
                .isEqualTo(3);
        assertThat(lister.apply(Map.of("nom", marque, "etat", "EN_COURS"))
                        .path("totalCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(lister.apply(Map.of("collaborateur", marque))
                        .path("totalCount")
                        .asInt())
                .isEqualTo(2);
        assertThat(lister.apply(Map.of("siret", siret.substring(0, 3) + " " + siret.substring(3)))
                        .path("totalCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(lister.apply(Map.of("nom", marque, "creeDepuis", avant.toString(), "creeJusqua", apres.toString()))
                        .path("totalCount")
                        .asInt())
                .isEqualTo(3);
        assertThat(lister.apply(Map.of("nom", marque, "creeJusqua", avant.toString()))
                        .path("totalCount")
                        .asInt())
                .isZero();

        JsonNode page1 = lister.apply(Map.of("nom", marque));
        assertThat(page1.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode page2 = client.executer(
                        ANALYSTE,
                        requete,
                        "f",
                        Map.of("nom", marque),
                        "first",
                        2,
                        "after",
                        page1.path("pageInfo").path("endCursor").asText())
                .donnees()
                .path("dossiers");
        List<String> ids = new ArrayList<>();
        StreamSupport.stream(page1.path("edges").spliterator(), false)
                .forEach(e -> ids.add(e.path("node").path("id").asText()));
        StreamSupport.stream(page2.path("edges").spliterator(), false)
                .forEach(e -> ids.add(e.path("node").path("id").asText()));
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();

        ClientGraphQL.Reponse siretFaux = client.executer(ANALYSTE, requete, "f", Map.of("siret", "123"));
        assertThat(siretFaux.champ()).isEqualTo("siret");
        assertThat(siretFaux.regle()).isEqualTo("SIRET_INVALIDE");
        assertThat(client.executer(
                                ANALYSTE,
                                requete,
                                "f",
                                Map.of("creeDepuis", apres.toString(), "creeJusqua", avant.toString()))
                        .regle())
                .isEqualTo("PERIODE_INVALIDE");
    }
}
