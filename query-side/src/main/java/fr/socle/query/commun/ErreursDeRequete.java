package fr.socle.query.commun;

import fr.socle.kernel.erreur.Classification;
import fr.socle.kernel.erreur.ErreurClassee;
import graphql.GraphQLError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Les erreurs que graphql-java lève avant toute opération (syntaxe, validation du schéma, variables
 * mal typées, enum inconnu) reçoivent la même forme que les autres : BAD_REQUEST, champ et règle.
 */
@Component
public class ErreursDeRequete implements WebGraphQlInterceptor {

    private static final Set<String> CLASSES_DU_CONTRAT = EnumSet.allOf(Classification.class).stream()
            .map(Enum::name).collect(Collectors.toSet());
    private static final Pattern VARIABLE = Pattern.compile("Variable '([^']+)'");
    private static final Pattern CHAMP = Pattern.compile("(?:[Ff]ield|argument) '([^']+)'");
    private static final Pattern CHEMIN_INPUT = Pattern.compile("'/([^']+)'");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(reponse -> {
            List<GraphQLError> brutes = reponse.getExecutionResult().getErrors();
            List<GraphQLError> erreurs = brutes.stream().map(ErreursDeRequete::normaliser).toList();
            if (erreurs.equals(brutes)) {
                return reponse;
            }
            return reponse.transform(b -> b.errors(erreurs));
        });
    }

    private static GraphQLError normaliser(GraphQLError erreur) {
        Map<String, Object> extensions = erreur.getExtensions();
        Object classe = extensions == null ? null : extensions.get("classification");
        if (classe != null && CLASSES_DU_CONTRAT.contains(classe.toString())) {
            return erreur;
        }
        String message = erreur.getMessage() == null ? "" : erreur.getMessage();
        ErreurClassee classee = new ErreurClassee(Classification.BAD_REQUEST, champ(message), regle(message), message);
        return ErreursGraphQL.erreur(classee)
                .locations(erreur.getLocations())
                .path(erreur.getPath())
                .build();
    }

    private static String regle(String message) {
        if (message.contains("null value") || message.contains("missing required") || message.contains("must be non-null")
                || message.contains("is missing")) {
            return "OBLIGATOIRE";
        }
        if (message.contains("enum") || message.contains("Enum")) {
            return "VALEUR_INCONNUE";
        }
        if (message.contains("Invalid syntax") || message.contains("InvalidSyntax")) {
            return "SYNTAXE_INVALIDE";
        }
        if (message.contains("maximum query depth") || message.contains("maximum query complexity")) {
            return "REQUETE_TROP_COMPLEXE";
        }
        if (message.contains("invalid value") || message.contains("Invalid input") || message.contains("Expected")) {
            return "FORMAT_INVALIDE";
        }
        return "REQUETE_INVALIDE";
    }

    /** Le champ d'entrée nommé par le message de graphql-java, préfixe {@code input} ôté. */
    private static String champ(String message) {
        Matcher chemin = CHEMIN_INPUT.matcher(message);
        if (chemin.find()) {
            return sansRacine(chemin.group(1).replace('/', '.'));
        }
        Matcher champ = CHAMP.matcher(message);
        String nom = champ.find() ? champ.group(1) : null;
        Matcher variable = VARIABLE.matcher(message);
        if (variable.find()) {
            return nom == null ? variable.group(1) : nom;
        }
        return nom;
    }

    private static String sansRacine(String chemin) {
        return chemin.startsWith("input.") ? chemin.substring("input.".length()) : chemin;
    }
}
