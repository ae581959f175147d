package fr.socle.api.rappel;

import fr.socle.api.commun.Connexion;
import fr.socle.api.commun.OperationsAgregats;
import fr.socle.api.commun.PagesMongo;
import fr.socle.api.commun.Roles;
import fr.socle.kernel.rappel.SituationRappel;
import fr.socle.kernel.rappel.TraiterRappel;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.query.rappel.RappelVue;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
public class RappelGraphQL implements OperationsAgregats.Declaration {

    private final MongoTemplate mongo;
    private final PagesMongo pages;

    public RappelGraphQL(MongoTemplate mongo, PagesMongo pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<RappelVue> rappels(
            @Argument SituationRappel situation,
            @Argument String opportuniteId,
            @Argument Integer first,
            @Argument String after) {
        Criteria filtre = new Criteria();
        if (situation != null) {
            filtre = filtre.and("situation").is(situation);
        }
        if (opportuniteId != null) {
            filtre = filtre.and("opportuniteId").is(Identifiant.lire(opportuniteId, "opportuniteId"));
        }
        return pages.page(filtre, RappelVue.class, first, after, RappelVue::position);
    }

    @Override
    public void declarer(OperationsAgregats.Table table) {
        table.sujet("id", this::lire).lecture("rappel").mutation("traiterRappel", TraiterRappel::new);
    }

    private Optional<RappelVue> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, RappelVue.class));
    }
}
