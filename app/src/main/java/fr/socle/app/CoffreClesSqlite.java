package fr.socle.app;

import fr.socle.command.rgpd.CoffreCles;
import fr.socle.command.rgpd.CoffreClesEnCache;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
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

    /** La ressource de l'unité de travail qui garde les clés tirées pour elle, pas encore écrites. */
    private static final String NOUVELLES = CoffreClesSqlite.class.getName() + ".nouvelles";

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

    /**
     * Dans une unité de travail qui n'a pas encore pris l'écrivain (une commande qui chiffre ses
     * événements), la clé d'un nouveau sujet est tirée tout de suite et gardée avec l'unité, et son
     * insertion remise à la prise de l'écrivain, dans la transaction des événements qu'elle chiffre : le
     * chiffrement et la sérialisation se font hors de l'écrivain. Une autre unité qui aurait créé entre-temps
     * une clé pour le même sujet fait échouer celle-ci (conflit) : rien n'est écrit sous une clé perdue.
     */
    @Override
    public byte[] cle(String sujet) {
        Optional<UnitOfWork<?>> unite = EcrivainUnique.uniteEnAttente();
        if (unite.isPresent()) {
            Map<String, byte[]> nouvelles = nouvelles(unite.get());
            byte[] tiree = nouvelles.get(sujet);
            if (tiree != null) {
                return tiree;
            }
            Optional<byte[]> existante = lire(sujet);
            if (existante.isPresent()) {
                return existante.get();
            }
            byte[] nouvelle = tirer();
            nouvelles.put(sujet, nouvelle);
            EcrivainUnique.apresPrise(unite.get(), () -> {
                if (!Arrays.equals(inserer(sujet, nouvelle), nouvelle)) {
                    throw new ConcurrencyException("Une autre clé a été créée entre-temps pour " + sujet);
                }
            });
            return nouvelle;
        }
        EcrivainUnique.avantEcriture();
        return inserer(sujet, tirer());
    }

    @Override
    public Optional<byte[]> cleExistante(String sujet) {
        Optional<byte[]> tiree =
                EcrivainUnique.uniteEnAttente().map(u -> nouvelles(u).get(sujet));
        return tiree.isPresent() ? tiree : lire(sujet);
    }

    private static Map<String, byte[]> nouvelles(UnitOfWork<?> unite) {
        return unite.getOrComputeResource(NOUVELLES, k -> new HashMap<>());
    }

    private byte[] tirer() {
        byte[] nouvelle = new byte[32];
        hasard.nextBytes(nouvelle);
        return nouvelle;
    }

    /** La clé du sujet une fois celle-ci proposée : la proposée, ou celle qui existait déjà. */
    private byte[] inserer(String sujet, byte[] proposee) {
        jdbc.update("INSERT OR IGNORE INTO CleDonneesPersonnelles (sujet, cle) VALUES (?, ?)", sujet, proposee);
        return lire(sujet).orElseThrow();
    }

    private Optional<byte[]> lire(String sujet) {
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
