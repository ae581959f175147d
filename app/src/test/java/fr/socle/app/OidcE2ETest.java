package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * La connexion par le fournisseur d'identité de l'organisation : un jeu de clés engendré ici, servi sur un
 * port local comme le ferait Keycloak, signe les jetons ; le moteur ne connaît que son adresse, l'émetteur
 * et l'audience. HTTP Basic est alors coupé.
 */
@TestPropertySource(
        properties = {
            "socle.securite.oidc.active=true",
            "socle.securite.oidc.emetteur=" + FournisseurIdentite.EMETTEUR,
            "socle.securite.oidc.audience=" + FournisseurIdentite.AUDIENCE
        })
class OidcE2ETest extends MoteurEmbarqueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RSAKey AUTRE_CLE = FournisseurIdentite.cle("cle-d-un-autre");
    private static FournisseurIdentite fournisseur;

    private static final String CREER = """
            mutation($input: CreerDossierInput!) { creerDossier(input: $input) { id creePar } }""";
    private static final Map<String, Object> JEANNE = DossierE2ETest.personne(Map.of("civilite", "MME"));

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void fournisseurDIdentite(DynamicPropertyRegistry proprietes) throws IOException {
        fournisseur = new FournisseurIdentite();
        proprietes.add("socle.securite.oidc.jwk-set-uri", () -> fournisseur.adresse("/cles"));
    }

    @AfterAll
    static void arreterLeFournisseur() {
        fournisseur.close();
    }

    @Test
    void un_jeton_valide_ouvre_les_operations_de_son_role_et_nomme_l_auteur() throws Exception {
        long avant = evenements();
        HttpResponse<String> creation = graphql(signe(jeton("marie.curie", "gestionnaire")), CREER, JEANNE);

        assertThat(creation.statusCode()).isEqualTo(200);
        JsonNode dossier = JSON.readTree(creation.body()).path("data").path("creerDossier");
        assertThat(dossier.path("creePar").asText()).isEqualTo("marie.curie");
        assertThat(evenements()).isGreaterThan(avant);
        String auteur = jdbc.queryForObject(
                "SELECT CAST(metaData AS TEXT) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                String.class,
                dossier.path("id").asText());
        assertThat(auteur).contains("\"auteur\":\"marie.curie\"");

        // Un rôle du jeton qui ne permet pas d'écrire : l'opération est refusée, rien n'est écrit.
        long apres = evenements();
        JsonNode refus = JSON.readTree(graphql(signe(jeton("alan.turing", "analyste")), CREER, JEANNE)
                        .body())
                .path("errors")
                .path(0)
                .path("extensions");
        assertThat(refus.path("classification").asText()).isEqualTo("FORBIDDEN");
        assertThat(evenements()).isEqualTo(apres);
    }

    @Test
    void http_basic_est_coupe_quand_les_jetons_sont_actifs() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("gestionnaire:gestionnaire".getBytes());
        assertThat(graphqlAvec(basic, CREER, JEANNE).statusCode()).isEqualTo(401);
    }

    static Stream<Arguments> jetonsRefuses() {
        return Stream.of(
                Arguments.of("expiré", signe(expire(jeton("marie.curie", "gestionnaire"))), 401),
                Arguments.of(
                        "autre émetteur",
                        signe(avec(jeton("marie.curie", "gestionnaire"), c -> c.issuer("https://ailleurs.exemple"))),
                        401),
                Arguments.of(
                        "autre audience",
                        signe(avec(jeton("marie.curie", "gestionnaire"), c -> c.audience("une-autre-api"))),
                        401),
                Arguments.of(
                        "signé d'une autre clé",
                        signe(jeton("marie.curie", "gestionnaire").build(), AUTRE_CLE),
                        401),
                Arguments.of(
                        "sans signature (alg: none)",
                        new PlainJWT(jeton("marie.curie", "gestionnaire").build()).serialize(),
                        401),
                Arguments.of(
                        "sans rôle du projet",
                        signe(avec(
                                jeton("marie.curie", "gestionnaire"),
                                c -> c.claim("realm_access", Map.of("roles", List.of("offline_access"))))),
                        403));
    }

    @ParameterizedTest(name = "{0} : HTTP {2}")
    @MethodSource("jetonsRefuses")
    void un_jeton_invalide_est_refuse_par_http_sans_rien_ecrire(String cas, String jeton, int statut) throws Exception {
        long avant = evenements();

        assertThat(graphql(jeton, CREER, JEANNE).statusCode()).as(cas).isEqualTo(statut);
        assertThat(evenements()).as(cas).isEqualTo(avant);
    }

    private static JWTClaimsSet.Builder jeton(String utilisateur, String role) {
        return FournisseurIdentite.jeton(utilisateur, List.of(role, "offline_access"));
    }

    private static JWTClaimsSet.Builder expire(JWTClaimsSet.Builder jeton) {
        Instant emis = Instant.now().minus(Duration.ofHours(1));
        return jeton.issueTime(Date.from(emis)).expirationTime(Date.from(emis.plus(Duration.ofMinutes(5))));
    }

    private static JWTClaimsSet.Builder avec(
            JWTClaimsSet.Builder jeton, UnaryOperator<JWTClaimsSet.Builder> changement) {
        return changement.apply(jeton);
    }

    private static String signe(JWTClaimsSet.Builder jeton) {
        return FournisseurIdentite.signe(jeton.build());
    }

    private static String signe(JWTClaimsSet revendications, RSAKey cle) {
        return FournisseurIdentite.signe(revendications, cle);
    }

    private HttpResponse<String> graphql(String jeton, String requete, Map<String, Object> input)
            throws IOException, InterruptedException {
        return graphqlAvec("Bearer " + jeton, requete, input);
    }

    private HttpResponse<String> graphqlAvec(String autorisation, String requete, Map<String, Object> input)
            throws IOException, InterruptedException {
        String corps = JSON.writeValueAsString(Map.of("query", requete, "variables", Map.of("input", input)));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", autorisation)
                        .POST(HttpRequest.BodyPublishers.ofString(corps))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
