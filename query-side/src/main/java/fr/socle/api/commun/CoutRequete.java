package fr.socle.api.commun;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.Map;

/**
 * Ce qu'une requête coûte, mesuré avant de l'exécuter : la profondeur et le nombre de champs, comptés à
 * part pour les champs du domaine (lus dans MongoDB ou le magasin d'événements) et pour l'introspection
 * (servie depuis le schéma en mémoire). La requête d'introspection standard des outils (GraphiQL, générateurs
 * de code) imbrique les types sur une quinzaine de niveaux sans rien lire : elle a ses propres bornes, pas
 * une exemption. {@code __typename} ne coûte rien.
 */
public final class CoutRequete extends SimplePerformantInstrumentation {

    /** Les bornes d'une famille de champs : profondeur depuis la racine et nombre de champs. */
    public record Bornes(int profondeur, int champs) {}

    private final Bornes domaine;
    private final Bornes introspection;

    public CoutRequete(Bornes domaine, Bornes introspection) {
        this.domaine = domaine;
        this.introspection = introspection;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parametres, InstrumentationState etat) {
        ExecutionContext contexte = parametres.getExecutionContext();
        Mesure mesure = QueryTraverser.newQueryTraverser()
                .schema(contexte.getGraphQLSchema())
                .document(contexte.getDocument())
                .operationName(contexte.getOperationDefinition().getName())
                .coercedVariables(contexte.getCoercedVariables())
                .build()
                .reducePreOrder((champ, cumul) -> cumul.avec(champ), Mesure.RIEN);
        verifier("", mesure.domaine(), domaine);
        verifier(" d'introspection", mesure.introspection(), introspection);
        return SimpleInstrumentationContext.noOp();
    }

    private static void verifier(String famille, Bornes mesure, Bornes bornes) {
        if (mesure.profondeur() > bornes.profondeur()) {
            throw new Refusee("Profondeur de requête" + famille + " trop grande : " + mesure.profondeur()
                    + " niveaux, au plus " + bornes.profondeur());
        }
        if (mesure.champs() > bornes.champs()) {
            throw new Refusee("Requête" + famille + " trop complexe : " + mesure.champs() + " champs, au plus "
                    + bornes.champs());
        }
    }

    private record Mesure(Bornes domaine, Bornes introspection) {
        static final Mesure RIEN = new Mesure(new Bornes(0, 0), new Bornes(0, 0));

        Mesure avec(QueryVisitorFieldEnvironment champ) {
            if (champ.isTypeNameIntrospectionField()) {
                return this;
            }
            int profondeur = 0;
            boolean sousIntrospection = false;
            for (QueryVisitorFieldEnvironment c = champ; c != null; c = c.getParentEnvironment()) {
                profondeur++;
                sousIntrospection |= c.getField().getName().startsWith("__");
            }
            return sousIntrospection
                    ? new Mesure(domaine, plus(introspection, profondeur))
                    : new Mesure(plus(domaine, profondeur), introspection);
        }

        private static Bornes plus(Bornes cumul, int profondeur) {
            return new Bornes(Math.max(cumul.profondeur(), profondeur), cumul.champs() + 1);
        }
    }

    /** Le refus, déjà classé au format du contrat. */
    private static final class Refusee extends AbortExecutionException {
        Refusee(String message) {
            super(message);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("classification", "BAD_REQUEST", "regle", "REQUETE_TROP_COMPLEXE");
        }
    }
}
