package fr.socle.api.commun;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Un document GraphQL déjà vu n'est ni relu ni revalidé : les clients envoient toujours les mêmes
 * documents avec d'autres variables, et l'analyse puis la validation coûtaient autant que l'exécution
 * d'un {@code dossier(id)}. La langue fait partie de la clé, les messages de validation en dépendent.
 */
@Configuration
public class DocumentsPrepares {

    record Cle(String document, Locale langue) {}

    @Bean
    public GraphQlSourceBuilderCustomizer documentsPreparesEnCache(
            @Value("${socle.graphql.documents-en-cache:1000}") int taille) {
        Cache<Cle, PreparsedDocumentEntry> cache =
                Caffeine.newBuilder().maximumSize(taille).build();
        PreparsedDocumentProvider fournisseur = new PreparsedDocumentProvider() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
                    ExecutionInput entree, Function<ExecutionInput, PreparsedDocumentEntry> analyserEtValider) {
                return CompletableFuture.completedFuture(cache.get(
                        new Cle(entree.getQuery(), entree.getLocale()), cle -> analyserEtValider.apply(entree)));
            }
        };
        return source -> source.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(fournisseur));
    }
}
