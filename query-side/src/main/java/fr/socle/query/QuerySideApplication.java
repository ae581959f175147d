package fr.socle.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Le côté requêtes déployé seul (production) : projections et modèles de lecture MongoDB ({@code fr.socle.query}),
 * et l'API GraphQL qui les lit et envoie les commandes ({@code fr.socle.api}). Les commandes partent vers le côté commandes par Axon Server, les événements en reviennent.
 * Sa configuration est {@code query-side.yml}.
 */
@SpringBootApplication(scanBasePackages = {"fr.socle.query", "fr.socle.api", "fr.socle.exploitation"})
public class QuerySideApplication {

    /** Le nom des fichiers de configuration de ce côté : {@code query-side.yml}, {@code query-side-<profil>.yml}. */
    public static final String CONFIGURATION = "spring.config.name=query-side";

    public static void main(String[] args) {
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(CONFIGURATION)
                .run(args);
    }
}
