package fr.socle.app;

import fr.socle.command.rgpd.CoffreCles;
import fr.socle.command.rgpd.CoffreClesEnCache;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Les clés des données personnelles du mode embarqué, dans la base SQLite des événements : écrites dans
 * la même transaction que le premier événement qui les utilise, aussi durables que lui.
 */
public class CoffreClesSqlite implements CoffreCles {

    /**
     * Lu à travers un cache ({@link CoffreClesEnCache}) : le mode embarqué est un seul processus, qui voit donc
     * toute destruction de clé. (Un côté requêtes séparé, lui, ne verrait pas celles du côté commandes.)
     */
    @Configuration
    @ConditionalOnProperty(name = "socle.coffre-cles", havingValue = "sqlite", matchIfMissing = true)
    static class Declaration {
        @Bean
        CoffreCles coffreCles(DataSource dataSource) {
            return new CoffreClesEnCache(new CoffreClesSqlite(dataSource));
        }
    }

    private final JdbcTemplate jdbc;
    private final SecureRandom hasard = new SecureRandom();

    public CoffreClesSqlite(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        jdbc.execute(
                "CREATE TABLE IF NOT EXISTS CleDonneesPersonnelles (sujet VARCHAR(255) PRIMARY KEY, cle BLOB NOT NULL)");
        boolean marquesAbsentes = jdbc.queryForList(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'SujetEfface'")
                .isEmpty();
        jdbc.execute("CREATE TABLE IF NOT EXISTS SujetEfface (sujet VARCHAR(255) PRIMARY KEY)");
        if (marquesAbsentes
                && !jdbc.queryForList(
                                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'DomainEventEntry'")
                        .isEmpty()) {
            // Un magasin antérieur aux marques : ses effacements sont dans ses événements.
            jdbc.update(
                    "INSERT OR IGNORE INTO SujetEfface (sujet) SELECT aggregateIdentifier FROM DomainEventEntry"
                            + " WHERE payloadType = ?",
                    DonneesPersonnellesEffacées.class.getName());
        }
    }

    @Override
    public byte[] cle(String sujet) {
        byte[] nouvelle = new byte[32];
        hasard.nextBytes(nouvelle);
        EcrivainUnique.avantEcriture();
        jdbc.update("INSERT OR IGNORE INTO CleDonneesPersonnelles (sujet, cle) VALUES (?, ?)", sujet, nouvelle);
        return cleExistante(sujet).orElseThrow();
    }

    @Override
    public Optional<byte[]> cleExistante(String sujet) {
        List<byte[]> cles =
                jdbc.query("SELECT cle FROM CleDonneesPersonnelles WHERE sujet = ?", (rs, i) -> rs.getBytes(1), sujet);
        return cles.stream().findFirst();
    }

    @Override
    public void detruire(String sujet) {
        EcrivainUnique.avantEcriture();
        jdbc.update("INSERT OR IGNORE INTO SujetEfface (sujet) VALUES (?)", sujet);
        jdbc.update(
                "DELETE FROM CleDonneesPersonnelles WHERE sujet = ? OR substr(sujet, 1, ?) = ?",
                sujet,
                sujet.length() + SEPARATEUR.length(),
                sujet + SEPARATEUR);
    }

    @Override
    public boolean efface(String sujet) {
        List<String> lignee = SujetDonneesPersonnelles.lignee(sujet);
        return !jdbc.queryForList(
                        "SELECT sujet FROM SujetEfface WHERE sujet IN ("
                                + String.join(",", java.util.Collections.nCopies(lignee.size(), "?")) + ")",
                        String.class,
                        lignee.toArray())
                .isEmpty();
    }
}
