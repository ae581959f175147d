package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base des tests de bout en bout : le moteur embarqué réel (SQLite, MongoDB embarqué joint par le vrai
 * pilote, GraphQL sur HTTP), sur un répertoire de données temporaire et un port libre propres à
 * chaque classe de test.
 */
@SpringBootTest(classes = SocleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class MoteurEmbarqueTest {

    public static final String GESTIONNAIRE = "gestionnaire";
    public static final String AUDITEUR = "auditeur";
    public static final String ANALYSTE = "analyste";
    public static final String ADMIN = "admin";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected MongoTemplate mongo;

    protected ClientGraphQL client;

    @DynamicPropertySource
    static void repertoireDeDonnees(DynamicPropertyRegistry proprietes) throws IOException {
        Path repertoire = Files.createTempDirectory("socle-test-");
        proprietes.add("socle.donnees", repertoire::toString);
    }

    @BeforeEach
    void connecter() {
        client = new ClientGraphQL(port);
    }

    /** Une requête HTTP hors GraphQL (actuator, exports, pages) vers un chemin du moteur de ce test. */
    protected HttpRequest.Builder requeteHttp(String chemin, String utilisateur) {
        return ClientGraphQL.requete(URI.create("http://127.0.0.1:" + port + chemin), utilisateur);
    }

    /** Crée un dossier en gestionnaire et rend son identifiant. */
    protected String creerDossier(Map<String, Object> saisie) {
        return client.executer(GESTIONNAIRE, DossierE2ETest.CREER, "input", saisie)
                .donnees()
                .path("creerDossier")
                .path("id")
                .asText();
    }

    /** Rien n'a été écrit depuis le relevé donné : ni événement dans le magasin, ni document de lecture. */
    protected void assertRienEcrit(long evenementsAvant, Map<String, Long> lectureAvant) {
        assertThat(evenements()).as("événements").isEqualTo(evenementsAvant);
        assertThat(modelesDeLecture()).as("modèles de lecture").isEqualTo(lectureAvant);
    }

    /** Le nombre d'événements du magasin. */
    protected long evenements() {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
    }

    /**
     * Les comptes des modèles de lecture une fois les projections au repos : une mutation ne rend la main
     * qu'une fois son propre modèle à jour, pas ceux des autres projections qu'elle nourrit (l'annuaire).
     */
    protected Map<String, Long> modelesDeLectureAuRepos() throws InterruptedException {
        Map<String, Long> precedent = modelesDeLecture();
        for (int essai = 0; essai < 50; essai++) {
            Thread.sleep(200);
            Map<String, Long> courant = modelesDeLecture();
            if (courant.equals(precedent)) {
                return courant;
            }
            precedent = courant;
        }
        return precedent;
    }

    /** Le nombre de documents de chaque modèle de lecture (hors jetons de suivi). */
    protected Map<String, Long> modelesDeLecture() {
        return mongo.getCollectionNames().stream()
                .filter(nom -> !nom.startsWith("tracking") && !nom.startsWith("system"))
                .collect(Collectors.toMap(
                        nom -> nom, nom -> mongo.getCollection(nom).countDocuments()));
    }
}
