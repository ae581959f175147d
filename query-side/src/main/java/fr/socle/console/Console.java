package fr.socle.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * La console des auditeurs, analystes et exploitants, sur {@code /console} : une page dont les scripts
 * (modules de {@code static/console/js}) ne parlent au moteur que par l'API GraphQL publique, comme tout
 * autre client. Ses bibliothèques viennent du jar (webjars), jamais d'Internet.
 */
@Configuration
public class Console {

    public static final String CHEMIN = "/console";
    public static final String CONNEXION = CHEMIN + "/connexion";
    public static final String DECONNEXION = CHEMIN + "/deconnexion";

    /**
     * @param parFournisseur avec les jetons OIDC, la page de connexion mène au fournisseur d'identité au lieu
     *     de demander un mot de passe
     */
    @Bean
    public RouterFunction<ServerResponse> pagesConsole(
            @Value("${socle.securite.oidc.active:false}") boolean parFournisseur) {
        Resource console = new ClassPathResource("static/console/index.html");
        Resource connexion = new ClassPathResource(
                parFournisseur ? "static/console/connexion-oidc.html" : "static/console/connexion.html");
        return RouterFunctions.route()
                .GET(CHEMIN, requete -> page(console))
                .GET(CHEMIN + "/", requete -> page(console))
                .GET(CONNEXION, requete -> page(connexion))
                .build();
    }

    private static ServerResponse page(Resource page) {
        return ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noStore())
                .body(page);
    }
}
