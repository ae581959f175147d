package fr.socle.api.dossier.importation;

import fr.socle.api.dossier.CreateurDossiers;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.ErreurClassee;
import fr.socle.query.commun.SuiviProjections;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * L'import d'un fichier de dossiers, le même pour la ligne de commande et l'API : un dossier par ligne,
 * par la même commande que {@code creerDossier}. Une ligne refusée n'écrit rien ; elle est rapportée avec
 * son numéro, le champ et la règle en cause, et l'import continue.
 *
 * <p>L'import se reprend : le dossier d'une ligne a l'identifiant tiré de sa clé ({@link CleDeLigne}), et
 * une ligne dont le dossier existe déjà est comptée déjà importée, sans rien écrire. Un fichier interrompu
 * (panne, arrêt) puis réimporté en entier donne donc chaque ligne une fois, et une seule.
 *
 * <p>Les lignes s'écrivent en parallèle, {@code socle.import.paralleles} à la fois, chacune par sa propre
 * commande, donc dans sa propre unité de travail et sa propre transaction : une ligne ne tient l'écrivain
 * du magasin que le temps de sa validation, les commandes de l'API passent entre les lignes, et des
 * validations concurrentes peuvent partager une écriture sur disque. Une ligne n'est comptée qu'à la
 * réponse de sa commande, dans l'ordre du fichier : le bilan n'avance que sur les premières lignes toutes
 * finies, une fenêtre bornée de lignes suivantes étant en vol.
 */
@Component
public class ImportateurDossiers {

    private static final Logger LOG = LoggerFactory.getLogger(ImportateurDossiers.class);

    /** Lignes en vol par fil : assez pour qu'une ligne lente en tête ne laisse pas les fils sans travail. */
    private static final int EN_VOL_PAR_FIL = 4;

    /** Où en est un import : tenu par l'import, lu après chaque ligne par qui suit l'avancement. */
    public static final class Bilan {
        private int traitees;
        private int importees;
        private int dejaImportees;
        private final List<Rejet> rejets = new ArrayList<>();

        public int traitees() {
            return traitees;
        }

        /** Les lignes dont le dossier existe : créé par cet import, ou déjà par un import précédent. */
        public int importees() {
            return importees;
        }

        /** Parmi les importées, celles dont le dossier existait déjà : elles n'ont rien écrit. */
        public int dejaImportees() {
            return dejaImportees;
        }

        public List<Rejet> rejets() {
            return Collections.unmodifiableList(rejets);
        }

        private void compter(Issue issue) {
            switch (issue.nature()) {
                case CREEE -> importees++;
                case DEJA_IMPORTEE -> {
                    importees++;
                    dejaImportees++;
                }
                case REFUSEE -> rejets.add(issue.rejet());
                case VIDE -> {}
            }
            traitees++;
        }
    }

    private enum Nature {
        VIDE,
        CREEE,
        DEJA_IMPORTEE,
        REFUSEE
    }

    /** Ce qu'a donné une ligne, une fois la réponse de sa commande reçue. */
    private record Issue(Nature nature, Rejet rejet) {
        static final Issue VIDE = new Issue(Nature.VIDE, null);
        static final Issue CREEE = new Issue(Nature.CREEE, null);
        static final Issue DEJA_IMPORTEE = new Issue(Nature.DEJA_IMPORTEE, null);

        static Issue refusee(Rejet rejet) {
            return new Issue(Nature.REFUSEE, rejet);
        }
    }

    private static final Duration ATTENTE_DES_SEGMENTS = Duration.ofSeconds(10);

    private final CreateurDossiers creations;
    private final EventStore evenements;
    private final SuiviProjections suivi;
    private final ObjectProvider<EventProcessingConfiguration> processeurs;
    private final int paralleles;

    public ImportateurDossiers(
            CreateurDossiers creations,
            EventStore evenements,
            SuiviProjections suivi,
            ObjectProvider<EventProcessingConfiguration> processeurs,
            @Value("${socle.import.paralleles:8}") int paralleles) {
        this.creations = creations;
        this.evenements = evenements;
        this.suivi = suivi;
        this.processeurs = processeurs;
        this.paralleles = Math.max(1, paralleles);
    }

