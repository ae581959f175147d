package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

public class DossierE2ETest extends MoteurEmbarqueTest {

    public static final String CREER = """
            mutation($input: CreerDossierInput!) {
              creerDossier(input: $input) {
                id version etat dateCreation creePar
                titulaire { __typename ... on Personne { civilite prenom nom email mobile } ... on Entreprise { raisonSociale siret } }
              }
            }""";
    static final String CHANGER = """
            mutation($id: ID!, $etat: EtatDossier!, $v: Int) {
              changerEtatDossier(id: $id, etat: $etat, versionAttendue: $v) { id version etat }
            }""";
    public static final String HISTORIQUE = """
            query($id: ID!, $first: Int, $after: String) {
              historique(aggregatId: $id, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { cursor node { sequence type horodatage auteur aggregatId aggregatType correlation donnees } }
              }
            }""";

    /** Valeur de surcharge qui retire un champ de la saisie, pour éprouver les champs obligatoires. */
    static final Object NUL = new Object();

    public static Map<String, Object> personne(String nom, String email) {
        return personne(Map.of("civilite", "MME", "nom", nom, "email", email, "mobile", "+33 6 12 34 56 78"));
    }

    /**
     * La saisie d'un dossier au titulaire personne : Jeanne Martin, dont les champs donnés remplacent ou
     * complètent ceux par défaut ({@link #NUL} en retire un). Chaque test ne dit ainsi que ce qu'il éprouve.
     */
    public static Map<String, Object> personne(Map<String, Object> surcharge) {
        Map<String, Object> p = new LinkedHashMap<>(
                Map.of("prenom", "Jeanne", "nom", "Martin", "email", "jeanne@exemple.fr", "mobile", "0612345678"));
        p.putAll(surcharge);
        p.values().removeIf(v -> v == NUL);
        return Map.of("titulaire", Map.of("personne", p));
    }

    /**
     * Un titulaire chargé de données personnelles (courriel, mobile, adresse) : ce qu'un effacement RGPD doit
     * rendre illisible partout.
     */
    public static Map<String, Object> personneAEffacer(String prenom, String nom, String email, String ligne1) {
        return personne(Map.of(
                "civilite",
                "MME",
                "prenom",
                prenom,
                "nom",
                nom,
                "email",
                email,
                "mobile",
                "0611223344",
                "adresse",
                Map.of("ligne1", ligne1, "codePostal", "75011", "ville", "Paris")));
    }

    private String creer(String nom) {
        return client.executer(GESTIONNAIRE, CREER, "input", personne(nom, "jeanne@exemple.fr"))
                .donnees()
                .path("creerDossier")
                .path("id")
                .asText();
    }

