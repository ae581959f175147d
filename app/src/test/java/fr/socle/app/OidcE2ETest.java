package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
            "socle.securite.oidc.emetteur=" + OidcE2ETest.EMETTEUR,
            "socle.securite.oidc.audience=" + OidcE2ETest.AUDIENCE
        })
class OidcE2ETest extends MoteurEmbarqueTest {

    static final String EMETTEUR = "https://identite.exemple.fr/realms/socle";
    static final String AUDIENCE = "socle-api";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RSAKey CLE = cle("cle-du-fournisseur");
    private static final RSAKey AUTRE_CLE = cle("cle-d-un-autre");
    private static HttpServer fournisseur;

    private static final String CREER = """
            mutation($input: CreerDossierInput!) { creerDossier(input: $input) { id creePar } }""";
    private static final Map<String, Object> JEANNE = DossierE2ETest.personne(Map.of("civilite", "MME"));

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void fournisseurDIdentite(DynamicPropertyRegistry proprietes) throws IOException {
        fournisseur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] cles = new JWKSet(CLE.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        fournisseur.createContext("/cles", echange -> {
            echange.getResponseHeaders().add("Content-Type", "application/json");
            echange.sendResponseHeaders(200, cles.length);
            echange.getResponseBody().write(cles);
            echange.close();
        });
        fournisseur.start();
        proprietes.add(
                "socle.securite.oidc.jwk-set-uri",
                () -> "http://127.0.0.1:" + fournisseur.getAddress().getPort() + "/cles");
    }

    @AfterAll
    static void arreterLeFournisseur() {
        fournisseur.stop(0);
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

    static Stream<Arguments> jetonsRefuses() throws JOSEException {
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
        Instant maintenant = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(EMETTEUR)
                .audience(AUDIENCE)
                .subject("id-" + utilisateur)
                .claim("preferred_username", utilisateur)
                .claim("realm_access", Map.of("roles", List.of(role, "offline_access")))
                .issueTime(Date.from(maintenant))
                .expirationTime(Date.from(maintenant.plus(Duration.ofMinutes(5))));
    }

    private static JWTClaimsSet.Builder expire(JWTClaimsSet.Builder jeton) {
        Instant emis = Instant.now().minus(Duration.ofHours(1));
        return jeton.issueTime(Date.from(emis)).expirationTime(Date.from(emis.plus(Duration.ofMinutes(5))));
    }

    private static JWTClaimsSet.Builder avec(
            JWTClaimsSet.Builder jeton, UnaryOperator<JWTClaimsSet.Builder> changement) {
        return changement.apply(jeton);
    }

    private static String signe(JWTClaimsSet.Builder jeton) throws JOSEException {
        return signe(jeton.build(), CLE);
    }

    private static String signe(JWTClaimsSet revendications, RSAKey cle) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(cle.getKeyID()).build(), revendications);
        jwt.sign(new RSASSASigner(cle));
        return jwt.serialize();
    }

    private static RSAKey cle(String identifiant) {
        try {
            return new RSAKeyGenerator(2048).keyID(identifiant).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
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
