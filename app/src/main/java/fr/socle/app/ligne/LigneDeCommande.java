package fr.socle.app.ligne;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Les commandes d'exploitation du jar du moteur : {@code java -jar socle.jar <commande> <arguments…>}.
 * Le moteur démarre sans serveur web, avec la même configuration (profil, répertoire de données) que
 * le serveur, exécute la commande puis s'arrête avec son code de sortie. Les écritures qu'elle fait
 * sont signées {@value #AUTEUR}:utilisateur-du-système dans le journal.
 */
@Component
public class LigneDeCommande implements ApplicationRunner, ExitCodeGenerator {

    public static final String AUTEUR = "ligne-de-commande";

    private final List<CommandeEnLigne> commandes;
    private int code = CommandeEnLigne.SUCCES;

    public LigneDeCommande(List<CommandeEnLigne> commandes) {
        this.commandes = commandes;
    }

    /** Un argument qui n'est pas une option ({@code --cle=valeur}) nomme une commande : le serveur n'en prend aucun. */
    public static boolean demandee(String... arguments) {
        return Arrays.stream(arguments).anyMatch(a -> !a.startsWith("--"));
    }

    /** Démarre le moteur sans serveur web ; la commande est exécutée avant que ce contexte ne soit rendu. */
    public static ConfigurableApplicationContext demarrer(Class<?> application, String... arguments) {
        SpringApplication moteur = new SpringApplication(application);
        moteur.setWebApplicationType(WebApplicationType.NONE);
        moteur.setBannerMode(Banner.Mode.OFF);
        // Le compte rendu de la commande ne doit pas se perdre dans les journaux de démarrage.
        moteur.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        return moteur.run(arguments);
    }

    /** @return le code de sortie de la commande */
    public static int executer(Class<?> application, String... arguments) {
        return SpringApplication.exit(demarrer(application, arguments));
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        List<String> mots = arguments.getNonOptionArgs();
        if (mots.isEmpty()) {
            return;
        }
        Optional<CommandeEnLigne> commande =
                commandes.stream().filter(c -> c.nom().equals(mots.get(0))).findFirst();
        if (commande.isEmpty()) {
            System.err.println("Commande inconnue : " + mots.get(0) + ". Commandes disponibles :");
            commandes.forEach(c -> System.err.println("  " + c.usage()));
            code = CommandeEnLigne.USAGE;
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        AUTEUR + ":" + System.getProperty("user.name"), null, List.of()));
        try {
            code = commande.get().executer(mots.subList(1, mots.size()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Override
    public int getExitCode() {
        return code;
    }
}
