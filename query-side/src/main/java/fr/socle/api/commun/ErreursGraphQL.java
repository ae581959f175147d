package fr.socle.api.commun;

import fr.socle.kernel.erreur.Classification;
import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.ErreurClassee;
import fr.socle.query.commun.SuiviProjections;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Toute exception d'une opération devient une erreur GraphQL classée ; rien d'autre (pile d'appels,
 * message technique) n'atteint le client. Une erreur imprévue est journalisée sous une référence que
 * le client reçoit.
 */
@Component
public class ErreursGraphQL extends DataFetcherExceptionResolverAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ErreursGraphQL.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return erreur(classer(ex))
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }

    /** La classe de toute exception : celle d'un refus, sinon une classe technique (droits, retard, imprévu). */
    public static ErreurClassee classer(Throwable ex) {
        return Classifieur.classer(ex).orElseGet(() -> classerTechnique(ex));
    }

    private static ErreurClassee classerTechnique(Throwable ex) {
        if (ex instanceof AuthenticationCredentialsNotFoundException) {
            return new ErreurClassee(
                    Classification.UNAUTHORIZED, null, "AUTHENTIFICATION_REQUISE", "Authentification requise");
        }
        if (ex instanceof AccessDeniedException) {
            return new ErreurClassee(
                    Classification.FORBIDDEN, null, "ROLE_INSUFFISANT", "Votre rôle ne permet pas cette opération");
        }
        if (ex instanceof SuiviProjections.ProjectionEnRetard) {
            return new ErreurClassee(Classification.INTERNAL_ERROR, null, "PROJECTION_EN_RETARD", ex.getMessage());
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Erreur imprévue, référence {}", reference, ex);
        return new ErreurClassee(
                Classification.INTERNAL_ERROR, null, null, "Erreur interne (référence " + reference + ")");
    }

    /** Une erreur GraphQL au format du contrat : classification, et champ et règle quand il y en a. */
    public static GraphqlErrorBuilder<?> erreur(ErreurClassee erreur) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", erreur.classification().name());
        if (erreur.champ() != null) {
            extensions.put("champ", erreur.champ());
        }
        if (erreur.regle() != null) {
            extensions.put("regle", erreur.regle());
        }
        return GraphqlErrorBuilder.newError()
                .message(erreur.message())
                .errorType(classe(erreur.classification()))
                .extensions(extensions);
    }

    static ErrorClassification classe(Classification classification) {
        return ErrorClassification.errorClassification(classification.name());
    }
}
