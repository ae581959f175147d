package fr.socle.api.commun;

import fr.socle.kernel.erreur.Classification;
import fr.socle.kernel.erreur.ErreurClassee;
import graphql.GraphQLError;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Les erreurs que graphql-java lève avant toute opération (syntaxe, validation du schéma, variables
 * mal typées, enum inconnu) reçoivent la même forme que les autres : BAD_REQUEST, champ et règle.
 */
@Component
public class ErreursDeRequete implements WebGraphQlInterceptor {

    private static final Set<String> CLASSES_DU_CONTRAT =
            EnumSet.allOf(Classification.class).stream().map(Enum::name).collect(Collectors.toSet());
    private static final Pattern VARIABLE = Pattern.compile("Variable '([^']+)'");
    private static final Pattern CHAMP = Pattern.compile("(?:[Ff]ield|argument) '([^']+)'");
    private static final Pattern CHEMIN_INPUT = Pattern.compile("'/([^']+)'");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(reponse -> {
            List<GraphQLError> brutes = reponse.getExecutionResult().getErrors();
            Map<String, Object> variables = request.getVariables();
            List<GraphQLError> erreurs =
                    brutes.stream().map(e -> normaliser(e, variables)).toList();
            if (erreurs.equals(brutes)) {
                return reponse;
            }
            return reponse.transform(b -> b.errors(erreurs));
        });
    }

    private static GraphQLError normaliser(GraphQLError erreur, Map<String, Object> variables) {
        Map<String, Object> extensions = erreur.getExtensions();
        Object classe = extensions == null ? null : extensions.get("classification");
        if (classe != null && CLASSES_DU_CONTRAT.contains(classe.toString())) {
            return erreur;
        }
        String message = erreur.getMessage() == null ? "" : erreur.getMessage();
        ErreurClassee classee =
                new ErreurClassee(Classification.BAD_REQUEST, champ(message, variables), regle(message), message);
        return ErreursGraphQL.erreur(classee)
                .locations(erreur.getLocations())
                .path(erreur.getPath())
                .build();
    }

    private static String regle(String message) {
        if (message.contains("null value")
                || message.contains("missing required")
                || message.contains("must be non-null")
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

    /**
     * Le champ d'entrée en cause. graphql-java ne nomme que la variable quand une valeur imbriquée est
     * invalide : on retrouve alors, dans les variables envoyées, la feuille qui porte la valeur citée.
     */
    private static String champ(String message, Map<String, Object> variables) {
        Matcher chemin = CHEMIN_INPUT.matcher(message);
        if (chemin.find()) {
            return sansRacine(chemin.group(1).replace('/', '.'));
        }
        Matcher champ = CHAMP.matcher(message);
        String nom = champ.find() ? champ.group(1) : null;
        Matcher variable = VARIABLE.matcher(message);
        if (!variable.find()) {
            return nom;
        }
        String racine = variable.group(1);
        Object valeur = variables == null ? null : variables.get(racine);
        Matcher citee = VALEUR_CITEE.matcher(message);
        while (citee.find()) {
            String texte = citee.group(1) != null ? citee.group(1) : citee.group(2);
            String trouve = chercher(valeur, racine, v -> correspond(v, texte));
            if (trouve != null) {
                return sansRacine(trouve);
            }
        }
        if (nom != null) {
            String trouve = chercherCle(valeur, racine, nom);
            return sansRacine(trouve != null ? trouve : racine + "." + nom);
        }
        return racine;
    }

    private static final Pattern VALEUR_CITEE = Pattern.compile("« (.*?)(?:…)? »|name '([^']*)'");

    private static boolean correspond(Object feuille, String texte) {
        if (feuille == null || feuille instanceof Map || feuille instanceof List) {
            return false;
        }
        String valeur = String.valueOf(feuille);
        return texte.isEmpty() ? valeur.isEmpty() : valeur.startsWith(texte);
    }

    private static String chercher(Object noeud, String chemin, java.util.function.Predicate<Object> test) {
        if (noeud instanceof Map<?, ?> objet) {
            for (Map.Entry<?, ?> e : objet.entrySet()) {
                String trouve = chercher(e.getValue(), chemin + "." + e.getKey(), test);
                if (trouve != null) {
                    return trouve;
                }
            }
            return null;
        }
        if (noeud instanceof List<?> liste) {
            for (int i = 0; i < liste.size(); i++) {
                String trouve = chercher(liste.get(i), chemin + "[" + i + "]", test);
                if (trouve != null) {
                    return trouve;
                }
            }
            return null;
        }
        return test.test(noeud) ? chemin : null;
    }

    private static String chercherCle(Object noeud, String chemin, String cle) {
        if (noeud instanceof Map<?, ?> objet) {
            if (objet.containsKey(cle)) {
                return chemin + "." + cle;
            }
            for (Map.Entry<?, ?> e : objet.entrySet()) {
                String trouve = chercherCle(e.getValue(), chemin + "." + e.getKey(), cle);
                if (trouve != null) {
                    return trouve;
                }
            }
        } else if (noeud instanceof List<?> liste) {
            for (int i = 0; i < liste.size(); i++) {
                String trouve = chercherCle(liste.get(i), chemin + "[" + i + "]", cle);
                if (trouve != null) {
                    return trouve;
                }
            }
        }
        return null;
    }

    private static String sansRacine(String chemin) {
        return chemin.startsWith("input.") ? chemin.substring("input.".length()) : chemin;
    }
}
