package fr.socle.app.ligne;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.api.commun.Auteurs;
import fr.socle.api.dossier.CreateurDossiers;
import fr.socle.app.MagasinSqlite;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Telephone;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code mesurer-commandes <commandes> [fils]} : le débit des commandes dans le processus du moteur, sans
 * HTTP. Des fils concurrents (16 par défaut) envoient chacun des créations de dossier, les mêmes que la
 * mutation {@code creerDossier} d'un titulaire personne, et attendent leur réponse (CommandGateway) : les
 * événements sont donc sur disque ; les projections tournent pendant ce temps. Un quart de commandes en
 * plus, avant la mesure, échauffe la JVM. Imprime sur la sortie standard une ligne JSON : commandes par
 * seconde et événements écrits par commande, ce qu'il faut pour lui comparer des transactions brutes.
 *
 * <p>Elle écrit ses dossiers dans le magasin : elle refuse donc un magasin qui a déjà des événements.
 */
@Component
public class MesurerCommandes implements CommandeEnLigne {

    private static final int FILS = 16;

    private final CreateurDossiers createur;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final MeterRegistry registre;

    public MesurerCommandes(
            CreateurDossiers createur, DataSource dataSource, ObjectMapper json, MeterRegistry registre) {
        this.createur = createur;
        this.jdbc = new JdbcTemplate(dataSource);
        this.json = json;
        this.registre = registre;
    }

    @Override
    public String nom() {
        return "mesurer-commandes";
    }

    @Override
    public String usage() {
        return "mesurer-commandes <commandes> [fils]  sur un magasin vide, mesure les créations de dossier par "
                + "seconde envoyées dans le processus (" + FILS + " fils par défaut) ; une ligne JSON";
    }

    @Override
    public int executer(List<String> arguments) throws Exception {
        int commandes;
        int fils;
        try {
            commandes = Integer.parseInt(arguments.get(0));
            fils = arguments.size() > 1 ? Integer.parseInt(arguments.get(1)) : FILS;
        } catch (RuntimeException e) {
            commandes = fils = 0;
        }
        if (arguments.isEmpty() || arguments.size() > 2 || commandes <= 0 || fils <= 0) {
            System.err.println("Usage : " + usage());
            return USAGE;
        }
        if (evenements() > 0) {
            System.err.println(nom() + " : le magasin a déjà des événements ; donnez un répertoire de données neuf"
                    + " (--socle.donnees=…)");
            return USAGE;
        }
        String auteur = Auteurs.auteurCourant();
        envoyer(Math.max(1, commandes / 4), fils, auteur);
        long evenementsAvant = evenements();
        double validationsAvant = validations();
        long debut = System.nanoTime();
        long erreurs = envoyer(commandes, fils, auteur);
        double secondes = (System.nanoTime() - debut) / 1e9;
        long ecrits = evenements() - evenementsAvant;
        double validations = validations() - validationsAvant;
        long reussies = commandes - erreurs;
        Map<String, Object> mesure = new LinkedHashMap<>();
        mesure.put("threads", fils);
        mesure.put("commands", reussies);
        mesure.put("errors", erreurs);
        mesure.put("seconds", Math.round(secondes * 1000) / 1000.0);
        mesure.put("commands_per_s", Math.round(reussies / secondes * 10) / 10.0);
        mesure.put("events", ecrits);
        mesure.put("events_per_command", reussies == 0 ? 0 : Math.round(ecrits * 100.0 / reussies) / 100.0);
        // Combien de commandes chaque validation sur disque (fsync) a portées.
        mesure.put("commands_per_commit", validations <= 0 ? 0 : Math.round(reussies * 100.0 / validations) / 100.0);
        System.out.println(json.writeValueAsString(mesure));
        return erreurs == 0 ? SUCCES : PARTIEL;
    }

    /** Envoie {@code n} créations réparties entre {@code fils} fils ; rend le nombre de refus ou d'échecs. */
    private long envoyer(int n, int fils, String auteur) throws Exception {
        AtomicLong restantes = new AtomicLong(n);
        AtomicLong erreurs = new AtomicLong();
        ExecutorService executeur = Executors.newFixedThreadPool(fils);
        try {
            List<Future<?>> envois = new ArrayList<>();
            for (int i = 0; i < fils; i++) {
                envois.add(executeur.submit(() -> {
                    while (restantes.getAndDecrement() > 0) {
                        try {
                            createur.creer(creation(), auteur);
                        } catch (RuntimeException e) {
                            if (erreurs.getAndIncrement() == 0) {
                                System.err.println(nom() + " : " + e);
                            }
                        }
                    }
                }));
            }
            for (Future<?> envoi : envois) {
                envoi.get();
            }
        } finally {
            executeur.shutdown();
        }
        return erreurs.get();
    }

    /** Une création de dossier au titulaire personne, comme celles du banc par HTTP. */
    private static CreerDossier creation() {
        String n = Identifiant.nouveau().substring(0, 8);
        return new CreerDossier(
                Identifiant.nouveau(),
                new Personne(
                        Civilite.MME,
                        "Jeanne",
                        "Banc" + n,
                        new Email("banc" + n + "@exemple.fr"),
                        Telephone.mobile("0612345678"),
                        null));
    }

    private double validations() {
        FunctionCounter compteur = registre.find(MagasinSqlite.VALIDATIONS).functionCounter();
        return compteur == null ? 0 : compteur.count();
    }

    private long evenements() {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
    }
}
