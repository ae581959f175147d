package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Le stockage des modèles de lecture embarqués, par le vrai pilote : mêmes réponses que MongoDB, fichier relu. */
class StockageModelesLectureTest {

    @TempDir
    Path repertoire;

    private StockageModelesLecture stockage;
    private MongoServer serveur;
    private MongoClient client;

    @BeforeEach
    void demarrer() {
        ouvrir();
    }

    @AfterEach
    void arreter() {
        fermer();
    }

    private void ouvrir() {
        stockage = new StockageModelesLecture(
                repertoire.resolve(StockageModelesLecture.FICHIER).toString());
        serveur = new MongoServer(stockage);
        InetSocketAddress adresse = serveur.bind();
        client = MongoClients.create("mongodb://" + adresse.getHostString() + ":" + adresse.getPort());
    }

    private void fermer() {
        client.close();
        serveur.shutdownNow();
        stockage.close();
    }

    private MongoCollection<Document> dossiers() {
        return client.getDatabase("socle").getCollection("dossiers");
    }

    @Test
    void une_mise_a_jour_gardee_par_version_ne_touche_que_son_document_et_seulement_si_la_garde_tient() {
        dossiers()
                .insertMany(List.of(
                        new Document("_id", "a").append("version", 1).append("etat", "OUVERT"),
                        new Document("_id", "b").append("version", 1).append("etat", "OUVERT")));

        long appliquee = dossiers()
                .updateOne(
                        Filters.and(Filters.eq("_id", "a"), Filters.lt("version", 2)),
                        Updates.combine(Updates.set("etat", "EN_COURS"), Updates.set("version", 2)))
                .getModifiedCount();
        long rejouee = dossiers()
                .updateOne(Filters.and(Filters.eq("_id", "a"), Filters.lt("version", 2)), Updates.set("etat", "REJOUE"))
                .getModifiedCount();

        assertThat(appliquee).isEqualTo(1);
        assertThat(rejouee).isZero();
        assertThat(dossiers().find(Filters.eq("_id", "a")).first().getString("etat"))
                .isEqualTo("EN_COURS");
        assertThat(dossiers().find(Filters.eq("_id", "b")).first().getString("etat"))
                .isEqualTo("OUVERT");
        assertThat(dossiers().countDocuments(Filters.and(Filters.eq("_id", "absent"), Filters.eq("etat", "OUVERT"))))
                .isZero();
        assertThat(dossiers().countDocuments(Filters.and(Filters.in("_id", "a", "b"), Filters.eq("etat", "OUVERT"))))
                .isEqualTo(1);
    }

    @Test
    void un_index_unique_refuse_un_doublon_et_survit_a_la_reouverture_du_fichier() {
        dossiers().createIndex(Indexes.ascending("siret", "etat"), new IndexOptions().unique(true));
        dossiers()
                .insertOne(new Document("_id", "a")
                        .append("siret", "73282932000074")
                        .append("etat", "OUVERT"));
        dossiers()
                .insertOne(new Document("_id", "b")
                        .append("siret", "73282932000074")
                        .append("etat", "CLOTURE"));
        assertThatThrownBy(() -> dossiers()
                        .insertOne(new Document("_id", "c")
                                .append("siret", "73282932000074")
                                .append("etat", "OUVERT")))
                .hasMessageContaining("duplicate key");

        fermer();
        ouvrir();

        assertThat(dossiers()
                        .find(Filters.and(Filters.eq("siret", "73282932000074"), Filters.eq("etat", "CLOTURE")))
                        .first()
                        .getString("_id"))
                .isEqualTo("b");
        assertThatThrownBy(() -> dossiers()
                        .insertOne(new Document("_id", "d")
                                .append("siret", "73282932000074")
                                .append("etat", "CLOTURE")))
                .hasMessageContaining("duplicate key");
        assertThat(dossiers().countDocuments()).isEqualTo(2);
    }
}
