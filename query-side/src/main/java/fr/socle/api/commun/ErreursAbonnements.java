package fr.socle.api.commun;

import graphql.GraphQLError;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** Les erreurs d'un abonnement (WebSocket) sont classées comme celles des requêtes et des mutations. */
@Component
public class ErreursAbonnements extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex) {
        return ErreursGraphQL.erreur(ErreursGraphQL.classer(ex)).build();
    }
}
