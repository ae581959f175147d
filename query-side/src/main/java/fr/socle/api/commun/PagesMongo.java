package fr.socle.api.commun;

import java.util.function.ToLongFunction;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Pagination des modèles de lecture : chaque document porte la position globale de l'événement qui l'a
 * créé, ordre stable et identique après reconstruction.
 */
@Component
public class PagesMongo {

    public static final String POSITION = "position";

    private final MongoTemplate mongo;

    public PagesMongo(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public <T> Connexion<T> page(
            Criteria filtre, Class<T> type, Integer first, String after, ToLongFunction<T> position) {
        int taille = Curseur.taille(first);
        long apres = Curseur.decoder(after);
        long total = mongo.count(Query.query(filtre), type);
        Query requete = Query.query(new Criteria()
                        .andOperator(filtre, Criteria.where(POSITION).gt(apres)))
                .with(Sort.by(POSITION))
                .limit(taille + 1);
        return Connexion.depuis(mongo.find(requete, type), taille, position, total, after);
    }
}
