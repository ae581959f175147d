package fr.socle.query.analyse;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.DateOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Les comptes des modèles de lecture, faits par MongoDB : seuls les nombres reviennent, jamais les
 * documents. Les jours, semaines et mois se lisent dans le fuseau des utilisateurs (celui de l'horloge
 * du métier), comme les bornes des filtres.
 */
@Component
public class Comptages {

    /** Le nombre de documents d'une période. */
    public record ComptePeriode(@Id String periode, int nombre) {}

    private final MongoTemplate mongo;
    private final ZoneId fuseau;

    public Comptages(MongoTemplate mongo, Clock horloge) {
        this.mongo = mongo;
        this.fuseau = horloge.getZone();
    }

    public ZoneId fuseau() {
        return fuseau;
    }

    public long compter(Class<?> modele, Criteria criteres) {
        return mongo.count(Query.query(criteres), modele);
    }

    /**
     * Le nombre de documents de chaque combinaison de valeurs des {@code cles} présente dans la sélection :
     * un document par combinaison, avec chaque clé et {@code nombre}.
     */
    public List<Document> parCles(Class<?> modele, Criteria criteres, String... cles) {
        Aggregation agregation = Aggregation.newAggregation(
                Aggregation.match(criteres), Aggregation.group(cles).count().as("nombre"));
        // L'identifiant d'un groupe est la valeur de sa clé s'il n'en a qu'une, un document des clés sinon.
        return mongo.aggregate(agregation, modele, Document.class).getMappedResults().stream()
                .map(groupe -> (groupe.get("_id") instanceof Document valeurs
                                ? new Document(valeurs)
                                : new Document(cles[0], groupe.get("_id")))
                        .append("nombre", groupe.get("nombre")))
                .toList();
    }

    /** Les périodes où tombe au moins un {@code champDate} de la sélection, dans l'ordre chronologique. */
    public List<ComptePeriode> parPeriode(
            Class<?> modele, Criteria criteres, String champDate, Granularite granularite) {
        Aggregation agregation = Aggregation.newAggregation(
                Aggregation.match(criteres),
                Aggregation.project()
                        .and(DateOperators.dateOf(champDate)
                                .withTimezone(DateOperators.Timezone.valueOf(fuseau.getId()))
                                .toString(granularite.format))
                        .as("periode"),
                Aggregation.group("periode").count().as("nombre"),
                Aggregation.sort(Sort.Direction.ASC, "_id"));
        return mongo.aggregate(agregation, modele, ComptePeriode.class).getMappedResults();
    }
}
