package fr.socle.app;

import fr.socle.app.ligne.LigneDeCommande;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Le moteur en un seul processus : côté commandes et côté requêtes ensemble. Les points d'entrée
 * autonomes de chaque côté (production) sont écartés du balayage.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "fr.socle",
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
            @ComponentScan.Filter(
                    type = FilterType.REGEX,
                    pattern = "fr\\.socle\\.(command|query)\\.[A-Za-z]+Application")
        })
public class SocleApplication {

    /** Sans argument autre que des options, le serveur ; sinon une commande d'exploitation ({@link LigneDeCommande}). */
    public static void main(String[] args) {
        if (LigneDeCommande.demandee(args)) {
            System.exit(LigneDeCommande.executer(SocleApplication.class, args));
        }
        SpringApplication.run(SocleApplication.class, args);
    }
}