    /**
     * @param auteur           l'utilisateur au nom de qui les dossiers sont créés
     * @param apresChaqueLigne appelé une fois {@code bilan} à jour de chaque ligne, dans l'ordre du fichier,
     *                         sur le fil de l'appelant (seul à toucher {@code bilan})
     * @throws RuntimeException une panne (erreur non classée) ou une interruption : l'import s'arrête, les
     *                          lignes en vol finissent, celles d'avant la panne restent comptées et
     *                          {@code bilan} dit jusqu'où il est allé
     */
    public void importer(FichierDossiers fichier, String auteur, Bilan bilan, Runnable apresChaqueLigne) {
        AtomicInteger numero = new AtomicInteger();
        ExecutorService fils = Executors.newFixedThreadPool(paralleles, tache -> {
            Thread fil = new Thread(tache, "import-dossiers-" + numero.incrementAndGet());
            fil.setDaemon(true);
            return fil;
        });
        // Une panne sur une ligne quelconque arrête d'en lancer d'autres : les suivantes échoueraient de même.
        AtomicBoolean enPanne = new AtomicBoolean();
        Deque<Future<Issue>> enVol = new ArrayDeque<>();
        // Les lignes en vol par ce qui ne peut exister qu'une fois (le dossier, le SIRET) : une ligne qui le
        // partage avec une précédente (un doublon du fichier) attend que celle-ci ait répondu. La première du
        // fichier l'emporte, comme ligne à ligne : la suivante trouve son dossier déjà importé, ou son SIRET
        // pris.
        Map<String, Future<Issue>> parUnicite = new HashMap<>();
        try {
            for (FichierDossiers.Ligne ligne : fichier.lignes()) {
                if (enPanne.get()) {
                    break;
                }
                if (enVol.size() == paralleles * EN_VOL_PAR_FIL) {
                    compterLaPremiere(enVol, bilan, apresChaqueLigne);
                    parUnicite.values().removeIf(Future::isDone);
                }
                Lue lue = lire(fichier.colonnes(), ligne);
                List<Future<Issue>> precedentes = lue.unicites().stream()
                        .map(parUnicite::get)
                        .filter(Objects::nonNull)
                        .toList();
                Future<Issue> issue = fils.submit(() -> {
                    try {
                        precedentes.forEach(ImportateurDossiers::attendre);
                        return lue.creation() == null ? lue.issue() : creer(lue, auteur);
                    } catch (RuntimeException panne) {
                        enPanne.set(true);
                        throw panne;
                    }
                });
                enVol.add(issue);
                lue.unicites().forEach(unicite -> parUnicite.put(unicite, issue));
            }
            while (!enVol.isEmpty()) {
                compterLaPremiere(enVol, bilan, apresChaqueLigne);
            }
        } finally {
            // Sur une panne : les lignes pas encore commencées sont abandonnées, celles en cours finissent.
            enVol.forEach(ligne -> ligne.cancel(false));
            attendreLaFin(fils);
        }
    }

    /**
     * Attend la réponse d'une ligne précédente qui partage le dossier ou le SIRET, quelle qu'elle soit : c'est
     * le magasin qui dit ensuite si le dossier existe ou si le SIRET est pris. Une ligne du pool n'attend qu'une ligne soumise avant elle, donc
     * déjà commencée (file dans l'ordre) : l'attente finit.
     */
    private static void attendre(Future<Issue> precedente) {
        try {
            precedente.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("L'import a été interrompu", e);
        } catch (ExecutionException | CancellationException ignoree) {
            // la ligne précédente a son propre compte rendu
        }
    }

    /** Attend la ligne la plus ancienne en vol et la compte. */
    private static void compterLaPremiere(Deque<Future<Issue>> enVol, Bilan bilan, Runnable apresChaqueLigne) {
        Issue issue;
        try {
            issue = enVol.peekFirst().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException panne ? panne : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("L'import a été interrompu", e);
        }
        enVol.removeFirst();
        bilan.compter(issue);
        apresChaqueLigne.run();
    }

    /** Une ligne lue et vérifiée : son issue si elle est déjà connue (vide, refusée), sinon sa création. */
    private record Lue(FichierDossiers.Ligne ligne, Issue issue, CreerDossier creation) {

        /** Ce que sa création ne peut prendre qu'une fois : son dossier, et le SIRET d'une entreprise. */
        List<String> unicites() {
            if (creation == null) {
                return List.of();
            }
            return creation.titulaire() instanceof Entreprise entreprise
                    ? List.of(
                            creation.dossierId(), "siret:" + entreprise.siret().valeur())
                    : List.of(creation.dossierId());
        }
    }

