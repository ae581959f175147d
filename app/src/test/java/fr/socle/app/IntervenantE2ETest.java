package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.socle.kernel.valeur.Nir;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntervenantE2ETest extends MoteurEmbarqueTest {

    static final String CHAMPS =
            "id version civilite nom prenom nature matricule numeroDossier situation telephones email nir "
                    + "competences disponibilites { jour debut fin } adresse { ligne1 codePostal ville } gerePar creePar dateCreation "
                    + "favori supprime clients photo { format }";
    static final String CREER =
            "mutation($input: CreerIntervenantInput!) { creerIntervenant(input: $input) { " + CHAMPS + " } }";
    static final String LIRE = "query($id: ID!) { intervenant(id: $id) { " + CHAMPS + " } }";
    static final String LISTE = """
            query($f: IntervenantFiltre, $first: Int, $after: String) {
              intervenants(filtre: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id nom situation favori } } }
            }""";
    static final String HISTORIQUE =
            "query($id: ID!) { historique(aggregatId: $id) { totalCount edges { node { type auteur donnees } } } }";
    static final AtomicInteger COMPTEUR = new AtomicInteger();

    /** Un NIR valide et propre à chaque appel. */
    static String nirUnique() {
        String treize = "1850578" + String.format("%06d", COMPTEUR.incrementAndGet());
        return treize + String.format("%02d", Nir.cle(treize));
    }

    static Map<String, Object> saisie(String nom, Object... champs) {
        Map<String, Object> input = new HashMap<>(Map.of(
                "civilite",
                "M",
                "nom",
                nom,
                "adresse",
                Map.of("ligne1", "3 rue des Lilas", "codePostal", "69003", "ville", "Lyon")));
        for (int i = 0; i < champs.length; i += 2) {
            input.put((String) champs[i], champs[i + 1]);
        }
        return input;
    }

    private JsonNode creer(Map<String, Object> input) {
        return client.executer(GESTIONNAIRE, CREER, "input", input).donnees().path("creerIntervenant");
    }

    private String creer(String nom) {
        return creer(saisie(nom)).path("id").asText();
    }

    private ClientGraphQL.Reponse muter(String mutation, String arguments, Object... variables) {
        return client.executer(
                GESTIONNAIRE,
                "mutation(" + arguments + ") { " + mutation + " { " + CHAMPS
                        + " rendezVous { id objet alerte issue participants { nom reponse } notes { texte auteur } } "
                        + "emails { id destinataire objet statut envoyePar } } }",
                variables);
    }

    private ClientGraphQL.Reponse ajouterClient(String id, String dossierId) {
        return muter("ajouterClientIntervenant(id: $id, dossierId: $d)", "$id: ID!, $d: ID!", "id", id, "d", dossierId);
    }

    /** Une mutation d'un rendez-vous de l'intervenant, qui les désigne par {@code $id} et {@code $r}. */
    private ClientGraphQL.Reponse surRendezVous(String mutation, String id, String rendezVousId) {
        return muter(mutation, "$id: ID!, $r: ID!", "id", id, "r", rendezVousId);
    }

    private ClientGraphQL.Reponse changerPhoto(String id, byte[] contenu) {
        return muter(
                "changerPhotoIntervenant(id: $id, photo: $p)",
                "$id: ID!, $p: String!",
                "id",
                id,
                "p",
                Base64.getEncoder().encodeToString(contenu));
    }

    private JsonNode lire(String id) {
        return client.executer(ANALYSTE, LIRE, "id", id).donnees().path("intervenant");
    }

    private static List<String> textes(JsonNode tableau, String champ) {
        return StreamSupport.stream(tableau.spliterator(), false)
                .map(n -> champ == null ? n.asText() : n.path(champ).asText())
                .toList();
    }

    @Test
    void creer_une_fiche_complete_et_savoir_qui_l_a_creee() {
        String nir = nirUnique();
        JsonNode cree = creer(saisie(
                "Lefèvre",
                "civilite",
                "MME",
                "prenom",
                "Anne",
                "nature",
                "CANDIDAT",
                "telephones",
                List.of("06 12 34 56 78", "04.78.00.00.00"),
                "email",
                "Anne.Lefevre@Exemple.fr",
                "nir",
                nir.substring(0, 5) + " " + nir.substring(5),
                "competences",
                List.of("toilette", "repas"),
                "disponibilites",
                List.of(Map.of("jour", "LUNDI", "debut", "08:00", "fin", "12:00"))));
        assertThat(cree.path("version").asInt()).isZero();
        assertThat(cree.path("civilite").asText()).isEqualTo("MME");
        assertThat(cree.path("nature").asText()).isEqualTo("CANDIDAT");
        assertThat(cree.path("situation").asText()).isEqualTo("ACTIF");
        assertThat(cree.path("matricule").isNull()).isTrue();
        assertThat(textes(cree.path("telephones"), null)).containsExactly("0612345678", "0478000000");
        assertThat(cree.path("email").asText()).isEqualTo("anne.lefevre@exemple.fr");
        assertThat(cree.path("nir").asText()).isEqualTo(nir);
        assertThat(cree.path("disponibilites").get(0).path("debut").asText()).isEqualTo("08:00");
        assertThat(cree.path("adresse").path("ville").asText()).isEqualTo("Lyon");
        assertThat(cree.path("gerePar").asText()).isEqualTo(GESTIONNAIRE);
        assertThat(cree.path("creePar").asText()).isEqualTo(GESTIONNAIRE);
        assertThat(cree.path("dateCreation").asText()).endsWith("Z");

        JsonNode sansNature = creer(saisie("Martin", "gerePar", ADMIN));
        assertThat(sansNature.path("nature").asText()).isEqualTo("SALARIE");
        assertThat(sansNature.path("gerePar").asText()).isEqualTo(ADMIN);
        assertThat(sansNature.path("creePar").asText()).isEqualTo(GESTIONNAIRE);

        String id = cree.path("id").asText();
        JsonNode change = muter(
                        "changerGestionnaireIntervenant(id: $id, gerePar: $g, versionAttendue: $v)",
                        "$id: ID!, $g: String!, $v: Int",
                        "id",
                        id,
                        "g",
                        ADMIN,
                        "v",
                        0)
                .donnees()
                .path("changerGestionnaireIntervenant");
        assertThat(change.path("gerePar").asText()).isEqualTo(ADMIN);
        assertThat(change.path("creePar").asText()).isEqualTo(GESTIONNAIRE);

        JsonNode historique =
                client.executer(AUDITEUR, HISTORIQUE, "id", id).donnees().path("historique");
        assertThat(textes(historique.path("edges"), null)).hasSize(2);
        assertThat(historique.path("edges").get(0).path("node").path("type").asText())
                .isEqualTo("IntervenantCréé");
        assertThat(historique.path("edges").get(0).path("node").path("auteur").asText())
                .isEqualTo(GESTIONNAIRE);
        assertThat(historique.path("edges").get(1).path("node").path("type").asText())
                .isEqualTo("GestionnaireIntervenantChangé");
    }

    /** La saisie de Durand privée d'un champ. */
    private static Map<String, Object> sans(String champ) {
        Map<String, Object> input = saisie("Durand");
        input.remove(champ);
        return input;
    }

    /** Des saisies invalides : chacune, le champ fautif et la règle qu'elle enfreint. */
    static Stream<Arguments> saisiesInvalides() {
        return Stream.of(
                Arguments.of("sans civilité", sans("civilite"), "civilite", "OBLIGATOIRE"),
                Arguments.of("nom blanc", saisie(" "), "nom", "OBLIGATOIRE"),
                Arguments.of("sans adresse", sans("adresse"), "adresse", "OBLIGATOIRE"),
                Arguments.of("NIR à la clé fausse", saisie("Durand", "nir", "185057800608492"), "nir", "NIR_INVALIDE"),
                Arguments.of("NIR trop court", saisie("Durand", "nir", "18505780060849"), "nir", "NIR_INVALIDE"),
                Arguments.of("email", saisie("Durand", "email", "pas-un-email"), "email", "EMAIL_INVALIDE"),
                Arguments.of(
                        "téléphone",
                        saisie("Durand", "telephones", List.of("06 12")),
                        "telephones",
                        "TELEPHONE_INVALIDE"),
                Arguments.of(
                        "disponibilité qui finit avant de commencer",
                        saisie(
                                "Durand",
                                "disponibilites",
                                List.of(Map.of("jour", "MARDI", "debut", "14:00", "fin", "09:00"))),
                        "disponibilites.fin",
                        "HORAIRE_INVALIDE"),
                Arguments.of(
                        "heure de début mal écrite",
                        saisie(
                                "Durand",
                                "disponibilites",
                                List.of(Map.of("jour", "MARDI", "debut", "8h", "fin", "09:00"))),
                        "disponibilites.debut",
                        "HORAIRE_INVALIDE"),
                // Une valeur hors de l'énumération est refusée par GraphQL avant le domaine : pas de champ.
                Arguments.of("nature inconnue", saisie("Durand", "nature", "BENEVOLE"), null, "VALEUR_INCONNUE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("saisiesInvalides")
    void une_saisie_invalide_est_refusee_par_champ_et_regle_sans_rien_ecrire(
            String cas, Map<String, Object> saisie, String champ, String regle) throws InterruptedException {
        long avant = evenements();
        // Au repos : les projections nourries par les tests précédents ne bougent plus pendant la comparaison.
        Map<String, Long> lecture = modelesDeLectureAuRepos();

        assertRefus(client.executer(GESTIONNAIRE, CREER, "input", saisie), "BAD_REQUEST", champ, regle);

        assertRienEcrit(avant, lecture);
    }

    @Test
    void le_matricule_suit_la_nature_et_ne_se_genere_qu_une_fois_par_nature() {
        String id = creer("Matricule");
        JsonNode genere = muter("genererMatricule(id: $id, versionAttendue: $v)", "$id: ID!, $v: Int", "id", id, "v", 0)
                .donnees()
                .path("genererMatricule");
        String matricule = genere.path("matricule").asText();
        assertThat(matricule).matches("SA[0-9]{5}");
        assertThat(genere.path("version").asInt()).isEqualTo(1);

        long avant = evenements();
        Map<String, Long> lecture = modelesDeLecture();
        assertRefus(
                muter("genererMatricule(id: $id)", "$id: ID!", "id", id),
                "CONFLICT",
                "matricule",
                "MATRICULE_DEJA_GENERE");
        assertRefus(
                muter("desactiverIntervenant(id: $id, versionAttendue: $v)", "$id: ID!, $v: Int", "id", id, "v", 0),
                "CONFLICT",
                null,
                null);
        assertRefus(
                muter("genererMatricule(id: $id)", "$id: ID!", "id", "6f1c1c1c-1111-4111-8111-111111111111"),
                "NOT_FOUND",
                null,
                null);
        assertRefus(
                muter("genererMatricule(id: $id)", "$id: ID!", "id", "pas-un-uuid"),
                "BAD_REQUEST",
                "id",
                "ID_INVALIDE");
        assertRienEcrit(avant, lecture);
        assertThat(lire(id).path("matricule").asText()).isEqualTo(matricule);

        muter("changerNatureIntervenant(id: $id, nature: INTERIMAIRE)", "$id: ID!", "id", id)
                .donnees();
        JsonNode interimaire = muter("genererMatricule(id: $id)", "$id: ID!", "id", id)
                .donnees()
                .path("genererMatricule");
        assertThat(interimaire.path("matricule").asText()).matches("IN[0-9]{5}");
        assertThat(interimaire.path("nature").asText()).isEqualTo("INTERIMAIRE");

        muter("changerNatureIntervenant(id: $id, nature: STAGIAIRE)", "$id: ID!", "id", id)
                .donnees();
        assertThat(muter("genererMatricule(id: $id)", "$id: ID!", "id", id)
                        .donnees()
                        .path("genererMatricule")
                        .path("matricule")
                        .asText())
                .isEqualTo("0");

        String numero = muter("genererNumeroDossier(id: $id)", "$id: ID!", "id", id)
                .donnees()
                .path("genererNumeroDossier")
                .path("numeroDossier")
                .asText();
        assertThat(numero).matches("[0-9]{6}");
        assertRefus(
                muter("genererNumeroDossier(id: $id)", "$id: ID!", "id", id),
                "CONFLICT",
                "numeroDossier",
                "NUMERO_DOSSIER_DEJA_GENERE");
    }

    @Test
    void des_matricules_generes_en_meme_temps_sont_tous_distincts_et_jamais_reutilises() throws Exception {
        List<String> ids =
                IntStream.range(0, 20).mapToObj(i -> creer("Concurrent" + i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<JsonNode>> reponses = ids.stream()
                    .map(id -> pool.submit(() -> muter("genererMatricule(id: $id)", "$id: ID!", "id", id)
                            .donnees()
                            .path("genererMatricule")))
                    .toList();
            List<String> matricules = new ArrayList<>();
            for (Future<JsonNode> reponse : reponses) {
                matricules.add(reponse.get().path("matricule").asText());
            }
            assertThat(matricules)
                    .allMatch(m -> m.matches("SA[0-9]{5}"))
                    .doesNotHaveDuplicates()
                    .hasSize(20);
            List<Integer> numeros = matricules.stream()
                    .map(m -> Integer.parseInt(m.substring(2)))
                    .sorted()
                    .toList();
            assertThat(numeros.get(19) - numeros.get(0))
                    .as("sans trou : %s", numeros)
                    .isEqualTo(19);

            String apres = muter("genererMatricule(id: $id)", "$id: ID!", "id", creer("Suivant"))
                    .donnees()
                    .path("genererMatricule")
                    .path("matricule")
                    .asText();
            assertThat(Integer.parseInt(apres.substring(2))).isGreaterThan(numeros.get(19));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void un_intervenant_qui_part_devient_un_ancien_et_peut_revenir() {
        String nom = "Situation" + System.nanoTime();
        String partant = creer(nom + "A");
        String restant = creer(nom + "B");
        JsonNode inactif = muter("desactiverIntervenant(id: $id, versionAttendue: 0)", "$id: ID!", "id", partant)
                .donnees()
                .path("desactiverIntervenant");
        assertThat(inactif.path("situation").asText()).isEqualTo("INACTIF");

        assertThat(ids(Map.of("nom", nom, "situation", "INACTIF"))).containsExactly(partant);
        assertThat(ids(Map.of("nom", nom, "situation", "ACTIF"))).containsExactly(restant);
        assertThat(ids(Map.of("nom", nom))).containsExactly(partant, restant);

        JsonNode revenu = muter("reactiverIntervenant(id: $id)", "$id: ID!", "id", partant)
                .donnees()
                .path("reactiverIntervenant");
        assertThat(revenu.path("situation").asText()).isEqualTo("ACTIF");
        assertThat(revenu.path("version").asInt()).isEqualTo(2);
        assertThat(ids(Map.of("nom", nom, "situation", "ACTIF"))).containsExactly(partant, restant);
    }

    private List<String> ids(Map<String, Object> filtre) {
        return ids(ANALYSTE, filtre);
    }

    private List<String> ids(String utilisateur, Map<String, Object> filtre) {
        return StreamSupport.stream(
                        client.executer(utilisateur, LISTE, "f", filtre)
                                .donnees()
                                .path("intervenants")
                                .path("edges")
                                .spliterator(),
                        false)
                .map(e -> e.path("node").path("id").asText())
                .toList();
    }

    @Test
    void les_doublons_se_reconnaissent_au_telephone_au_nir_a_l_email_et_au_nom() {
        String nir = nirUnique();
        String marque = "dbl" + System.nanoTime();
        String fiche = creer(saisie(
                        "Lefèvre-Dupont",
                        "prenom",
                        "Élise",
                        "telephones",
                        List.of("06 11 22 33 44"),
                        "nir",
                        nir,
                        "email",
                        marque + "@exemple.fr"))
                .path("id")
                .asText();
        String memeTelephone = creer(saisie("Autre", "telephones", List.of("+33 6.11.22.33.44")))
                .path("id")
                .asText();
        String memeNir = creer(saisie("Autre", "nir", nir)).path("id").asText();
        String memeEmail = creer(saisie("Autre", "email", marque.toUpperCase() + "@Exemple.FR"))
                .path("id")
                .asText();
        String memeNom =
                creer(saisie("LEFEVRE DUPONT", "prenom", "elise")).path("id").asText();
        creer(saisie("Lefèvre-Dupont", "prenom", "Marc"));

        JsonNode suspects = client.executer(
                        ANALYSTE,
                        "query($id: ID!) { suspectsDoublon(id: $id) { intervenant { id } motifs } }",
                        "id",
                        fiche)
                .donnees()
                .path("suspectsDoublon");
        Map<String, List<String>> motifs = new HashMap<>();
        suspects.forEach(s -> motifs.put(s.path("intervenant").path("id").asText(), textes(s.path("motifs"), null)));
        assertThat(motifs).containsOnlyKeys(memeTelephone, memeNir, memeEmail, memeNom);
        assertThat(motifs.get(memeTelephone)).containsExactly("TELEPHONE");
        assertThat(motifs.get(memeNir)).containsExactly("NIR");
        assertThat(motifs.get(memeEmail)).containsExactly("EMAIL");
        assertThat(motifs.get(memeNom)).containsExactly("NOM_PRENOM");

        JsonNode doublons = client.executer(
                        ANALYSTE, "query($id: ID!) { doublonsIntervenant(id: $id) { id nom } }", "id", fiche)
                .donnees()
                .path("doublonsIntervenant");
        assertThat(textes(doublons, "id")).containsExactlyInAnyOrder(memeTelephone, memeNir, memeEmail, memeNom);
        assertThat(client.executer(
                                ANALYSTE,
                                "query($id: ID!) { doublonsIntervenant(id: $id) { id } }",
                                "id",
                                "6f1c1c1c-1111-4111-8111-111111111111")
                        .classification())
                .isEqualTo("NOT_FOUND");

        muter("supprimerIntervenant(id: $id)", "$id: ID!", "id", memeNir).donnees();
        assertThat(textes(
                        client.executer(
                                        ANALYSTE,
                                        "query($id: ID!) { doublonsIntervenant(id: $id) { id } }",
                                        "id",
                                        fiche)
                                .donnees()
                                .path("doublonsIntervenant"),
                        "id"))
                .doesNotContain(memeNir)
                .hasSize(3);
    }

    @Test
    void la_suppression_efface_les_donnees_personnelles_et_garde_l_historique() {
        String nom = "Supprime" + System.nanoTime();
        String id = creer(saisie(
                        nom,
                        "prenom",
                        "Jean",
                        "telephones",
                        List.of("0611223344"),
                        "email",
                        "jean@exemple.fr",
                        "nir",
                        nirUnique()))
                .path("id")
                .asText();
        muter("genererMatricule(id: $id)", "$id: ID!", "id", id).donnees();
        muter("enregistrerEmailIntervenant(id: $id, objet: $o)", "$id: ID!, $o: String!", "id", id, "o", "Bienvenue")
                .donnees();

        JsonNode efface = muter("supprimerIntervenant(id: $id, versionAttendue: 2)", "$id: ID!", "id", id)
                .donnees()
                .path("supprimerIntervenant");
        assertThat(efface.path("supprime").asBoolean()).isTrue();
        assertThat(efface.path("nom").asText()).isEqualTo("[effacé]");
        assertThat(efface.path("prenom").isNull()).isTrue();
        assertThat(efface.path("email").isNull()).isTrue();
        assertThat(efface.path("nir").isNull()).isTrue();
        assertThat(efface.path("adresse").isNull()).isTrue();
        assertThat(efface.path("telephones")).isEmpty();
        assertThat(efface.path("emails").get(0).path("destinataire").asText()).isEqualTo("[effacé]");
        assertThat(efface.path("emails").get(0).path("objet").asText()).isEqualTo("Bienvenue");
        assertThat(efface.path("matricule").asText()).startsWith("SA");
        assertThat(ids(Map.of("nom", nom))).isEmpty();

        JsonNode historique =
                client.executer(AUDITEUR, HISTORIQUE, "id", id).donnees().path("historique");
        assertThat(StreamSupport.stream(historique.path("edges").spliterator(), false)
                        .map(e -> e.path("node").path("type").asText())
                        .toList())
                .containsExactly(
                        "IntervenantCréé", "MatriculeGénéré", "EmailIntervenantEnregistré", "IntervenantSupprimé");

        long avant = evenements();
        assertRefus(
                muter("reactiverIntervenant(id: $id)", "$id: ID!", "id", id), "CONFLICT", "id", "INTERVENANT_SUPPRIME");
        assertThat(evenements()).isEqualTo(avant);
    }

    @Test
    void les_favoris_sont_propres_a_chaque_utilisateur() {
        String id = creer("Favori" + System.nanoTime());
        JsonNode marque = muter("marquerIntervenantFavori(id: $id, favori: true)", "$id: ID!", "id", id)
                .donnees()
                .path("marquerIntervenantFavori");
        assertThat(marque.path("favori").asBoolean()).isTrue();
        assertThat(client.executer(ADMIN, LIRE, "id", id)
                        .donnees()
                        .path("intervenant")
                        .path("favori")
                        .asBoolean())
                .isFalse();

        assertThat(ids(GESTIONNAIRE, Map.of("favoris", true))).contains(id);
        assertThat(ids(ADMIN, Map.of("favoris", true))).doesNotContain(id);

        assertThat(muter("marquerIntervenantFavori(id: $id, favori: false)", "$id: ID!", "id", id)
                        .donnees()
                        .path("marquerIntervenantFavori")
                        .path("favori")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void mettre_en_favori_ne_change_pas_la_version_de_la_fiche_partagee() {
        String id = creer("Partage" + System.nanoTime());
        int lue = lire(id).path("version").asInt();
        long avant = evenements();

        JsonNode marque = muter(
                        "marquerIntervenantFavori(id: $id, favori: true, versionAttendue: $v)",
                        "$id: ID!, $v: Int",
                        "id",
                        id,
                        "v",
                        lue)
                .donnees()
                .path("marquerIntervenantFavori");
        assertThat(marque.path("favori").asBoolean()).isTrue();
        assertThat(marque.path("version").asInt())
                .as("une préférence n'est pas un changement de la fiche")
                .isEqualTo(lue);
        assertThat(evenements()).isEqualTo(avant + 1);

        JsonNode change = client.executer(
                        ADMIN,
                        "mutation($id: ID!, $v: Int) { changerNatureIntervenant(id: $id, "
                                + "nature: INTERIMAIRE, versionAttendue: $v) { version nature favori } }",
                        "id",
                        id,
                        "v",
                        lue)
                .donnees()
                .path("changerNatureIntervenant");
        assertThat(change.path("nature").asText()).isEqualTo("INTERIMAIRE");
        assertThat(change.path("favori").asBoolean())
                .as("pas le favori d'admin")
                .isFalse();
        assertThat(client.executer(GESTIONNAIRE, LIRE, "id", id)
                        .donnees()
                        .path("intervenant")
                        .path("favori")
                        .asBoolean())
                .isTrue();
        assertThat(ids(GESTIONNAIRE, Map.of("favoris", true))).contains(id);
        assertThat(ids(ADMIN, Map.of("favoris", true))).doesNotContain(id);

        JsonNode historique =
                client.executer(AUDITEUR, HISTORIQUE, "id", id).donnees().path("historique");
        assertThat(textes(historique.path("edges"), null)).hasSize(2);

        JsonNode retire = muter("marquerIntervenantFavori(id: $id, favori: false)", "$id: ID!", "id", id)
                .donnees()
                .path("marquerIntervenantFavori");
        assertThat(retire.path("favori").asBoolean()).isFalse();
        assertThat(ids(GESTIONNAIRE, Map.of("favoris", true))).doesNotContain(id);
        assertRefus(
                muter(
                        "marquerIntervenantFavori(id: $id, favori: true)",
                        "$id: ID!",
                        "id",
                        "6f1c1c1c-1111-4111-8111-111111111111"),
                "NOT_FOUND",
                "id",
                null);
    }

    @Test
    void un_favori_enregistre_par_l_ancien_evenement_reste_lisible_et_se_retire() throws InterruptedException {
        String id = creer("Ancien" + System.nanoTime());
        int sequence = lire(id).path("version").asInt() + 1;
        jdbc.update(
                "INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, "
                        + "payloadType, payloadRevision, payload, metaData) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                java.util.UUID.randomUUID().toString(),
                id,
                sequence,
                "Intervenant",
                org.axonframework.common.DateTimeUtils.formatInstant(java.time.Instant.now()),
                "fr.socle.kernel.intervenant.IntervenantMisEnFavori",
                "1",
                ("{\"intervenantId\":\"" + id + "\",\"utilisateur\":\"" + GESTIONNAIRE + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ("{\"auteur\":\"" + GESTIONNAIRE + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // Deux projections lisent l'événement : la fiche (sa version) et les favoris, qui suivent à leur rythme.
        long limite = System.currentTimeMillis() + 10_000;
        while ((lire(id).path("version").asInt() < sequence
                        || !ids(GESTIONNAIRE, Map.of("favoris", true)).contains(id))
                && System.currentTimeMillis() < limite) {
            Thread.sleep(100);
        }
        assertThat(lire(id).path("version").asInt()).isGreaterThanOrEqualTo(sequence);
        assertThat(ids(GESTIONNAIRE, Map.of("favoris", true))).contains(id);

        JsonNode retire = muter("marquerIntervenantFavori(id: $id, favori: false)", "$id: ID!", "id", id)
                .donnees()
                .path("marquerIntervenantFavori");
        assertThat(retire.path("favori").asBoolean()).isFalse();
        assertThat(retire.path("version").asInt()).isEqualTo(sequence);
        assertThat(ids(GESTIONNAIRE, Map.of("favoris", true))).doesNotContain(id);
    }

    @Test
    void un_client_est_un_dossier_existant() {
        String id = creer("Clients" + System.nanoTime());
        String autreIntervenant = creer("AutreClient" + System.nanoTime());
        String dossier = dossier();
        String piece = client.executer(
                        GESTIONNAIRE,
                        PieceE2ETest.ENREGISTRER,
                        "input",
                        PieceE2ETest.piece(
                                dossier, "C-" + System.nanoTime(), java.time.LocalDate.of(2026, 12, 31), "10.00"))
                .donnees()
                .path("enregistrerPiece")
                .path("id")
                .asText();
        long avant = evenements();
        for (String pasUnDossier : List.of("6f1c1c1c-1111-4111-8111-111111111111", autreIntervenant, piece)) {
            assertRefus(ajouterClient(id, pasUnDossier), "NOT_FOUND", "dossierId", "INTROUVABLE");
        }
        assertThat(evenements()).isEqualTo(avant);
        assertThat(lire(id).path("clients")).isEmpty();
        assertThat(textes(
                        ajouterClient(id, dossier)
                                .donnees()
                                .path("ajouterClientIntervenant")
                                .path("clients"),
                        null))
                .containsExactly(dossier);
    }

    @Test
    void le_gestionnaire_d_une_fiche_est_un_utilisateur_connu() throws InterruptedException {
        String id = creer("Gere" + System.nanoTime());
        long avant = evenements();
        Map<String, Long> lecture = modelesDeLectureAuRepos();
        assertRefus(
                client.executer(GESTIONNAIRE, CREER, "input", saisie("Inconnu", "gerePar", "personne-inconnue")),
                "BAD_REQUEST",
                "gerePar",
                "UTILISATEUR_INCONNU");
        assertRefus(
                muter(
                        "changerGestionnaireIntervenant(id: $id, gerePar: $g)",
                        "$id: ID!, $g: String!",
                        "id",
                        id,
                        "g",
                        "personne-inconnue"),
                "BAD_REQUEST",
                "gerePar",
                "UTILISATEUR_INCONNU");
        assertRienEcrit(avant, lecture);
        assertThat(creer(saisie("Connu", "gerePar", " " + AUDITEUR + " "))
                        .path("gerePar")
                        .asText())
                .isEqualTo(AUDITEUR);
    }

    private String dossier() {
        return creerDossier(DossierE2ETest.personne("Servi" + System.nanoTime(), "servi@exemple.fr"));
    }

    @Test
    void rendez_vous_emails_clients_et_photo() {
        String id =
                creer(saisie("Agenda", "email", "agenda@exemple.fr")).path("id").asText();
        JsonNode planifie = muter(
                        "planifierRendezVousIntervenant(id: $id, input: $in)",
                        "$id: ID!, $in: RendezVousInput!",
                        "id",
                        id,
                        "in",
                        Map.of(
                                "objet",
                                "Entretien annuel",
                                "debut",
                                "2026-12-01T09:00:00Z",
                                "fin",
                                "2026-12-01T10:00:00Z",
                                "alerte",
                                true,
                                "participants",
                                List.of("gestionnaire", "Paul")))
                .donnees()
                .path("planifierRendezVousIntervenant");
        JsonNode rdv = planifie.path("rendezVous").get(0);
        String rdvId = rdv.path("id").asText();
        assertThat(rdv.path("alerte").asBoolean()).isTrue();
        assertThat(rdv.path("participants").get(0).path("reponse").isNull()).isTrue();

        surRendezVous(
                        "repondreRendezVousIntervenant(id: $id, rendezVousId: $r, participant: \"Paul\", reponse: PEUT_ETRE)",
                        id,
                        rdvId)
                .donnees();
        surRendezVous(
                        "annoterRendezVousIntervenant(id: $id, rendezVousId: $r, note: \"Apporter le contrat\")",
                        id,
                        rdvId)
                .donnees();
        JsonNode tenu = surRendezVous("cloreRendezVousIntervenant(id: $id, rendezVousId: $r, issue: TENU)", id, rdvId)
                .donnees()
                .path("cloreRendezVousIntervenant")
                .path("rendezVous")
                .get(0);
        assertThat(tenu.path("issue").asText()).isEqualTo("TENU");
        assertThat(tenu.path("participants").get(1).path("reponse").asText()).isEqualTo("PEUT_ETRE");
        assertThat(tenu.path("notes").get(0).path("auteur").asText()).isEqualTo(GESTIONNAIRE);

        long avant = evenements();
        assertRefus(
                surRendezVous(
                        "repondreRendezVousIntervenant(id: $id, rendezVousId: $r, participant: \"Paul\", reponse: ACCEPTE)",
                        id,
                        rdvId),
                "CONFLICT",
                "rendezVousId",
                "RENDEZ_VOUS_CLOS");
        assertRefus(
                muter(
                        "planifierRendezVousIntervenant(id: $id, input: $in)",
                        "$id: ID!, $in: RendezVousInput!",
                        "id",
                        id,
                        "in",
                        Map.of("objet", "A l'envers", "debut", "2026-12-01T10:00:00Z", "fin", "2026-12-01T09:00:00Z")),
                "BAD_REQUEST",
                "fin",
                "PERIODE_INVALIDE");
        assertRefus(
                muter(
                        "cloreRendezVousIntervenant(id: $id, rendezVousId: $r, issue: ANNULE)",
                        "$id: ID!, $r: ID!",
                        "id",
                        id,
                        "r",
                        "6f1c1c1c-1111-4111-8111-111111111111"),
                "NOT_FOUND",
                "rendezVousId",
                "INTROUVABLE");
        assertThat(evenements()).isEqualTo(avant);

        JsonNode email = muter(
                        "enregistrerEmailIntervenant(id: $id, objet: \"Planning de décembre\")", "$id: ID!", "id", id)
                .donnees()
                .path("enregistrerEmailIntervenant")
                .path("emails")
                .get(0);
        assertThat(email.path("statut").asText()).isEqualTo("DELIVRE");
        assertThat(email.path("destinataire").asText()).isEqualTo("agenda@exemple.fr");
        assertThat(email.path("envoyePar").asText()).isEqualTo(GESTIONNAIRE);
        JsonNode ouvert = muter(
                        "changerStatutEmailIntervenant(id: $id, emailId: $e, statut: OUVERT)",
                        "$id: ID!, $e: ID!",
                        "id",
                        id,
                        "e",
                        email.path("id").asText())
                .donnees()
                .path("changerStatutEmailIntervenant");
        assertThat(ouvert.path("emails").get(0).path("statut").asText()).isEqualTo("OUVERT");
        assertRefus(
                muter(
                        "changerStatutEmailIntervenant(id: $id, emailId: $e, statut: BLOQUE)",
                        "$id: ID!, $e: ID!",
                        "id",
                        id,
                        "e",
                        email.path("id").asText()),
                "BAD_REQUEST",
                "statut",
                "TRANSITION_INTERDITE");
        assertRefus(
                muter("enregistrerEmailIntervenant(id: $id, objet: \"x\")", "$id: ID!", "id", creer("SansEmail")),
                "CONFLICT",
                "email",
                "EMAIL_ABSENT");

        String dossier = dossier();
        JsonNode client1 = ajouterClient(id, dossier).donnees().path("ajouterClientIntervenant");
        assertThat(textes(client1.path("clients"), null)).containsExactly(dossier);

        byte[] png = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        JsonNode photo = changerPhoto(id, png).donnees().path("changerPhotoIntervenant");
        assertThat(photo.path("photo").path("format").asText()).isEqualTo("PNG");

        avant = evenements();
        Map<String, Long> lecture = modelesDeLecture();
        assertRefus(
                changerPhoto(id, "%PDF-1.7 facture.png".getBytes()), "BAD_REQUEST", "photo", "PHOTO_FORMAT_INTERDIT");
        assertRefus(changerPhoto(id, new byte[600 * 1024]), "BAD_REQUEST", "photo", "PHOTO_TROP_GRANDE");
        assertRienEcrit(avant, lecture);
    }

    @Test
    void les_roles_sont_verifies_par_operation() {
        assertThat(client.executer(null, "{ intervenants { totalCount } }").statut())
                .isEqualTo(401);
        assertThat(client.executer(ANALYSTE, CREER, "input", saisie("Interdit")).classification())
                .isEqualTo("FORBIDDEN");
        String id = creer("Roles");
        assertThat(client.executer(AUDITEUR, "mutation($id: ID!) { genererMatricule(id: $id) { id } }", "id", id)
                        .classification())
                .isEqualTo("FORBIDDEN");
        assertThat(client.executer(ANALYSTE, "query($id: ID!) { doublonsIntervenant(id: $id) { id } }", "id", id)
                        .donnees()
                        .path("doublonsIntervenant"))
                .isEmpty();
    }

    private static void assertRefus(ClientGraphQL.Reponse reponse, String classification, String champ, String regle) {
        assertThat(reponse.classification()).as("%s", reponse.corps()).isEqualTo(classification);
        if (champ != null) {
            assertThat(reponse.champ()).as("%s", reponse.corps()).isEqualTo(champ);
        }
        if (regle != null) {
            assertThat(reponse.regle()).as("%s", reponse.corps()).isEqualTo(regle);
        }
        assertThat(reponse.erreur().toString()).doesNotContain("Exception");
    }

    @Test
    void l_effacement_rgpd_rend_l_identite_illisible_partout_sans_perdre_l_histoire() {
        String nir = nirUnique();
        String id = creer(saisie(
                        "Effaçable",
                        "prenom",
                        "Paul",
                        "email",
                        "paul@exemple.fr",
                        "nir",
                        nir,
                        "telephones",
                        List.of("06 11 22 33 44")))
                .path("id")
                .asText();
        muter("desactiverIntervenant(id: $id)", "$id: ID!", "id", id).donnees();

        assertThat(client.executer(
                                GESTIONNAIRE,
                                "mutation($id: ID!) { effacerDonneesPersonnelles(aggregatId: $id) }",
                                "id",
                                id)
                        .classification())
                .isEqualTo("FORBIDDEN");
        assertThat(client.executer(
                                ADMIN, "mutation($id: ID!) { effacerDonneesPersonnelles(aggregatId: $id) }", "id", id)
                        .donnees()
                        .path("effacerDonneesPersonnelles")
                        .asBoolean())
                .isTrue();

        JsonNode historique =
                client.executer(AUDITEUR, HISTORIQUE, "id", id).donnees().path("historique");
        assertThat(textes(historique.path("edges"), null)).isNotEmpty();
        JsonNode creation = historique.path("edges").get(0).path("node").path("donnees");
        assertThat(creation.path("nom").asText()).isEqualTo("[effacé]");
        assertThat(creation.path("prenom").asText()).isEqualTo("[effacé]");
        assertThat(creation.path("email").asText()).isEqualTo("[effacé]");
        assertThat(creation.path("nir").asText()).isEqualTo("[effacé]");
        assertThat(creation.toString())
                .doesNotContain("Effaçable")
                .doesNotContain("0611223344")
                .doesNotContain(nir);
        assertThat(historique
                        .path("edges")
                        .get(historique.path("edges").size() - 1)
                        .path("node")
                        .path("type")
                        .asText())
                .isEqualTo("DonneesPersonnellesEffacées");

        JsonNode vue = lire(id);
        assertThat(vue.path("nom").asText()).isEqualTo("[effacé]");
        assertThat(vue.path("nir").isNull()).isTrue();
        assertThat(vue.path("email").isNull()).isTrue();
        assertThat(vue.path("situation").asText()).isEqualTo("INACTIF");
    }
}
