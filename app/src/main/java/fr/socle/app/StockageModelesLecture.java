package fr.socle.app;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Le stockage H2 du serveur MongoDB embarqué, qui sert aussi par l'index {@code _id} une requête
 * portant une égalité sur {@code _id} et d'autres conditions. Le serveur d'origine n'emploie un index
 * que si la requête porte exactement ses clés : {@code {_id: x, version: {$lt: n}}}, la mise à jour
 * gardée par version de chaque projection, parcourait toute la collection à chaque événement.
 * Ses index comparent aussi leurs clés valeur par valeur, là où H2 sérialisait les deux clés (sérialisation
 * Java) à chaque pas de chaque recherche.
 */
final class StockageModelesLecture extends H2Backend {

    static final String FICHIER = "modeles-lecture.v2.mv";
    /** Le fichier d'avant le changement d'ordre des index, effacé au démarrage. */
    static final String FICHIER_ANCIEN = "modeles-lecture.mv";

    /** Les noms des tables H2 tels que {@link H2Database} les donne : un fichier existant s'ouvre tel quel. */
    private static final String DONNEES = "databases.";

    private static final String META = "meta.";
    private static final String INDEX = "._index_";
    private static final String ID = "_id";
    private static final String ID_INDEX = "_id_";

    StockageModelesLecture(String fichier) {
        super(fichier);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String nom) {
        return new Base(nom, getCursorRegistry());
    }

    /** Classe interne : le constructeur parent ouvre déjà les collections, et le magasin H2 vient de l'instance englobante. */
    private final class Base extends H2Database {
        Base(String nom, CursorRegistry curseurs) {
            super(nom, getMvStore(), curseurs);
        }

        /** La table de l'index est ouverte d'abord avec le type de clé comparable ; H2 rend ensuite cette même table. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collection, String index, List<IndexKey> cles, boolean clairseme) {
            getMvStore()
                    .openMap(
                            getFullCollectionNamespace(collection) + INDEX + index,
                            new MVMap.Builder<KeyValue, Object>().keyType(new ClesComparees()));
            return super.openOrCreateUniqueIndex(collection, index, cles, clairseme);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
            String complet = getFullCollectionNamespace(collection);
            return new Collection(this, collection, options, complet, cursorRegistry);
        }
    }

    private final class Collection extends H2Collection {
        Collection(MongoDatabase base, String nom, CollectionOptions options, String complet, CursorRegistry curseurs) {
            super(
                    base,
                    nom,
                    options,
                    getMvStore().openMap(DONNEES + complet),
                    getMvStore().openMap(META + complet),
                    curseurs);
        }

        /**
         * Sans statistique de taille (collStats), que rien ne lit ici : la tenir encodait en BSON le document
         * avant et après chaque mise à jour, et réécrivait une entrée de méta-données H2.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected QueryResult queryDocuments(
                Document requete, Document tri, int aSauter, int limite, int lot, Document champs) {
            Object id = requete.get(ID);
            if (requete.size() > 1 && estValeurSimple(id)) {
                Optional<Index<Object>> index = getIndexes().stream()
                        .filter(i -> ID_INDEX.equals(i.getName()))
                        .findFirst();
                if (index.isPresent()) {
                    return matchDocuments(
                            requete, index.get().getPositions(new Document(ID, id)), tri, aSauter, limite, lot, champs);
                }
            }
            return super.queryDocuments(requete, tri, aSauter, limite, lot, champs);
        }
    }

    /**
     * Les clés d'index dans l'ordre des valeurs MongoDB. Leur écriture sur disque reste celle de H2 ; l'ordre
     * change, d'où le nom de fichier propre à ce stockage (un fichier de l'ancien ordre est reconstruit).
     */
    private static final class ClesComparees extends ObjectDataType {
        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue ka && b instanceof KeyValue kb) {
                int n = Math.min(ka.size(), kb.size());
                for (int i = 0; i < n; i++) {
                    int c = ValueComparator.asc().compare(ka.get(i), kb.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(ka.size(), kb.size());
            }
            return super.compare(a, b);
        }
    }

    /** Une égalité : pas un opérateur ({@code $in}, {@code $gt}…), pas un sous-document comparé en entier. */
    private static boolean estValeurSimple(Object valeur) {
        return valeur instanceof String
                || valeur instanceof Number
                || valeur instanceof ObjectId
                || valeur instanceof UUID;
    }
}
