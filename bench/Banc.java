import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Le banc d'essai du moteur. Chaque chiffre est un rapport à une référence brute mesurée dans la même
 * exécution, sur la même machine : les temps absolus sont trop bruités ici (deux cœurs partagés).
 *
 * <p>Le moteur est le jar livré, démarré sur un répertoire de données neuf et piloté en GraphQL sur HTTP
 * comme un client réel. Les opérations absentes du schéma (détectées par introspection) donnent « n/a »
 * avec leur raison : le banc s'allume de lui-même quand elles arrivent.
 */
public class Banc {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final Path RACINE = Path.of("").toAbsolutePath();
    static final Path JAR = RACINE.resolve("app/target/socle.jar");
    static final Path RESULTATS = RACINE.resolve("bench/results/latest.json");
    static final long DEBUT = System.nanoTime();
    static final String CHARGE_INITIALE = chargeMachine();
    static final String CADENCE_NON_TENUE = "cadence non tenue";

    static final String CREER = "mutation($input: CreerDossierInput!) { creerDossier(input: $input) { id version dateCreation } }";
    static final String CHANGER = "mutation($id: ID!, $etat: EtatDossier!) { changerEtatDossier(id: $id, etat: $etat) { id version } }";
    static final String LIRE = "query($id: ID!) { dossier(id: $id) { id version etat titulaire { ... on Personne { nom } } } }";
    static final List<String> CYCLE = List.of("EN_COURS", "FACTURE", "CLOTURE");
    /** Mutations d'un dossier existant qui ajoutent un événement à chaque appel, par ordre de préférence. */
    static final List<String> MUTATIONS_REPETABLES = List.of("ajouterNote", "enregistrerMessage");

    /** Les paramètres d'un mode : durées et volumes. */
    record Mode(String nom, int secondesEchauffement, int secondesEcriture, int secondesReference, int secondesLag, int secondesRequetes,
                int evenementsHistorique, int secondesMaxHistorique, int evenementsMillion) {
        static Mode rapide() {
            return new Mode("quick", 30, 15, 5, 10, 10, 10_000, 45, 0);
        }

        static Mode complet() {
            return new Mode("full", 90, 60, 10, 30, 30, 10_000, 300, 1_000_000);
        }
    }

    /** Un chiffre du tableau : sa valeur (ou la raison de son absence), son objectif. */
    record Chiffre(String cle, Double valeur, String raison, double objectif, boolean auPlus) {
        String verdict() {
            if (valeur == null) {
                // une cadence que le moteur ne tient pas est un objectif manqué, pas une mesure absente
                return raison != null && raison.startsWith(CADENCE_NON_TENUE) ? "MISSED" : "n/a";
            }
            return (auPlus ? valeur <= objectif : valeur >= objectif) ? "OK" : "MISSED";
        }
    }

    final Mode mode;
    final boolean jfr;
    /** Mode complet sans le million d'événements : les mêmes mesures longues, en dix minutes. */
    boolean sansMillion;
    final Map<String, Chiffre> chiffres = new LinkedHashMap<>();
    final ObjectNode references = JsonNodeFactory.instance.objectNode();
    final ObjectNode mesures = JsonNodeFactory.instance.objectNode();
    final ObjectNode evenements = JsonNodeFactory.instance.objectNode();
    final List<String> idsDossiers = new ArrayList<>();
    Moteur moteur;
    Schema schema;

    Banc(Mode mode, boolean jfr) {
        this.mode = mode;
        this.jfr = jfr;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        Banc banc = new Banc(options.contains("--quick") ? Mode.rapide() : Mode.complet(), options.contains("--jfr"));
        banc.sansMillion = options.contains("--sans-million");
        banc.executer();
    }

