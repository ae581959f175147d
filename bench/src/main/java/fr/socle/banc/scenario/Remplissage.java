package fr.socle.banc.scenario;

import fr.socle.banc.moteur.Moteur;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static fr.socle.banc.outils.Journal.etape;

/**
 * Le remplissage du magasin, moteur arrêté : des cycles complets de dossiers réels copiés sous de nouveaux
 * identifiants, par lots validés. Le dossier modèle et les agrégats que ses événements nomment (sa fiche
 * d'annuaire) sont copiés chacun sous un identifiant neuf, pour que chaque copie ait sa propre fiche comme
 * un vrai dossier.
 */
final class Remplissage {
    private static final Pattern UUID_TEXTE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int LOT = 2500;

    private Remplissage() {
    }

    /** Copie des cycles jusqu'à {@code evenementsVoulus} événements ; rend le nombre de dossiers copiés. */
    static long remplir(Path donnees, long evenementsVoulus) throws SQLException {
        try (Connection c = Moteur.sqlite(donnees)) {
            Map<String, List<Object[]>> evenementsParAggregat = modele(c);
            c.setAutoCommit(false);
            return copier(c, evenementsParAggregat, evenementsVoulus);
        }
    }

    /** Les événements, par agrégat, d'un dossier mené à CLOTURE par la phase d'écriture et des agrégats qu'il nomme. */
    private static Map<String, List<Object[]>> modele(Connection c) throws SQLException {
        Map<String, List<Object[]>> evenementsParAggregat = new LinkedHashMap<>();
        String modele;
        // Un dossier de sa création et de ses trois changements d'état.
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT aggregateIdentifier FROM DomainEventEntry "
                + "WHERE aggregateIdentifier IN (SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType LIKE '%DossierCr%') "
                + "GROUP BY aggregateIdentifier HAVING count(*) BETWEEN 4 AND 8 LIMIT 1")) {
            if (!r.next()) {
                throw new IllegalStateException("aucun cycle de dossier complet à copier dans le magasin");
            }
            modele = r.getString(1);
        }
        evenementsParAggregat.put(modele, evenementsDe(c, modele));
        Matcher identifiants = UUID_TEXTE.matcher(evenementsParAggregat.get(modele).stream()
                .map(e -> new String((byte[]) e[3], StandardCharsets.UTF_8)).collect(Collectors.joining("\n")));
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
        return evenementsParAggregat;
    }

    private static long copier(Connection c, Map<String, List<Object[]>> evenementsParAggregat, long evenementsVoulus) throws SQLException {
        long dossiers = 0;
        long ecrits = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, "
                + "eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?,?,?,?,?,?,?,?,?)")) {
            while (ecrits < evenementsVoulus) {
                ecrits += ajouterCopie(p, evenementsParAggregat);
                dossiers++;
                if (dossiers % LOT == 0) {
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

    /** Ajoute au lot une copie du modèle, chaque agrégat sous un identifiant neuf ; rend le nombre d'événements ajoutés. */
    private static int ajouterCopie(PreparedStatement p, Map<String, List<Object[]>> evenementsParAggregat) throws SQLException {
        Map<String, String> nouveaux = new LinkedHashMap<>();
        evenementsParAggregat.keySet().forEach(ancien -> nouveaux.put(ancien, UUID.randomUUID().toString()));
        int ajoutes = 0;
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
                ajoutes++;
            }
        }
        return ajoutes;
    }

    /** Les événements d'un agrégat dans l'ordre : séquence, type, métadonnées, charge, révision, type de charge, horodatage. */
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
}
