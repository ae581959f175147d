package fr.socle.api.audit;

import fr.socle.api.commun.Roles;
import fr.socle.kernel.audit.EtatAggregat;
import fr.socle.kernel.audit.EtatAggregatAu;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Identifiant;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * L'état d'un agrégat à une date ou à une version. La reconstruction a besoin des classes des agrégats,
 * qui vivent côté commandes : elle y est demandée par le bus de requêtes, local ou distant.
 */
@Controller
public class EtatAuGraphQL {

    private final QueryGateway requetes;

    public EtatAuGraphQL(QueryGateway requetes) {
        this.requetes = requetes;
    }

    @QueryMapping
    @PreAuthorize(Roles.AUDIT)
    public EtatAggregat etatAu(@Argument String aggregatId, @Argument Instant instant) {
        return demander(new EtatAggregatAu(Identifiant.lire(aggregatId, "aggregatId"), instant, null));
    }

    @QueryMapping
    @PreAuthorize(Roles.AUDIT)
    public EtatAggregat etatALaVersion(@Argument String aggregatId, @Argument int version) {
        if (version < 0) {
            throw Refus.invalide("version", "VERSION_INVALIDE", "Les versions commencent à 0");
        }
        return demander(new EtatAggregatAu(Identifiant.lire(aggregatId, "aggregatId"), null, (long) version));
    }

    private EtatAggregat demander(EtatAggregatAu requete) {
        try {
            Optional<EtatAggregat> etat = requetes.query(requete, ResponseTypes.optionalInstanceOf(EtatAggregat.class))
                    .join();
            return etat.orElse(null);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
