package fr.socle.command.rgpd;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Les clés des données personnelles dans MongoDB : le choix de la production, où MongoDB est durable
 * ({@code socle.coffre-cles=mongodb}). Le mode embarqué les garde dans SQLite, avec les événements.
 */
@Component
@ConditionalOnProperty(name = "socle.coffre-cles", havingValue = "mongodb")
public class CoffreClesMongo implements CoffreCles {

    static final String COLLECTION = "coffreCles";
    static final String EFFACES = "sujetsEffaces";

    private final MongoCollection<Document> cles;
    private final MongoCollection<Document> effaces;
    private final SecureRandom hasard = new SecureRandom();

    public CoffreClesMongo(MongoClient client, @Value("${spring.data.mongodb.database:socle}") String base) {
        this.cles = client.getDatabase(base).getCollection(COLLECTION);
        this.effaces = client.getDatabase(base).getCollection(EFFACES);
    }

    @Override
    public byte[] cle(String sujet) {
        byte[] nouvelle = new byte[32];
        hasard.nextBytes(nouvelle);
        cles.updateOne(
                Filters.eq("_id", sujet),
                Updates.setOnInsert("cle", new Binary(nouvelle)),
                new UpdateOptions().upsert(true));
        return cleExistante(sujet).orElseThrow();
    }

    @Override
    public Optional<byte[]> cleExistante(String sujet) {
        return Optional.ofNullable(cles.find(Filters.eq("_id", sujet)).first())
                .map(d -> d.get("cle", Binary.class).getData());
    }

    @Override
    public void detruire(String sujet) {
        effaces.updateOne(
                Filters.eq("_id", sujet), Updates.setOnInsert("_id", sujet), new UpdateOptions().upsert(true));
        cles.deleteMany(
                Filters.or(Filters.eq("_id", sujet), Filters.regex("_id", "^" + Pattern.quote(sujet + SEPARATEUR))));
    }

    @Override
    public boolean efface(String sujet) {
        return effaces.find(Filters.in("_id", SujetDonneesPersonnelles.lignee(sujet)))
                        .first()
                != null;
    }
}
