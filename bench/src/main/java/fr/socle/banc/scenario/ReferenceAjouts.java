package fr.socle.banc.scenario;

import fr.socle.banc.moteur.Moteur;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;
import static fr.socle.banc.outils.Mesures.secondesDepuis;

/**
 * La référence des écritures, la limite physique des écritures durables ici : une ligne de la taille d'un
 * événement réel, insérée et validée seule par JDBC, dans une table de même schéma et mêmes index que
 * celle des événements, dans le même fichier SQLite ouvert avec la même URL (WAL, synchronous=FULL, IMMEDIATE).
 */
final class ReferenceAjouts {
    private static final List<String> COLONNES = List.of("type", "metaData", "payload", "payloadRevision", "payloadType");

    private ReferenceAjouts() {
    }

    /** Rend les ajouts durables par seconde et les rapporte dans {@code baselines}. */
    static double mesurer(Contexte ctx) throws SQLException {
        return mesurer(ctx, 1, "raw_durable_appends_per_s");
    }

    /**
     * Rend les transactions durables par seconde qui ajoutent chacune {@code lignes} lignes de la taille d'un
     * événement, et les rapporte dans {@code baselines} sous {@code cle}.
     */
    static double mesurer(Contexte ctx, int lignes, String cle) throws SQLException {
        try (Connection c = ctx.moteur().sqlite()) {
            return mesurer(ctx, c, lignes, cle);
        }
    }

    /** La même mesure dans le magasin d'un autre moteur que celui du banc, ouvert sur {@code donnees} ({@link Moteur#sqlite(Path)}). */
    static double mesurer(Contexte ctx, Path donnees, int lignes, String cle) throws SQLException {
        try (Connection c = Moteur.sqlite(donnees)) {
            return mesurer(ctx, c, lignes, cle);
        }
    }

    private static double mesurer(Contexte ctx, Connection c, int lignes, String cle) throws SQLException {
        etape("référence : transactions durables brutes par JDBC (" + lignes + " ligne(s) chacune) pendant "
                + ctx.mode().secondesReference() + " s");
        c.setAutoCommit(true);
        creerTable(c);
        Map<String, Object> modele = premierEvenement(c);
        c.setAutoCommit(false);
        long debut = System.nanoTime();
        long n = ajouter(c, modele, lignes, debut + TimeUnit.SECONDS.toNanos(ctx.mode().secondesReference()));
        double parSeconde = n / secondesDepuis(debut);
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE banc_ajouts");
        }
        int taille = ((byte[]) modele.get("payload")).length + (modele.get("metaData") instanceof byte[] m ? m.length : 0);
        ctx.rapport().references().put(cle, arrondi(parSeconde));
        ctx.rapport().references().put("raw_durable_append_row_bytes", taille);
        etape(String.format(Locale.ROOT, "  %d transactions validées, %.0f/s (%d ligne(s) de %d octets)", n, parSeconde, lignes, taille));
        return parSeconde;
    }

    /** La table banc_ajouts, copie du schéma de DomainEventEntry et de ses index. */
    private static void creerTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE IF EXISTS banc_ajouts");
            for (String ddl : schemaEvenements(c)) {
                st.executeUpdate(ddl.replaceAll("(?i)\\bDomainEventEntry\\b", "banc_ajouts")
                        .replaceAll("(?i)^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(IF NOT EXISTS\\s+)?(\\w+)", "CREATE $1INDEX $2banc_$3"));
            }
        }
    }

    private static List<String> schemaEvenements(Connection c) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT sql FROM sqlite_master "
                + "WHERE lower(tbl_name) = 'domainevententry' AND sql IS NOT NULL ORDER BY type DESC")) {
            while (r.next()) {
                ddl.add(r.getString(1));
            }
        }
        return ddl;
    }

    /** Le premier événement du magasin : le modèle des lignes ajoutées. */
    private static Map<String, Object> premierEvenement(Connection c) throws SQLException {
        Map<String, Object> modele = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(
                "SELECT type, metaData, payload, payloadRevision, payloadType FROM DomainEventEntry ORDER BY globalIndex LIMIT 1")) {
            r.next();
            for (String col : COLONNES) {
                modele.put(col, r.getObject(col));
            }
        }
        return modele;
    }

    /** Ajoute et valide {@code lignes} lignes à la fois jusqu'à {@code fin} ; rend le nombre de transactions validées. */
    private static long ajouter(Connection c, Map<String, Object> modele, int lignes, long fin) throws SQLException {
        long n = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO banc_ajouts (aggregateIdentifier, sequenceNumber, "
                + "type, eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?,?,?,?,?,?,?,?,?)")) {
            while (System.nanoTime() < fin) {
                String agregat = UUID.randomUUID().toString();
                for (int sequence = 0; sequence < lignes; sequence++) {
                    p.setString(1, agregat);
                    p.setLong(2, sequence);
                    p.setObject(3, modele.get("type"));
                    p.setString(4, UUID.randomUUID().toString());
                    p.setObject(5, modele.get("metaData"));
                    p.setObject(6, modele.get("payload"));
                    p.setObject(7, modele.get("payloadRevision"));
                    p.setObject(8, modele.get("payloadType"));
                    p.setString(9, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
                n++;
            }
        }
        return n;
    }
}
