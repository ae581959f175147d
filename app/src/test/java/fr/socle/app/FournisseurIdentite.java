package fr.socle.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Un fournisseur d'identité de test, sur un port local, comme le ferait Keycloak : son jeu de clés publiques
 * ({@code /cles}) ; son adresse d'autorisation ({@code /autorisation}), qui authentifie aussitôt l'utilisateur
 * désigné par le test et renvoie un code au client ; l'échange de ce code contre les jetons ({@code /jeton}),
 * qui n'aboutit que si le vérificateur PKCE répond au défi reçu avec l'autorisation.
 */
public final class FournisseurIdentite implements AutoCloseable {

    public static final String EMETTEUR = "https://identite.exemple.fr/realms/socle";
    public static final String AUDIENCE = "socle-api";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** La clé qui signe ses jetons ; sa partie publique est servie sur {@code /cles}. */
    public static final RSAKey CLE = cle("cle-du-fournisseur");

    private final HttpServer serveur;
    private final Map<String, Map<String, String>> autorisations = new ConcurrentHashMap<>();

    /** Qui se connecte à la prochaine autorisation, et avec quels rôles du royaume. */
    private volatile String utilisateur = "marie.curie";

    private volatile List<String> roles = List.of("gestionnaire");

    /** Les méthodes de défi PKCE reçues, et le nombre de codes échangés après vérification. */
    public final List<String> methodesDefi = new java.util.concurrent.CopyOnWriteArrayList<>();

    public volatile int echangesVerifies;

    public FournisseurIdentite() throws IOException {
        serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] cles = new JWKSet(CLE.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        serveur.createContext("/cles", echange -> repondre(echange, 200, "application/json", cles));
        serveur.createContext("/autorisation", this::autoriser);
        serveur.createContext("/jeton", this::echangerLeCode);
        serveur.start();
    }

    public String adresse(String chemin) {
        return "http://127.0.0.1:" + serveur.getAddress().getPort() + chemin;
    }

    public void prochaineConnexion(String nom, List<String> rolesDuRoyaume) {
        utilisateur = nom;
        roles = rolesDuRoyaume;
    }

    /** Un jeton d'accès de l'utilisateur pour l'API, valable cinq minutes. */
    public static JWTClaimsSet.Builder jeton(String nom, List<String> rolesDuRoyaume) {
        Instant maintenant = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(EMETTEUR)
                .audience(AUDIENCE)
                .subject("id-" + nom)
                .claim("preferred_username", nom)
                .claim("realm_access", Map.of("roles", rolesDuRoyaume))
                .issueTime(Date.from(maintenant))
                .expirationTime(Date.from(maintenant.plus(Duration.ofMinutes(5))));
    }

    public static String signe(JWTClaimsSet revendications) {
        return signe(revendications, CLE);
    }

    public static String signe(JWTClaimsSet revendications, RSAKey cle) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(cle.getKeyID()).build(), revendications);
        try {
            jwt.sign(new RSASSASigner(cle));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public static RSAKey cle(String identifiant) {
        try {
            return new RSAKeyGenerator(2048).keyID(identifiant).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void autoriser(HttpExchange echange) throws IOException {
        Map<String, String> demande = parametres(echange.getRequestURI().getRawQuery());
        methodesDefi.add(String.valueOf(demande.get("code_challenge_method")));
        String code = UUID.randomUUID().toString();
        demande.put("utilisateur", utilisateur);
        demande.put("roles", String.join(",", roles));
        autorisations.put(code, demande);
        echange.getResponseHeaders()
                .add(
                        "Location",
                        demande.get("redirect_uri") + "?code=" + code + "&state=" + encoder(demande.get("state")));
        repondre(echange, 302, "text/plain", new byte[0]);
    }

    private void echangerLeCode(HttpExchange echange) throws IOException {
        Map<String, String> corps =
                parametres(new String(echange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> demande = autorisations.remove(corps.get("code"));
        if (demande == null
                || corps.get("code_verifier") == null
                || !defi(corps.get("code_verifier")).equals(demande.get("code_challenge"))) {
            repondre(
                    echange, 400, "application/json", "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        echangesVerifies++;
        String nom = demande.get("utilisateur");
        List<String> rolesDuRoyaume = Arrays.asList(demande.get("roles").split(","));
        Instant maintenant = Instant.now();
        String identite = signe(new JWTClaimsSet.Builder()
                .issuer(EMETTEUR)
                .audience(demande.get("client_id"))
                .subject("id-" + nom)
                .claim("nonce", demande.get("nonce"))
                .claim("preferred_username", nom)
                .issueTime(Date.from(maintenant))
                .expirationTime(Date.from(maintenant.plus(Duration.ofMinutes(5))))
                .build());
        byte[] jetons = JSON.writeValueAsBytes(Map.of(
                "access_token",
                signe(jeton(nom, rolesDuRoyaume).build()),
                "token_type",
                "Bearer",
                "expires_in",
                300,
                "scope",
                "openid profile",
                "id_token",
                identite));
        repondre(echange, 200, "application/json", jetons);
    }

    private static String defi(String verificateur) {
        try {
            byte[] empreinte =
                    MessageDigest.getInstance("SHA-256").digest(verificateur.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(empreinte);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parametres(String texte) {
        if (texte == null || texte.isEmpty()) {
            return new ConcurrentHashMap<>();
        }
        return Arrays.stream(texte.split("&"))
                .map(paire -> paire.split("=", 2))
                .collect(Collectors.toMap(
                        p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> b,
                        ConcurrentHashMap::new));
    }

    private static String encoder(String valeur) {
        return java.net.URLEncoder.encode(valeur, StandardCharsets.UTF_8);
    }

    private static void repondre(HttpExchange echange, int statut, String type, byte[] corps) throws IOException {
        echange.getResponseHeaders().add("Content-Type", type);
        echange.sendResponseHeaders(statut, corps.length == 0 ? -1 : corps.length);
        if (corps.length > 0) {
            echange.getResponseBody().write(corps);
        }
        echange.close();
    }

    @Override
    public void close() {
        serveur.stop(0);
    }
}