    private static Lue lire(Colonnes colonnes, FichierDossiers.Ligne ligne) {
        if (ligne.vide()) {
            return new Lue(ligne, Issue.VIDE, null);
        }
        try {
            Titulaire titulaire = colonnes.titulaire(ligne.valeurs());
            return new Lue(
                    ligne,
                    null,
                    new CreerDossier(CleDeLigne.dossierId(colonnes.cle(ligne.valeurs()), titulaire), titulaire));
        } catch (RuntimeException e) {
            return new Lue(ligne, Issue.refusee(rejet(ligne, e)), null);
        }
    }

    /** La création d'une ligne lue : déjà importée, créée ou refusée. */
    private Issue creer(Lue lue, String auteur) {
        CreerDossier creation = lue.creation();
        if (existe(creation)) {
            return Issue.DEJA_IMPORTEE;
        }
        try {
            creations.creer(creation, auteur);
            return Issue.CREEE;
        } catch (RuntimeException e) {
            // Le dossier est né entre-temps, importé par ailleurs (un autre import du même fichier) : ce
            // n'est pas un refus.
            if (existe(creation)) {
                return Issue.DEJA_IMPORTEE;
            }
            return Issue.refusee(rejet(lue.ligne(), e));
        }
    }

    /** Attend les lignes en cours ; une interruption n'abrège pas l'attente, elle est rendue ensuite. */
    private static void attendreLaFin(ExecutorService fils) {
        fils.shutdown();
        boolean interrompu = false;
        while (true) {
            try {
                if (fils.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
                LOG.warn("Import de dossiers : des lignes en cours ne sont pas encore finies");
            } catch (InterruptedException e) {
                interrompu = true;
            }
        }
        if (interrompu) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean existe(CreerDossier creation) {
        return evenements.lastSequenceNumberFor(creation.dossierId()).isPresent();
    }

    /** @throws RuntimeException {@code e} lui-même s'il n'est pas un refus classé (une panne) */
    private static Rejet rejet(FichierDossiers.Ligne ligne, RuntimeException e) {
        ErreurClassee erreur = Classifieur.classer(e).orElseThrow(() -> e);
        return new Rejet(ligne.numero(), colonne(erreur.champ()), erreur.regle(), erreur.message());
    }

    /**
     * Attend que les modèles de lecture aient rattrapé le magasin, pour qu'un import fini se lise aussitôt :
     * aussi longtemps qu'ils avancent (un gros import laisse des centaines de milliers d'événements à
     * projeter), pas au-delà d'un délai de lecture après écriture sans progrès.
     *
     * @return vrai si tous les processeurs ont rattrapé la tête du magasin
     */
    public boolean attendreLesModeles() {
        attendreLesSegments();
        TrackingToken tete = evenements.createHeadToken();
        long position = tete == null ? 0 : tete.position().orElse(0);
        OptionalLong atteinte = positionAtteinte();
        while (true) {
            try {
                suivi.attendrePosition(position);
                return true;
            } catch (SuiviProjections.ProjectionEnRetard e) {
                OptionalLong maintenant = positionAtteinte();
                if (maintenant.isEmpty() || atteinte.isPresent() && maintenant.getAsLong() <= atteinte.getAsLong()) {
                    LOG.warn("Import fini avant que les modèles de lecture ne l'aient rattrapé : {}", e.getMessage());
                    return false;
                }
                atteinte = maintenant;
            }
        }
    }

    /**
     * Un processeur qui vient de démarrer (la ligne de commande démarre le moteur juste avant d'importer)
     * n'a pas encore pris ses segments, et paraîtrait à jour à qui attend une position : on lui laisse le
     * temps de les prendre. Une autre instance peut les tenir (production) : l'attente est bornée.
     */
    private void attendreLesSegments() {
        long limite = System.nanoTime() + ATTENTE_DES_SEGMENTS.toNanos();
        while (System.nanoTime() < limite
                && processeurs.getObject().eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance)
                        .map(StreamingEventProcessor.class::cast)
                        .anyMatch(p -> p.isRunning() && p.processingStatus().isEmpty())) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** La position du processeur le plus en retard, pour savoir si les modèles avancent encore. */
    private OptionalLong positionAtteinte() {
        return processeurs.getObject().eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .flatMap(p -> p.processingStatus().values().stream())
                .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                .min();
    }

    /**
     * Le champ d'un refus ramené à la colonne du fichier qui le porte : {@code titulaire.siret} (refus de
     * l'agrégat) et {@code adresse.codePostal} désignent les colonnes {@code siret} et {@code codePostal}.
     */
    private static String colonne(String champ) {
        return champ == null ? null : champ.substring(champ.lastIndexOf('.') + 1);
    }
}