    @Test
    void creer_lire_faire_avancer_et_auditer_un_dossier() {
        JsonNode cree = client.executer(GESTIONNAIRE, CREER, "input", personne("Martin", "Jeanne.Martin@Exemple.fr"))
                .donnees()
                .path("creerDossier");
        String id = cree.path("id").asText();
        // DossierCréé puis le rattachement de sa fiche bénéficiaire : version 1
        assertThat(cree.path("version").asInt()).isEqualTo(1);
        assertThat(cree.path("etat").asText()).isEqualTo("OUVERT");
        assertThat(cree.path("creePar").asText()).isEqualTo(GESTIONNAIRE);
        assertThat(cree.path("titulaire").path("__typename").asText()).isEqualTo("Personne");
        assertThat(cree.path("titulaire").path("email").asText()).isEqualTo("jeanne.martin@exemple.fr");
        assertThat(cree.path("titulaire").path("mobile").asText()).isEqualTo("0612345678");

        JsonNode lu = client.executer(
                        ANALYSTE,
                        "query($id: ID!) { dossier(id: $id) { id version etat titulaire { ... on Personne { nom } } } }",
                        "id",
                        id)
                .donnees()
                .path("dossier");
        assertThat(lu.path("titulaire").path("nom").asText()).isEqualTo("Martin");

        JsonNode avance = client.executer(GESTIONNAIRE, CHANGER, "id", id, "etat", "EN_COURS", "v", 1)
                .donnees()
                .path("changerEtatDossier");
        assertThat(avance.path("etat").asText()).isEqualTo("EN_COURS");
        assertThat(avance.path("version").asInt()).isEqualTo(2);

        JsonNode historique =
                client.executer(AUDITEUR, HISTORIQUE, "id", id).donnees().path("historique");
        assertThat(historique.path("totalCount").asInt()).isEqualTo(3);
        List<JsonNode> noeuds = StreamSupport.stream(historique.path("edges").spliterator(), false)
                .map(a -> a.path("node"))
                .toList();
        assertThat(noeuds)
                .extracting(n -> n.path("type").asText())
                .containsExactly("DossierCréé", "FicheAnnuaireRattachée", "ÉtatDossierChangé");
        assertThat(noeuds).extracting(n -> n.path("sequence").asInt()).containsExactly(0, 1, 2);
        assertThat(noeuds).allSatisfy(n -> {
            assertThat(n.path("auteur").asText()).isEqualTo(GESTIONNAIRE);
            assertThat(n.path("aggregatType").asText()).isEqualTo("Dossier");
            assertThat(n.path("aggregatId").asText()).isEqualTo(id);
            assertThat(n.path("correlation").asText()).isNotBlank();
            assertThat(n.path("horodatage").asText()).endsWith("Z");
        });
        assertThat(noeuds.get(0).path("correlation").asText())
                .isEqualTo(noeuds.get(1).path("correlation").asText())
                .isNotEqualTo(noeuds.get(2).path("correlation").asText());
        assertThat(noeuds.get(2).path("donnees").path("nouveau").asText()).isEqualTo("EN_COURS");

        JsonNode page = client.executer(AUDITEUR, HISTORIQUE, "id", id, "first", 2)
                .donnees()
                .path("historique");
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode suite = client.executer(
                        AUDITEUR,
                        HISTORIQUE,
                        "id",
                        id,
                        "first",
                        1,
                        "after",
                        page.path("pageInfo").path("endCursor").asText())
                .donnees()
                .path("historique");
        assertThat(suite.path("edges").get(0).path("node").path("type").asText())
                .isEqualTo("ÉtatDossierChangé");
        assertThat(suite.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void une_saisie_invalide_est_refusee_par_champ_et_regle_sans_rien_ecrire() {
        creer("Témoin");
        String autre = creer("Autre");
        long avant = evenements();
        Map<String, Long> lecture = modelesDeLecture();

        ClientGraphQL.Reponse email = client.executer(GESTIONNAIRE, CREER, "input", personne("Martin", "pas-un-email"));
        assertThat(email.classification()).isEqualTo("BAD_REQUEST");
        assertThat(email.champ()).isEqualTo("titulaire.email");
        assertThat(email.regle()).isEqualTo("EMAIL_INVALIDE");

        ClientGraphQL.Reponse sansNom =
                client.executer(GESTIONNAIRE, CREER, "input", personne(Map.of("nom", NUL, "email", "j@exemple.fr")));
        assertThat(sansNom.champ()).isEqualTo("titulaire.nom");
        assertThat(sansNom.regle()).isEqualTo("OBLIGATOIRE");

        ClientGraphQL.Reponse fixe = client.executer(
                GESTIONNAIRE, CREER, "input", personne(Map.of("email", "j@exemple.fr", "mobile", "01 23 45 67 89")));
        assertThat(fixe.champ()).isEqualTo("titulaire.mobile");
        assertThat(fixe.regle()).isEqualTo("MOBILE_INVALIDE");

        ClientGraphQL.Reponse siret = client.executer(
                GESTIONNAIRE,
                CREER,
                "input",
                Map.of("titulaire", Map.of("entreprise", Map.of("raisonSociale", "ACME", "siret", "73282932000075"))));
        assertThat(siret.champ()).isEqualTo("titulaire.siret");
        assertThat(siret.regle()).isEqualTo("SIRET_INVALIDE");

        ClientGraphQL.Reponse enumInconnu = client.executer(GESTIONNAIRE, CHANGER, "id", autre, "etat", "PERDU");
        assertThat(enumInconnu.classification()).isEqualTo("BAD_REQUEST");
        assertThat(enumInconnu.champ()).isEqualTo("etat");

        assertThat(evenements()).isEqualTo(avant);
        assertThat(modelesDeLecture().get("dossiers")).isEqualTo(lecture.get("dossiers"));
        assertThat(email.erreur().toString()).doesNotContain("Exception").doesNotContain("at fr.");
    }

    @Test
    void les_transitions_interdites_les_conflits_et_les_inconnus_sont_classes() {
        String id = creer("Durand");
        client.executer(GESTIONNAIRE, CHANGER, "id", id, "etat", "CLOTURE").donnees();
        long avant = evenements();

        ClientGraphQL.Reponse sortie = client.executer(GESTIONNAIRE, CHANGER, "id", id, "etat", "EN_COURS");
        assertThat(sortie.classification()).isEqualTo("BAD_REQUEST");
        assertThat(sortie.regle()).isEqualTo("TRANSITION_INTERDITE");

        ClientGraphQL.Reponse perimee = client.executer(GESTIONNAIRE, CHANGER, "id", id, "etat", "CLOTURE", "v", 1);
        assertThat(perimee.classification()).isEqualTo("CONFLICT");

        ClientGraphQL.Reponse inconnu = client.executer(
                GESTIONNAIRE, CHANGER, "id", "6f1c1c1c-1111-4111-8111-111111111111", "etat", "EN_COURS");
        assertThat(inconnu.classification()).isEqualTo("NOT_FOUND");

        ClientGraphQL.Reponse malForme =
                client.executer(GESTIONNAIRE, CHANGER, "id", "pas-un-uuid", "etat", "EN_COURS");
        assertThat(malForme.champ()).isEqualTo("id");
        assertThat(malForme.regle()).isEqualTo("ID_INVALIDE");

        assertThat(evenements()).isEqualTo(avant);
        assertThat(client.executer(ANALYSTE, "query($id: ID!) { dossier(id: $id) { version etat } }", "id", id)
                        .donnees()
                        .path("dossier")
                        .path("version")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void les_roles_sont_verifies_par_operation() {
        assertThat(client.executer(null, "{ dossiers { totalCount } }").statut())
                .isEqualTo(401);
        ClientGraphQL.Reponse analyste = client.executer(ANALYSTE, CREER, "input", personne("Petit", "p@exemple.fr"));
        assertThat(analyste.classification()).isEqualTo("FORBIDDEN");
        ClientGraphQL.Reponse historique = client.executer(GESTIONNAIRE, HISTORIQUE, "id", creer("Grand"));
        assertThat(historique.classification()).isEqualTo("FORBIDDEN");
        assertThat(client.executer(ADMIN, HISTORIQUE, "id", creer("Moyen"))
                        .donnees()
                        .path("historique")
                        .path("edges")
                        .get(0)
                        .path("node")
                        .path("auteur")
                        .asText())
                .isEqualTo(GESTIONNAIRE);
    }

    @Test
    void la_liste_des_dossiers_se_pagine_et_se_filtre() {
        String prefixe = "Pagine" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            creer(prefixe + i);
        }
        String requete =
                "query($f: DossierFiltre, $first: Int, $after: String) { dossiers(filtre: $f, first: $first, after: $after) "
                        + "{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } "
                        + "edges { cursor node { titulaire { ... on Personne { nom } } } } } }";
        JsonNode page1 = client.executer(ANALYSTE, requete, "f", Map.of("nom", prefixe.toLowerCase()), "first", 2)
                .donnees()
                .path("dossiers");
        assertThat(page1.path("totalCount").asInt()).isEqualTo(3);
        assertThat(page1.path("edges")).hasSize(2);
        assertThat(page1.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(page1.path("pageInfo").path("hasPreviousPage").asBoolean()).isFalse();
        assertThat(page1.path("pageInfo").path("startCursor").asText())
                .isEqualTo(page1.path("edges").get(0).path("cursor").asText());
        assertThat(page1.path("pageInfo").path("endCursor").asText())
                .isEqualTo(page1.path("edges").get(1).path("cursor").asText());
        JsonNode page2 = client.executer(
                        ANALYSTE,
                        requete,
                        "f",
                        Map.of("nom", prefixe),
                        "first",
                        2,
                        "after",
                        page1.path("pageInfo").path("endCursor").asText())
                .donnees()
                .path("dossiers");
        assertThat(page2.path("edges")).hasSize(1);
        assertThat(page2.path("edges")
                        .get(0)
                        .path("node")
                        .path("titulaire")
                        .path("nom")
                        .asText())
                .isEqualTo(prefixe + "2");
        assertThat(page2.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        assertThat(page2.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
        assertThat(page2.path("pageInfo").path("startCursor").asText())
                .isEqualTo(page2.path("edges").get(0).path("cursor").asText());

        assertThat(client.executer(ANALYSTE, requete, "first", 501).regle()).isEqualTo("PAGE_INVALIDE");
        assertThat(client.executer(ANALYSTE, requete, "after", "n'importe quoi").regle())
                .isEqualTo("CURSEUR_INVALIDE");
    }
}
