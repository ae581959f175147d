package fr.socle.banc.scenario;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import fr.socle.banc.moteur.Moteur;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static fr.socle.banc.outils.Mesures.secondesDepuis;

/**
 * La référence du rejeu : toutes les lignes d'événements lues par JDBC, un document écrit (upsert) par
 * événement par le pilote MongoDB, dans le MongoDB du moteur (base « banc », effacée ensuite).
 */
final class ReferenceRejeu {
    private ReferenceRejeu() {
    }

    /** Rend les événements lus et écrits par seconde. */
    static double mesurer(Moteur moteur) throws SQLException {
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
}