    void executer() throws Exception {
        Path donnees = RACINE.resolve("bench/target/execution-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(donnees);
        etape("mode " + mode.nom() + ", données dans " + RACINE.relativize(donnees) + ", " + coeurs() + " cœurs, charge " + CHARGE_INITIALE);
        moteur = Moteur.demarrer(donnees, jfr);
        try {
            schema = Schema.lire(moteur.client);
            etape("schéma : " + schema.mutations.size() + " mutations, " + schema.requetes.size() + " requêtes");
            echauffer();
            double ajoutsBruts = mesurerAjoutsBruts();
            mesurerEcritures(ajoutsBruts);
            mesurerLag();
            mesurerRequetes();
            mesurerHistorique();
            mesurerRejeu();
            if (mode.evenementsMillion() > 0 && !sansMillion) {
                mesurerTasMillion(donnees);
            } else {
                chiffres.put("heap_mib_1m", new Chiffre("heap_mib_1m", null, "mode complet seulement", 512, true));
            }
        } finally {
            moteur.arreter();
        }
        ecrireResultats();
        imprimerTableau();
    }

    // ---------------------------------------------------------------- phases

    /**
     * Le moteur vient de démarrer : ses compilateurs JIT occupent encore un cœur sur deux. Deux tiers du
     * temps d'échauffement en écritures (les cycles complets que mesure la suite), un tiers en lectures
     * {@code dossier(id)}, sans rien mesurer ; les dossiers créés servent ensuite aux lectures mesurées.
     */
    void echauffer() throws Exception {
        int ecriture = mode.secondesEchauffement() * 2 / 3;
        int lecture = mode.secondesEchauffement() - ecriture;
        etape("échauffement : " + ecriture + " s d'écritures puis " + lecture + " s de lectures, non mesurées (JIT du moteur)");
        List<String> crees = new ArrayList<>();
        ecrireEnBoucle(8, Duration.ofSeconds(ecriture), Integer.MAX_VALUE, CYCLE, crees);
        idsDossiers.addAll(crees);
        List<String> ids = List.copyOf(crees);
        long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(lecture);
        ExecutorService fils = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            fils.submit(() -> {
                while (System.nanoTime() < fin) {
                    moteur.client.executer("analyste", LIRE, "id", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                }
                return null;
            });
        }
        fils.shutdown();
        fils.awaitTermination(lecture + 30, TimeUnit.SECONDS);
        ObjectNode m = mesures.putObject("warmup");
        m.put("write_seconds", ecriture);
        m.put("read_seconds", lecture);
        m.put("dossiers_created", crees.size());
    }

    /**
     * La limite physique des écritures durables ici : une ligne de la taille d'un événement réel, insérée
     * et validée seule par JDBC, dans une table de même schéma et mêmes index que celle des événements,
     * dans le même fichier SQLite ouvert avec la même URL (WAL, synchronous=FULL, IMMEDIATE).
     */
    double mesurerAjoutsBruts() throws SQLException {
        etape("référence : ajouts durables bruts par JDBC pendant " + mode.secondesReference() + " s");
        try (Connection c = moteur.sqlite()) {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DROP TABLE IF EXISTS banc_ajouts");
                for (String ddl : schemaEvenements(c)) {
                    st.executeUpdate(ddl.replaceAll("(?i)\\bDomainEventEntry\\b", "banc_ajouts")
                            .replaceAll("(?i)^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(IF NOT EXISTS\\s+)?(\\w+)", "CREATE $1INDEX $2banc_$3"));
                }
            }
            Map<String, Object> modele = new LinkedHashMap<>();
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(
                    "SELECT type, metaData, payload, payloadRevision, payloadType FROM DomainEventEntry ORDER BY globalIndex LIMIT 1")) {
                r.next();
                for (String col : List.of("type", "metaData", "payload", "payloadRevision", "payloadType")) {
                    modele.put(col, r.getObject(col));
                }
            }
            c.setAutoCommit(false);
            long n = 0;
            long debut = System.nanoTime();
            long fin = debut + TimeUnit.SECONDS.toNanos(mode.secondesReference());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO banc_ajouts (aggregateIdentifier, sequenceNumber, "
                    + "type, eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?,?,?,?,?,?,?,?,?)")) {
                while (System.nanoTime() < fin) {
                    p.setString(1, UUID.randomUUID().toString());
                    p.setLong(2, 0);
                    p.setObject(3, modele.get("type"));
                    p.setString(4, UUID.randomUUID().toString());
                    p.setObject(5, modele.get("metaData"));
                    p.setObject(6, modele.get("payload"));
                    p.setObject(7, modele.get("payloadRevision"));
                    p.setObject(8, modele.get("payloadType"));
                    p.setString(9, Instant.now().toString());
                    p.executeUpdate();
                    c.commit();
                    n++;
                }
            }
            double parSeconde = n / secondesDepuis(debut);
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DROP TABLE banc_ajouts");
            }
            int taille = ((byte[]) modele.get("payload")).length + (modele.get("metaData") instanceof byte[] m ? m.length : 0);
            references.put("raw_durable_appends_per_s", arrondi(parSeconde));
            references.put("raw_durable_append_row_bytes", taille);
            etape(String.format(Locale.ROOT, "  %d ajouts validés, %.0f/s (ligne de %d octets)", n, parSeconde, taille));
            return parSeconde;
        }
    }

    /**
     * Commandes de bout en bout : des clients concurrents créent des dossiers et les mènent à CLOTURE
     * (une création et trois changements d'état), chaque mutation attendant sa projection.
     */
    void mesurerEcritures(double ajoutsBruts) throws Exception {
        int clients = 8;
        etape("écritures : " + clients + " clients, création + 3 changements d'état, pendant " + mode.secondesEcriture() + " s");
        List<String> crees = new ArrayList<>();
        long debut = System.nanoTime();
        long[] resultat = ecrireEnBoucle(clients, Duration.ofSeconds(mode.secondesEcriture()), Integer.MAX_VALUE, CYCLE, crees);
        double secondes = secondesDepuis(debut);
        double parSeconde = resultat[0] / secondes;
        idsDossiers.addAll(crees);
        ObjectNode m = mesures.putObject("write");
        m.put("clients", clients);
        m.put("commands", resultat[0]);
        m.put("errors", resultat[1]);
        m.put("seconds", arrondi(secondes));
        m.put("commands_per_s", arrondi(parSeconde));
        m.put("dossiers_created", crees.size());
        chiffres.put("write_ratio", new Chiffre("write_ratio", arrondi(parSeconde / ajoutsBruts), null, 0.60, false));
        etape(String.format(Locale.ROOT, "  %d commandes en %.1f s : %.0f/s, %d erreurs", resultat[0], secondes, parSeconde, resultat[1]));
    }

    /**
     * Fait écrire {@code clients} fils jusqu'à la durée ou au nombre de dossiers donnés ; rend
     * {commandes réussies, erreurs}.
     */
    long[] ecrireEnBoucle(int clients, Duration duree, int dossiersMax, List<String> etats, List<String> crees) throws Exception {
        AtomicLong commandes = new AtomicLong();
        AtomicLong erreurs = new AtomicLong();
        AtomicLong dossiers = new AtomicLong();
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> exemplesErreurs = new ConcurrentLinkedQueue<>();
        long fin = System.nanoTime() + duree.toNanos();
        ExecutorService fils = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            fils.submit(() -> {
                while (System.nanoTime() < fin && dossiers.getAndIncrement() < dossiersMax) {
                    JsonNode r = moteur.client.executer("gestionnaire", CREER, "input", titulaire());
                    String id = r.path("data").path("creerDossier").path("id").asText(null);
                    if (id == null) {
                        erreurs.incrementAndGet();
                        exemplesErreurs.add(r.toString());
                        continue;
                    }
                    commandes.incrementAndGet();
                    ids.add(id);
                    for (String etat : etats) {
                        JsonNode c = moteur.client.executer("gestionnaire", CHANGER, "id", id, "etat", etat);
                        if (c.path("data").path("changerEtatDossier").isObject()) {
                            commandes.incrementAndGet();
                        } else {
                            erreurs.incrementAndGet();
                            exemplesErreurs.add(c.toString());
                            break;
                        }
                    }
                }
                return null;
            });
        }
        fils.shutdown();
        long dernier = commandes.get();
        while (!fils.awaitTermination(5, TimeUnit.SECONDS)) {
            long n = commandes.get();
            etape(String.format(Locale.ROOT, "  … %d commandes, %.0f/s, %d erreurs", n, (n - dernier) / 5.0, erreurs.get()));
            dernier = n;
        }
        exemplesErreurs.stream().limit(2).forEach(e -> etape("  erreur : " + abrege(e)));
        crees.addAll(ids);
        return new long[]{commandes.get(), erreurs.get()};
    }

    /**
     * Retard de projection : des créations envoyées à cadence fixe (boucle ouverte) ; pour chacune, de
     * l'horodatage de son événement ({@code dateCreation}, posé par l'agrégat) à l'instant où le client
     * reçoit le modèle de lecture qui le contient (la mutation ne répond qu'une fois l'événement projeté).
     * C'est un majorant : il compte aussi la validation durable et le trajet HTTP du retour.
     */
    void mesurerLag() throws Exception {
        // Une création écrit plusieurs agrégats : la cadence se règle sur ce que tiennent des créations seules.
        etape("retard de projection : capacité de création, 8 clients en boucle fermée pendant 5 s");
        List<String> sondes = new ArrayList<>();
        long debutSonde = System.nanoTime();
        long creations = ecrireEnBoucle(8, Duration.ofSeconds(5), Integer.MAX_VALUE, List.of(), sondes)[0];
        double capacite = creations / secondesDepuis(debutSonde);
        idsDossiers.addAll(sondes);
        // À 80 % de la boucle fermée, une file se forme par à-coups (p50 de plusieurs centaines de ms) : la
        // cadence tenue est la moitié de cette capacité.
        int cadence = (int) Math.max(10, Math.min(1000, Math.floor(capacite * 0.5)));
        etape(String.format(Locale.ROOT, "  %.0f créations/s ; créations à %d/s pendant %d s", capacite, cadence, mode.secondesLag())
                + (cadence < 1000 ? " (la moitié de cette capacité, 1 000/s n'est pas tenable ici)" : ""));
        ConcurrentLinkedQueue<Long> retards = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        Cadence.Resultat r = Cadence.executer(cadence, Duration.ofSeconds(mode.secondesLag()),
                () -> moteur.client.executerAsync("gestionnaire", CREER, "input", titulaire()),
                (reponse, recu) -> {
                    JsonNode d = reponse.path("data").path("creerDossier");
                    if (!d.isObject()) {
                        return false;
                    }
                    ids.add(d.path("id").asText());
                    Instant cree = Instant.parse(d.path("dateCreation").asText());
                    retards.add(Duration.between(cree, recu).toNanos());
                    return true;
                });
        idsDossiers.addAll(ids);
        long[] lags = new long[(int) r.envoyees()];
        int k = 0;
        for (long l : retards) {
            lags[k++] = l;
        }
        Arrays.fill(lags, k, lags.length, Cadence.SANS_REPONSE);
        Arrays.sort(lags);
        ObjectNode m = mesures.putObject("projection_lag");
        m.put("method", "open-loop creerDossier at a fixed rate; lag = response received - event timestamp (dateCreation), an upper bound");
        m.put("closed_loop_creations_per_s", arrondi(capacite));
        m.put("target_rate_per_s", cadence);
        m.put("achieved_rate_per_s", arrondi(r.reussies() / r.secondes()));
        m.put("sent", r.envoyees());
        m.put("ok", r.reussies());
        m.put("errors", r.erreurs());
        mettreMs(m, "lag_p50_ms", centile(lags, 0.50));
        mettreMs(m, "lag_p99_ms", centile(lags, 0.99));
        mettreMs(m, "lag_max_ms", centile(lags, 1.0));
        mettreMs(m, "response_p99_ms", centile(r.latences(), 0.99));
        chiffres.put("projection_lag_p99_ms", centileOuRaison("projection_lag_p99_ms", lags, 50));
        etape(String.format(Locale.ROOT, "  %d/%d créations à %.0f/s, retard p50 %.1f ms, p99 %.1f ms", r.reussies(), r.envoyees(),
                r.reussies() / r.secondes(), ms(centile(lags, 0.50)), ms(centile(lags, 0.99))));
    }

    /** {@code dossier(id)} à 500 requêtes/s en boucle ouverte ; latence comptée depuis l'instant d'envoi prévu. */
    void mesurerRequetes() throws Exception {
        int cadence = 500;
        etape("requêtes : dossier(id) à " + cadence + "/s pendant " + mode.secondesRequetes() + " s sur "
                + idsDossiers.size() + " dossiers");
        List<String> ids = List.copyOf(idsDossiers);
        Cadence.Resultat r = Cadence.executer(cadence, Duration.ofSeconds(mode.secondesRequetes()),
                () -> moteur.client.executerAsync("analyste", LIRE, "id", ids.get(ThreadLocalRandom.current().nextInt(ids.size()))),
                (reponse, recu) -> reponse.path("data").path("dossier").isObject());
        ObjectNode m = mesures.putObject("query");
        m.put("target_rate_per_s", cadence);
        m.put("achieved_rate_per_s", arrondi(r.reussies() / r.secondes()));
        m.put("sent", r.envoyees());
        m.put("ok", r.reussies());
        m.put("errors", r.erreurs());
        mettreMs(m, "p50_ms", centile(r.latences(), 0.50));
        mettreMs(m, "p99_ms", centile(r.latences(), 0.99));
        mettreMs(m, "max_ms", centile(r.latences(), 1.0));
        chiffres.put("query_p99_ms", centileOuRaison("query_p99_ms", r.latences(), 10));
        etape(String.format(Locale.ROOT, "  %d/%d réponses, p50 %.1f ms, p99 %.1f ms", r.reussies(), r.envoyees(),
                ms(centile(r.latences(), 0.50)), ms(centile(r.latences(), 0.99))));
    }

    /**
     * Un dossier de 10 000 événements, écrits par le moteur lui-même au moyen d'une mutation répétable ;
     * puis la première page de son {@code historique} (500 événements) et son {@code etatAu} maintenant.
     */
    void mesurerHistorique() throws Exception {
        Optional<Schema.Appel> repetable = MUTATIONS_REPETABLES.stream().map(schema::appel).flatMap(Optional::stream).findFirst();
        if (repetable.isEmpty()) {
            chiffres.put("history_10k_ms", new Chiffre("history_10k_ms", null,
                    "aucune mutation répétable sur un dossier (" + String.join(", ", MUTATIONS_REPETABLES) + ") dans le schéma", 100, true));
            etape("historique : n/a, aucune mutation répétable (" + String.join(", ", MUTATIONS_REPETABLES) + ")");
            return;
        }
        Schema.Appel appel = repetable.get();
        JsonNode cree = moteur.client.executer("gestionnaire", CREER, "input", titulaire());
        String id = cree.path("data").path("creerDossier").path("id").asText();
        etape("historique : " + mode.evenementsHistorique() + " événements sur un dossier par " + appel.nom());
        AtomicLong version = new AtomicLong();
        AtomicLong erreurs = new AtomicLong();
        ConcurrentLinkedQueue<String> exemples = new ConcurrentLinkedQueue<>();
        AtomicLong restants = new AtomicLong(mode.evenementsHistorique() - 1L);
        long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(mode.secondesMaxHistorique());
        ExecutorService fils = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            fils.submit(() -> {
                while (System.nanoTime() < fin && restants.getAndDecrement() > 0 && erreurs.get() < 20) {
                    JsonNode r = moteur.client.executer("gestionnaire", appel.document(id, restants.get()));
                    if (r.path("errors").isArray() && !r.path("errors").isEmpty()) {
                        erreurs.incrementAndGet();
                        exemples.add(r.toString());
                    } else {
                        version.accumulateAndGet(r.path("data").path(appel.nom()).path("version").asLong(0), Math::max);
                    }
                }
                return null;
            });
        }
        fils.shutdown();
        while (!fils.awaitTermination(5, TimeUnit.SECONDS)) {
            etape("  … " + (mode.evenementsHistorique() - Math.max(0, restants.get())) + " événements");
        }
        exemples.stream().limit(2).forEach(e -> etape("  erreur : " + abrege(e)));
        long total;
        try (Connection c = moteur.sqlite(); PreparedStatement p = c.prepareStatement(
                "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        evenements.put("history_aggregate_events", total);
        if (erreurs.get() >= 20 && total < mode.evenementsHistorique()) {
            chiffres.put("history_10k_ms", new Chiffre("history_10k_ms", null,
                    appel.nom() + " refusée : " + abrege(exemples.peek()), 100, true));
            return;
        }
        String historique = "query($id: ID!) { historique(aggregatId: $id, first: 500) { totalCount edges { node { sequence type horodatage donnees } } } }";
        double msHistorique = medianeMs(7, () -> moteur.client.executer("auditeur", historique, "id", id));
        ObjectNode m = mesures.putObject("history");
        m.put("aggregate_events", total);
        m.put("mutation", appel.nom());
        m.put("historique_first_page_500_median_ms", arrondi(msHistorique));
        if (!schema.requetes.containsKey("etatAu")) {
            chiffres.put("history_10k_ms", new Chiffre("history_10k_ms", null,
                    "etatAu absent du schéma (historique seul : " + arrondi(msHistorique) + " ms)", 100, true));
            etape("  historique " + arrondi(msHistorique) + " ms ; etatAu n/a (absent du schéma)");
            return;
        }
        String etatAu = "query($id: ID!, $instant: DateTime!) { etatAu(aggregatId: $id, instant: $instant) { aggregatType version etat } }";
        double msEtatAu = medianeMs(7, () -> moteur.client.executer("auditeur", etatAu, "id", id, "instant", Instant.now().toString()));
        m.put("etatAu_now_median_ms", arrondi(msEtatAu));
        String raison = total < mode.evenementsHistorique() ? "seulement " + total + " événements écrits dans le temps imparti" : null;
        chiffres.put("history_10k_ms", new Chiffre("history_10k_ms", total < mode.evenementsHistorique() ? null : arrondi(msHistorique + msEtatAu),
                raison, 100, true));
        etape(String.format(Locale.ROOT, "  %d événements : historique %.1f ms + etatAu %.1f ms", total, msHistorique, msEtatAu));
    }

    /**
     * Rejeu : la référence lit toutes les lignes d'événements par JDBC et écrit un document par événement
     * par le pilote MongoDB, dans le MongoDB du moteur ; puis le moteur reconstruit la projection des
     * dossiers par {@code reconstruireProjections}, suivie par {@code reconstruction(id)}.
     */
    void mesurerRejeu() throws Exception {
        long total = compterEvenements();
        evenements.put("store_events_before_replay", total);
        etape("référence : lecture JDBC + upsert MongoDB de " + total + " événements");
        double brut = lireEtEcrireBrut();
        references.put("raw_scan_upsert_events_per_s", arrondi(brut));
        etape(String.format(Locale.ROOT, "  %.0f événements/s", brut));
        if (!schema.mutations.containsKey("reconstruireProjections") || !schema.requetes.containsKey("reconstruction")) {
            chiffres.put("replay_ratio", new Chiffre("replay_ratio", null,
                    "reconstruireProjections / reconstruction absents du schéma", 0.50, false));
            etape("rejeu : n/a, reconstruireProjections absent du schéma");
            mesures.put("heap_mib_after_writes", tasApresGc());
            return;
        }
        Optional<Double> rejeu = rejouer("dossiers", total, "replay");
        if (rejeu.isEmpty()) {
            chiffres.put("replay_ratio", new Chiffre("replay_ratio", null, "la reconstruction n'a pas abouti", 0.50, false));
            return;
        }
        chiffres.put("replay_ratio", new Chiffre("replay_ratio", arrondi(rejeu.get() / brut), null, 0.50, false));
        mesures.put("heap_mib_after_replay", tasApresGc());
    }

    /** Lance la reconstruction d'une projection et la suit jusqu'au bout ; rend les événements/s. */
    Optional<Double> rejouer(String projection, long total, String cle) throws InterruptedException {
        boolean parNom = schema.mutations.get("reconstruireProjections").path("args").findValuesAsText("name").contains("projection");
        String lancer = parNom
                ? "mutation($p: String) { reconstruireProjections(projection: $p) { id etat traites total } }"
                : "mutation { reconstruireProjections { id etat traites total } }";
        etape("rejeu : reconstruireProjections(" + (parNom ? projection : "") + ") sur " + total + " événements");
        long debut = System.nanoTime();
        JsonNode r = parNom ? moteur.client.executer("admin", lancer, "p", projection) : moteur.client.executer("admin", lancer);
        JsonNode reconstruction = r.path("data").path("reconstruireProjections");
        if (!reconstruction.isObject() && parNom) {
            etape("  refusée pour « " + projection + " » (" + abrege(r.toString()) + "), toutes les projections");
            debut = System.nanoTime();
            reconstruction = moteur.client.executer("admin", lancer, "p", null).path("data").path("reconstruireProjections");
        }
        if (!reconstruction.isObject()) {
            etape("  échec : " + abrege(r.toString()));
            return Optional.empty();
        }
        String id = reconstruction.path("id").asText();
        String suivre = "query($id: ID!) { reconstruction(id: $id) { id etat traites total } }";
        long dernierAffichage = System.nanoTime();
        while (true) {
            if (!"EN_COURS".equals(reconstruction.path("etat").asText())) {
                break;
            }
            Thread.sleep(50);
            reconstruction = moteur.client.executer("admin", suivre, "id", id).path("data").path("reconstruction");
            if (System.nanoTime() - dernierAffichage > TimeUnit.SECONDS.toNanos(5)) {
                etape("  … " + reconstruction.path("traites").asLong() + "/" + reconstruction.path("total").asLong());
                dernierAffichage = System.nanoTime();
            }
            if (secondesDepuis(debut) > 1800) {
                etape("  abandon : la reconstruction dure plus de 30 minutes");
                return Optional.empty();
            }
        }
        double secondes = secondesDepuis(debut);
        long traites = reconstruction.path("total").asLong(0) > 0 ? reconstruction.path("total").asLong() : total;
        ObjectNode m = mesures.putObject(cle);
        m.put("projection", projection);
        m.put("state", reconstruction.path("etat").asText());
        m.put("events", traites);
        m.put("seconds", arrondi(secondes));
        m.put("events_per_s", arrondi(traites / secondes));
        etape(String.format(Locale.ROOT, "  %s : %d événements en %.2f s, %.0f/s", reconstruction.path("etat").asText(), traites,
                secondes, traites / secondes));
        return "TERMINEE".equals(reconstruction.path("etat").asText()) ? Optional.of(traites / secondes) : Optional.empty();
    }

    /** La référence du rejeu : chaque ligne lue par JDBC, un document écrit (upsert) par événement. */
    double lireEtEcrireBrut() throws SQLException {
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + moteur.portMongo);
             Connection c = moteur.sqlite()) {
            MongoCollection<Document> reference = mongo.getDatabase("banc").getCollection("reference");
            reference.drop();
            ReplaceOptions upsert = new ReplaceOptions().upsert(true);
            long n = 0;
            long debut = System.nanoTime();
            try (Statement st = c.createStatement()) {
                st.setFetchSize(1000);
                try (ResultSet r = st.executeQuery("SELECT globalIndex, aggregateIdentifier, sequenceNumber, payloadType, payload, "
                        + "timeStamp FROM DomainEventEntry ORDER BY globalIndex")) {
                    while (r.next()) {
                        String aggregat = r.getString(2);
                        reference.replaceOne(Filters.eq("_id", aggregat), new Document("_id", aggregat)
                                .append("version", r.getLong(3))
                                .append("type", r.getString(4))
                                .append("donnees", new String(r.getBytes(5), StandardCharsets.UTF_8))
                                .append("horodatage", r.getString(6))
                                .append("position", r.getLong(1)), upsert);
                        n++;
                    }
                }
            }
            double parSeconde = n / secondesDepuis(debut);
            mongo.getDatabase("banc").drop();
            return parSeconde;
        }
    }

    /**
     * Mode complet : le magasin est porté à un million d'événements par copie de vrais cycles de dossier
     * (nouveaux identifiants, moteur arrêté : c'est un remplissage, pas une mesure), puis le moteur
     * redémarre, ses projections rattrapent, on reconstruit tout et on mesure le tas après un GC complet.
     */
    void mesurerTasMillion(Path donnees) throws Exception {
        long deja = compterEvenements();
        long manquants = mode.evenementsMillion() - deja;
        long dossiersInitiaux = compterDossiersInitiaux();
        etape("tas : remplissage du magasin jusqu'à " + mode.evenementsMillion() + " événements (" + manquants + " copiés)");
        moteur.arreter();
        long dossiersCopies = remplir(donnees, manquants);
        // La marque d'un arrêt brutal : au redémarrage, le moteur efface ses modèles de lecture et chaque
        // projection rejoue tout le magasin depuis le début, comme après une panne.
        Files.writeString(donnees.resolve("modeles-lecture.en-service"), "banc : rejeu complet demandé\n");
        etape("  " + dossiersCopies + " dossiers copiés ; redémarrage, toutes les projections rejouent le magasin entier");
        moteur = Moteur.demarrer(donnees, jfr);
        long total = compterEvenements();
        long attendus = dossiersCopies + dossiersInitiaux;
        long debut = System.nanoTime();
        long vus = 0;
        long retard = Long.MAX_VALUE;
        while ((vus < attendus || retard > 0) && secondesDepuis(debut) < 3600) {
            // Compter les dossiers parcourt toute la collection : pas plus souvent que toutes les 10 s.
            Thread.sleep(10_000);
            vus = moteur.client.executer("admin", "{ dossiers(first: 1) { totalCount } }").path("data").path("dossiers").path("totalCount").asLong();
            retard = moteur.client.retardDesProjections();
            etape(String.format(Locale.ROOT, "  … %d/%d dossiers projetés, %d événements de retard en tout, %.0f événements/s", vus, attendus,
                    retard, total / secondesDepuis(debut)));
        }
        double secondes = secondesDepuis(debut);
        double tas = tasApresGc();
        ObjectNode m = mesures.putObject("million");
        m.put("store_events", total);
        m.put("dossiers", vus);
        m.put("full_replay_all_projections_seconds", arrondi(secondes));
        m.put("full_replay_events_per_s", arrondi(total / secondes));
        m.put("heap_method", "toutes les projections rejouent le magasin depuis le début (modèles effacés au démarrage), "
                + "puis GC.run et GC.heap_info (tas occupé)");
        evenements.put("store_events_full", total);
        chiffres.put("heap_mib_1m", new Chiffre("heap_mib_1m", tas, null, 512, true));
        etape(String.format(Locale.ROOT, "  rejeu complet de %d événements en %.0f s ; tas occupé ensuite : %.1f Mio", total, secondes, tas));
    }

    long compterDossiersInitiaux() throws SQLException {
        try (Connection c = moteur.sqlite(); Statement st = c.createStatement(); ResultSet r = st.executeQuery(
                "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%DossierCr%'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Copie des cycles complets de dossiers réels sous de nouveaux identifiants, par lots validés : le dossier
     * modèle et les agrégats que ses événements nomment (sa fiche d'annuaire), chacun sous un identifiant neuf,
     * pour que chaque copie ait sa propre fiche comme un vrai dossier. Rend le nombre de dossiers copiés.
     */
    long remplir(Path donnees, long evenementsVoulus) throws SQLException {
        Map<String, List<Object[]>> evenementsParAggregat = new LinkedHashMap<>();
        try (Connection c = Moteur.sqlite(donnees)) {
            // Un dossier mené à CLOTURE par la phase d'écriture : sa création et ses trois changements d'état.
            String modele;
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT aggregateIdentifier FROM DomainEventEntry "
                    + "WHERE aggregateIdentifier IN (SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType LIKE '%DossierCr%') "
                    + "GROUP BY aggregateIdentifier HAVING count(*) BETWEEN 4 AND 8 LIMIT 1")) {
                if (!r.next()) {
                    throw new IllegalStateException("aucun cycle de dossier complet à copier dans le magasin");
                }
                modele = r.getString(1);
            }
            evenementsParAggregat.put(modele, evenementsDe(c, modele));
            Matcher identifiants = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(
                    evenementsParAggregat.get(modele).stream().map(e -> new String((byte[]) e[3], StandardCharsets.UTF_8))
                            .collect(Collectors.joining("\n")));
            while (identifiants.find()) {
                String lie = identifiants.group();
                if (!evenementsParAggregat.containsKey(lie)) {
                    List<Object[]> siens = evenementsDe(c, lie);
                    if (!siens.isEmpty()) {
                        evenementsParAggregat.put(lie, siens);
                    }
                }
            }
            int parCopie = evenementsParAggregat.values().stream().mapToInt(List::size).sum();
            etape("  modèle copié : le dossier " + modele + " et " + (evenementsParAggregat.size() - 1)
                    + " agrégat(s) qu'il nomme, " + parCopie + " événements par copie");
            c.setAutoCommit(false);
            long dossiers = 0;
            long ecrits = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, "
                    + "eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?,?,?,?,?,?,?,?,?)")) {
                while (ecrits < evenementsVoulus) {
                    Map<String, String> nouveaux = new LinkedHashMap<>();
                    evenementsParAggregat.keySet().forEach(ancien -> nouveaux.put(ancien, UUID.randomUUID().toString()));
                    for (Map.Entry<String, List<Object[]>> aggregat : evenementsParAggregat.entrySet()) {
                        for (Object[] e : aggregat.getValue()) {
                            String payload = new String((byte[]) e[3], StandardCharsets.UTF_8);
                            for (Map.Entry<String, String> id : nouveaux.entrySet()) {
                                payload = payload.replace(id.getKey(), id.getValue());
                            }
                            p.setString(1, nouveaux.get(aggregat.getKey()));
                            p.setLong(2, (Long) e[0]);
                            p.setString(3, (String) e[1]);
                            p.setString(4, UUID.randomUUID().toString());
                            p.setBytes(5, (byte[]) e[2]);
                            p.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
                            p.setString(7, (String) e[4]);
                            p.setString(8, (String) e[5]);
                            p.setString(9, (String) e[6]);
                            p.addBatch();
                            ecrits++;
                        }
                    }
                    dossiers++;
                    if (dossiers % 2500 == 0) {
                        p.executeBatch();
                        c.commit();
                        if (dossiers % 50_000 == 0) {
                            etape("  … " + ecrits + " événements copiés");
                        }
                    }
                }
                p.executeBatch();
                c.commit();
            }
            return dossiers;
        }
    }

    private static List<Object[]> evenementsDe(Connection c, String aggregat) throws SQLException {
        List<Object[]> evenements = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT sequenceNumber, type, metaData, payload, payloadRevision, payloadType, "
                + "timeStamp FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber")) {
            p.setString(1, aggregat);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    evenements.add(new Object[]{r.getLong(1), r.getString(2), r.getBytes(3), r.getBytes(4), r.getString(5), r.getString(6), r.getString(7)});
                }
            }
        }
        return evenements;
    }

    // ---------------------------------------------------------------- outils de mesure

    long compterEvenements() throws SQLException {
        try (Connection c = moteur.sqlite(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*) FROM DomainEventEntry")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Le tas occupé du moteur après un GC complet, en Mio (jcmd GC.run puis GC.heap_info). */
    double tasApresGc() {
        try {
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
            return m.find() ? arrondi(Long.parseLong(m.group(1)) / 1024.0) : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    String jcmd(String commande) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(moteur.processus.pid()), commande).redirectErrorStream(true).start();
        String sortie = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return sortie;
    }

    static List<String> schemaEvenements(Connection c) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT sql FROM sqlite_master "
                + "WHERE lower(tbl_name) = 'domainevententry' AND sql IS NOT NULL ORDER BY type DESC")) {
            while (r.next()) {
                ddl.add(r.getString(1));
            }
        }
        return ddl;
    }

    static double medianeMs(int fois, Supplier<JsonNode> requete) {
        requete.get();
        long[] durees = new long[fois];
        for (int i = 0; i < fois; i++) {
            long debut = System.nanoTime();
            JsonNode r = requete.get();
            durees[i] = System.nanoTime() - debut;
            if (r.path("errors").isArray() && !r.path("errors").isEmpty()) {
                etape("  erreur : " + abrege(r.toString()));
            }
        }
        Arrays.sort(durees);
        return ms(durees[fois / 2]);
    }

    static Map<String, Object> titulaire() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        return Map.of("titulaire", Map.of("personne", Map.of("civilite", "MME", "prenom", "Jeanne", "nom", "Banc" + n,
                "email", "banc" + n + "@exemple.fr", "mobile", "0612345678")));
    }

    static long centile(long[] tries, double q) {
        if (tries.length == 0) {
            return 0;
        }
        int rang = (int) Math.ceil(q * tries.length) - 1;
        return tries[Math.max(0, Math.min(tries.length - 1, rang))];
    }

    static double ms(long nanos) {
        return nanos == Cadence.SANS_REPONSE ? Double.POSITIVE_INFINITY : arrondi(nanos / 1e6);
    }

    /** Un centile en ms, ou null (avec sa raison) quand il tombe sur des requêtes sans réponse : la cadence n'est pas tenue. */
    static Chiffre centileOuRaison(String cle, long[] tries, double objectif) {
        long p99 = centile(tries, 0.99);
        return p99 == Cadence.SANS_REPONSE
                ? new Chiffre(cle, null, CADENCE_NON_TENUE + " : plus de 1 % des requêtes sans réponse réussie", objectif, true)
                : new Chiffre(cle, ms(p99), null, objectif, true);
    }

    static void mettreMs(ObjectNode m, String cle, long nanos) {
        if (nanos == Cadence.SANS_REPONSE) {
            m.putNull(cle);
        } else {
            m.put(cle, ms(nanos));
        }
    }

    static double arrondi(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double secondesDepuis(long debutNanos) {
        return (System.nanoTime() - debutNanos) / 1e9;
    }

    /** La charge de la machine (1, 5, 15 min) : elle dit à quel point les temps absolus sont bruités. */
    static String chargeMachine() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "inconnue";
        }
    }

    static int coeurs() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String abrege(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static void etape(String texte) {
        System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", secondesDepuis(DEBUT), texte);
    }

    // ---------------------------------------------------------------- résultats

    void ecrireResultats() throws IOException {
        ObjectNode racine = JsonNodeFactory.instance.objectNode();
        racine.put("date", Instant.now().toString());
        racine.put("mode", mode.nom());
        racine.put("command", (System.getenv("BANC_JVM") == null ? "" : "BANC_JVM=\"" + System.getenv("BANC_JVM") + "\" ")
                + "bench/run" + ("quick".equals(mode.nom()) ? " --quick" : "") + (sansMillion ? " --sans-million" : ""));
        for (Chiffre c : chiffres.values()) {
            if (c.valeur() == null) {
                racine.putNull(c.cle());
            } else {
                racine.put(c.cle(), c.valeur());
            }
        }
        ObjectNode objectifs = racine.putObject("goals");
        ObjectNode verdicts = racine.putObject("verdicts");
        ObjectNode raisons = racine.putObject("not_available");
        for (Chiffre c : chiffres.values()) {
            objectifs.put(c.cle(), (c.auPlus() ? "<= " : ">= ") + format(c.objectif()));
            verdicts.put(c.cle(), c.verdict());
            if (c.raison() != null) {
                raisons.put(c.cle(), c.raison());
            }
        }
        racine.set("baselines", references);
        evenements.put("store_events_at_end", moteur.evenementsFinaux);
        racine.set("events", evenements);
        racine.set("measures", mesures);
        ObjectNode jvm = racine.putObject("jvm");
        ArrayNode args = jvm.putArray("engine_args");
        Moteur.OPTIONS_JVM.forEach(args::add);
        jvm.put("java_version", System.getProperty("java.version"));
        jvm.put("java_vm", System.getProperty("java.vm.name"));
        ObjectNode machine = racine.putObject("machine");
        machine.put("cores", coeurs());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("load_average_start", CHARGE_INITIALE);
        machine.put("load_average_end", chargeMachine());
        machine.put("note", "2 cores shared with other workloads: absolute times are noisy, ratios are what matter");
        Files.createDirectories(RESULTATS.getParent());
        Path temporaire = RESULTATS.resolveSibling("latest.json.tmp");
        JSON.writeValue(temporaire.toFile(), racine);
        Files.move(temporaire, RESULTATS, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        etape("résultats écrits dans " + RACINE.relativize(RESULTATS));
    }

    void imprimerTableau() {
        System.out.println();
        System.out.printf("| %-22s | %-10s | %-8s | %-6s |%n", "key", "value", "goal", "");
        System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(24), "-".repeat(12), "-".repeat(10), "-".repeat(8));
        for (Chiffre c : chiffres.values()) {
            System.out.printf("| %-22s | %-10s | %-8s | %-6s |%n", c.cle(), c.valeur() == null ? "n/a" : format(c.valeur()),
                    (c.auPlus() ? "≤ " : "≥ ") + format(c.objectif()), c.verdict());
        }
        chiffres.values().stream().filter(c -> c.raison() != null)
                .forEach(c -> System.out.println("  " + c.cle() + " : " + c.raison()));
        System.out.println("  références : " + references);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    // ---------------------------------------------------------------- le moteur et son client

    /** Le jar livré, lancé dans son propre processus sur un port libre. */
    static final class Moteur {
        /** Les options de la JVM du moteur ; {@code BANC_JVM="…"} les remplace pour comparer des réglages. */
        static final List<String> OPTIONS_JVM = System.getenv("BANC_JVM") == null || System.getenv("BANC_JVM").isBlank()
                ? List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8")
                : List.of(System.getenv("BANC_JVM").trim().split("\\s+"));

        final Process processus;
        final Path donnees;
        final Client client;
        final int portMongo;
        long evenementsFinaux;

        private Moteur(Process processus, Path donnees, Client client, int portMongo) {
            this.processus = processus;
            this.donnees = donnees;
            this.client = client;
            this.portMongo = portMongo;
        }

        static Moteur demarrer(Path donnees, boolean jfr) throws IOException, InterruptedException {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            List<String> commande = new ArrayList<>(List.of("java"));
            commande.addAll(OPTIONS_JVM);
            if (jfr) {
                commande.add("-XX:StartFlightRecording=filename=" + donnees.resolve("moteur-" + System.currentTimeMillis() + ".jfr")
                        + ",settings=profile,dumponexit=true");
            }
            commande.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port, "--socle.donnees=" + donnees.resolve("data"),
                    "--logging.level.root=WARN", "--logging.level.fr.socle=INFO"));
            Path journal = donnees.resolve("moteur-" + System.currentTimeMillis() + ".log");
            Process p = new ProcessBuilder(commande).redirectErrorStream(true).redirectOutput(journal.toFile()).start();
            Client client = new Client(port);
            long debut = System.nanoTime();
            etape("démarrage du moteur (" + String.join(" ", OPTIONS_JVM) + "), journal " + RACINE.relativize(journal));
            while (true) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("le moteur s'est arrêté, voir " + journal);
                }
                if (secondesDepuis(debut) > 180) {
                    p.destroyForcibly();
                    throw new IllegalStateException("le moteur n'a pas démarré en 3 minutes, voir " + journal);
                }
                try {
                    if (client.executer("admin", "{ __typename }").path("data").isObject()) {
                        break;
                    }
                } catch (UncheckedIOException pasEncore) {
                    // le port n'écoute pas encore
                }
                Thread.sleep(250);
            }
            Matcher m = Pattern.compile("MongoDB embarqu.+? sur \\S*?:(\\d+)").matcher(Files.readString(journal, StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException("port du MongoDB embarqué introuvable dans " + journal);
            }
            etape(String.format(Locale.ROOT, "  prêt en %.1f s (HTTP %d, MongoDB %s, pid %d)", secondesDepuis(debut), port, m.group(1), p.pid()));
            return new Moteur(p, donnees, client, Integer.parseInt(m.group(1)));
        }

        Connection sqlite() throws SQLException {
            return sqlite(donnees);
        }

        /** Le fichier d'événements du moteur, ouvert avec l'URL exacte de sa configuration. */
        static Connection sqlite(Path donnees) throws SQLException {
            return DriverManager.getConnection(urlSqlite(donnees.resolve("data")));
        }

        static String urlSqlite(Path repertoire) {
            try (var jar = new java.util.jar.JarFile(JAR.toFile())) {
                String yml = new String(jar.getInputStream(jar.getEntry("BOOT-INF/classes/application.yml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("url:\\s*(jdbc:sqlite:\\S+)").matcher(yml);
                if (!m.find()) {
                    throw new IllegalStateException("URL SQLite introuvable dans application.yml");
                }
                return m.group(1).replace("${socle.donnees}", repertoire.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void arreter() throws InterruptedException {
            if (!processus.isAlive()) {
                return;
            }
            try {
                try (Connection c = sqlite(); Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM DomainEventEntry")) {
                    r.next();
                    evenementsFinaux = r.getLong(1);
                }
            } catch (SQLException e) {
                evenementsFinaux = -1;
            }
            processus.destroy();
            if (!processus.waitFor(60, TimeUnit.SECONDS)) {
                processus.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            etape("moteur arrêté");
        }
    }

    /** POST /graphql en JSON avec HTTP Basic (mot de passe = nom de l'utilisateur de démonstration). */
    static final class Client {
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final URI adresse;

        Client(int port) {
            adresse = URI.create("http://127.0.0.1:" + port + "/graphql");
        }

        HttpRequest requete(String utilisateur, String document, Object... variables) {
            Map<String, Object> vars = new LinkedHashMap<>();
            for (int i = 0; i < variables.length; i += 2) {
                vars.put((String) variables[i], variables[i + 1]);
            }
            Map<String, Object> corps = new LinkedHashMap<>();
            corps.put("query", document);
            corps.put("variables", vars);
            try {
                return HttpRequest.newBuilder(adresse)
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((utilisateur + ":" + utilisateur).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(corps)))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode executer(String utilisateur, String document, Object... variables) {
            try {
                HttpResponse<byte[]> r = http.send(requete(utilisateur, document, variables), HttpResponse.BodyHandlers.ofByteArray());
                return lire(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** La somme des retards (en événements) de tous les processeurs, lue sur /actuator/health. */
        long retardDesProjections() throws IOException, InterruptedException {
            HttpRequest requete = HttpRequest.newBuilder(adresse.resolve("/actuator/health"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .GET().build();
            JsonNode sante = JSON.readTree(http.send(requete, HttpResponse.BodyHandlers.ofByteArray()).body());
            List<JsonNode> retards = sante.findValues("retard");
            return retards.isEmpty() ? Long.MAX_VALUE : retards.stream().mapToLong(JsonNode::asLong).sum();
        }

        CompletableFuture<JsonNode> executerAsync(String utilisateur, String document, Object... variables) {
            return http.sendAsync(requete(utilisateur, document, variables), HttpResponse.BodyHandlers.ofByteArray()).thenApply(Client::lire);
        }

        static JsonNode lire(HttpResponse<byte[]> r) {
            try {
                return r.body().length == 0
                        ? JSON.createObjectNode().put("status", r.statusCode())
                        : JSON.readTree(r.body());
            } catch (IOException e) {
                return JSON.createObjectNode().put("status", r.statusCode()).put("body", new String(r.body(), StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Requêtes envoyées à cadence fixe, sans attendre les réponses (boucle ouverte) : une réponse lente
     * ne retarde pas les envois suivants, et chaque latence court depuis l'instant d'envoi prévu.
     */
    static final class Cadence {
        record Resultat(long envoyees, long reussies, long erreurs, double secondes, long[] latences) {
        }

        interface Verification {
            boolean accepter(JsonNode reponse, Instant recu);
        }

        /** Au-delà, le moteur ne tient plus la cadence : l'envoi prévu est compté comme manqué, sans attendre. */
        static final int EN_VOL_MAX = 256;
        /** Latence attribuée à une requête manquée ou restée sans réponse : elle compte dans les centiles. */
        static final long SANS_REPONSE = Long.MAX_VALUE;

        static Resultat executer(int parSeconde, Duration duree, Supplier<CompletableFuture<JsonNode>> envoi,
                                 Verification verification) throws InterruptedException {
            long periode = 1_000_000_000L / parSeconde;
            long total = duree.toSeconds() * parSeconde;
            ConcurrentLinkedQueue<Long> latences = new ConcurrentLinkedQueue<>();
            AtomicLong reussies = new AtomicLong();
            AtomicLong erreurs = new AtomicLong();
            AtomicLong enVol = new AtomicLong();
            long manquees = 0;
            ConcurrentLinkedQueue<String> exemples = new ConcurrentLinkedQueue<>();
            long debut = System.nanoTime();
            long prochainAffichage = debut + TimeUnit.SECONDS.toNanos(5);
            for (long i = 0; i < total; i++) {
                long prevu = debut + i * periode;
                long attente = prevu - System.nanoTime();
                if (attente > 0) {
                    LockSupport.parkNanos(attente);
                }
                if (enVol.get() >= EN_VOL_MAX) {
                    manquees++;
                    continue;
                }
                enVol.incrementAndGet();
                envoi.get().handle((reponse, echec) -> {
                    Instant recu = Instant.now();
                    long latence = System.nanoTime() - prevu;
                    if (echec == null && verification.accepter(reponse, recu)) {
                        reussies.incrementAndGet();
                        latences.add(latence);
                    } else {
                        erreurs.incrementAndGet();
                        exemples.add(echec != null ? echec.toString() : reponse.toString());
                    }
                    enVol.decrementAndGet();
                    return null;
                });
                if (System.nanoTime() > prochainAffichage) {
                    etape("  … " + (i + 1) + " prévues, " + reussies.get() + " réussies, " + erreurs.get() + " erreurs, "
                            + manquees + " manquées (plus de " + EN_VOL_MAX + " en vol)");
                    prochainAffichage += TimeUnit.SECONDS.toNanos(5);
                }
            }
            long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (enVol.get() > 0 && System.nanoTime() < limite) {
                Thread.sleep(20);
            }
            double secondes = secondesDepuis(debut);
            exemples.stream().limit(2).forEach(e -> etape("  erreur : " + abrege(e)));
            long sansReponse = total - latences.size();
            long[] tries = new long[(int) total];
            int k = 0;
            for (long l : latences) {
                tries[k++] = l;
            }
            Arrays.fill(tries, k, tries.length, SANS_REPONSE);
            Arrays.sort(tries);
            if (sansReponse > 0) {
                etape("  " + sansReponse + " requêtes sans réponse réussie (" + manquees + " manquées, " + erreurs.get()
                        + " erreurs, " + enVol.get() + " toujours en vol)");
            }
            return new Resultat(total, reussies.get(), erreurs.get() + manquees + enVol.get(), secondes, tries);
        }
    }

    // ---------------------------------------------------------------- le schéma, lu par introspection

    /** Les opérations présentes, et de quoi appeler une mutation inconnue du banc avec ses seuls arguments obligatoires. */
    static final class Schema {
        static final String TYPE = "name kind ofType { name kind ofType { name kind ofType { name kind } } }";
        final Map<String, JsonNode> mutations = new LinkedHashMap<>();
        final Map<String, JsonNode> requetes = new LinkedHashMap<>();
        final Map<String, JsonNode> types = new LinkedHashMap<>();

        static Schema lire(Client client) {
            JsonNode r = client.executer("admin", "{ __schema { types { name kind "
                    + "fields { name args { name type { " + TYPE + " } } type { " + TYPE + " } } "
                    + "inputFields { name type { " + TYPE + " } } enumValues { name } } "
                    + "queryType { name } mutationType { name } } }").path("data").path("__schema");
            Schema s = new Schema();
            for (JsonNode t : r.path("types")) {
                s.types.put(t.path("name").asText(), t);
            }
            for (JsonNode f : s.types.getOrDefault(r.path("queryType").path("name").asText(), JSON.createObjectNode()).path("fields")) {
                s.requetes.put(f.path("name").asText(), f);
            }
            for (JsonNode f : s.types.getOrDefault(r.path("mutationType").path("name").asText(), JSON.createObjectNode()).path("fields")) {
                s.mutations.put(f.path("name").asText(), f);
            }
            return s;
        }

        /** Un appel d'une mutation sur un dossier existant, ses arguments obligatoires remplis par des valeurs plausibles. */
        record Appel(String nom, JsonNode champ, Schema schema) {
            String document(String dossierId, long n) {
                StringBuilder args = new StringBuilder();
                for (JsonNode a : champ.path("args")) {
                    if (!"NON_NULL".equals(a.path("type").path("kind").asText())) {
                        continue;
                    }
                    args.append(args.isEmpty() ? "" : ", ").append(a.path("name").asText()).append(": ")
                            .append(schema.valeur(a.path("name").asText(), a.path("type"), dossierId, n, 0));
                }
                JsonNode retour = nu(champ.path("type"));
                String selection = "OBJECT".equals(retour.path("kind").asText())
                        ? schema.types.get(retour.path("name").asText()).path("fields").findValuesAsText("name").contains("version")
                          ? " { version }" : " { __typename }"
                        : "";
                return "mutation { " + nom + (args.isEmpty() ? "" : "(" + args + ")") + selection + " }";
            }
        }

        Optional<Appel> appel(String nom) {
            return Optional.ofNullable(mutations.get(nom)).map(f -> new Appel(nom, f, this));
        }

        static JsonNode nu(JsonNode type) {
            while (type.path("ofType").isObject() && !type.path("ofType").isEmpty()) {
                type = type.path("ofType");
            }
            return type;
        }

        String valeur(String champ, JsonNode type, String dossierId, long n, int profondeur) {
            if ("LIST".equals(type.path("kind").asText()) || "LIST".equals(type.path("ofType").path("kind").asText())) {
                JsonNode element = "LIST".equals(type.path("kind").asText()) ? type.path("ofType") : type.path("ofType").path("ofType");
                return "[" + valeur(champ, element, dossierId, n, profondeur) + "]";
            }
            JsonNode t = nu(type);
            String nomType = t.path("name").asText();
            return switch (t.path("kind").asText()) {
                case "ENUM" -> types.get(nomType).path("enumValues").path(0).path("name").asText();
                case "INPUT_OBJECT" -> {
                    StringBuilder s = new StringBuilder("{ ");
                    for (JsonNode f : types.get(nomType).path("inputFields")) {
                        if ("NON_NULL".equals(f.path("type").path("kind").asText()) && profondeur < 4) {
                            s.append(f.path("name").asText()).append(": ")
                                    .append(valeur(f.path("name").asText(), f.path("type"), dossierId, n, profondeur + 1)).append(" ");
                        }
                    }
                    yield s.append("}").toString();
                }
                default -> switch (nomType) {
                    case "ID" -> "\"" + dossierId + "\"";
                    case "Int" -> "1";
                    case "Float" -> "1.0";
                    case "Boolean" -> "false";
                    case "Date" -> "\"" + java.time.LocalDate.now() + "\"";
                    case "DateTime" -> "\"" + Instant.now() + "\"";
                    case "Montant" -> "\"1.00\"";
                    default -> champ.toLowerCase(Locale.ROOT).contains("email")
                            ? "\"banc" + n + "@exemple.fr\""
                            : "\"Note de banc numéro " + n + "\"";
                };
            };
        }
    }
}
