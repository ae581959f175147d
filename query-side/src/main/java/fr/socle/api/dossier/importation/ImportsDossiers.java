package fr.socle.api.dossier.importation;

import fr.socle.api.commun.Auteurs;
import fr.socle.api.commun.ErreursGraphQL;
import fr.socle.api.commun.Saisie;
import fr.socle.kernel.erreur.Refus;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Les imports de dossiers déposés par l'API : le fichier est lu et vérifié dans la requête (un fichier
 * inutilisable est refusé sans rien écrire), puis importé en arrière-plan, pour qu'un gros fichier ne
 * tienne pas la requête HTTP. Avancement et compte rendu sont dans MongoDB, avec les modèles de lecture :
 * toute instance du côté requêtes les lit, et ils survivent au redémarrage.
 *
 * <p>Les imports passent un par un (chacun écrit déjà ses lignes en parallèle, et les commandes de l'API
 * passent entre elles), quelques autres attendent leur tour ; au-delà, un nouvel import est refusé.
 */
@Component
public class ImportsDossiers {

    private static final Logger LOG = LoggerFactory.getLogger(ImportsDossiers.class);
    private static final Pattern BLANCS = Pattern.compile("\\s+");

    private final ImportateurDossiers importateur;
    private final MongoTemplate mongo;
    private final long tailleMax;
    private final int lignesMax;
    private final Duration conservation;
    private final Duration periode;
    private final ThreadPoolExecutor fil;
    /** Les imports de cette instance pas encore finis : ceux qu'un arrêt du serveur interrompt. */
    private final Set<String> enCours = ConcurrentHashMap.newKeySet();

    public ImportsDossiers(
            ImportateurDossiers importateur,
            MongoTemplate mongo,
            @Value("${socle.import.taille-max:5MB}") DataSize tailleMax,
            @Value("${socle.import.lignes-max:20000}") int lignesMax,
            @Value("${socle.import.en-attente-max:4}") int enAttenteMax,
            @Value("${socle.import.conservation:P7D}") Duration conservation,
            @Value("${socle.import.enregistrement:PT1S}") Duration periode) {
        this.importateur = importateur;
        this.mongo = mongo;
        this.tailleMax = tailleMax.toBytes();
        this.lignesMax = lignesMax;
        this.conservation = conservation;
        this.periode = periode;
        this.fil = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(enAttenteMax), r -> {
            Thread t = new Thread(r, "imports-dossiers");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Vérifie le fichier puis lance son import au nom de l'utilisateur authentifié ; rend aussitôt.
     *
     * @param base64 le contenu du fichier en base64 (les blancs et sauts de ligne sont ignorés)
     */
    public ImportDossiers lancer(String base64, FormatImport format) {
        // Le fil de l'import n'a pas d'utilisateur authentifié : l'auteur voyage avec chaque commande.
        String auteur = Auteurs.auteurCourant();
        FichierDossiers fichier =
                Saisie.lire("fichier", () -> FichierDossiers.lire(decoder(base64), format, lignesMax));
        purger();
        ImportDossiers lance = ImportDossiers.lance(
                UUID.randomUUID().toString(), format, auteur, fichier.lignes().size());
        mongo.insert(lance);
        enCours.add(lance.id());
        try {
            fil.execute(() -> importer(lance, fichier));
        } catch (RejectedExecutionException e) {
            enCours.remove(lance.id());
            mongo.remove(Query.query(Criteria.where("_id").is(lance.id())), ImportDossiers.class);
            throw Refus.conflit(
                    "fichier",
                    "IMPORTS_EN_ATTENTE",
                    "D'autres imports attendent déjà leur tour : recommencez quand ils seront finis");
        }
        LOG.info("Import {} de {} ligne(s) par {}", lance.id(), lance.lignes(), auteur);
        return lance;
    }

    public Optional<ImportDossiers> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportDossiers.class));
    }

    private byte[] decoder(String base64) {
        String compact = BLANCS.matcher(base64 == null ? "" : base64).replaceAll("");
        if ((long) compact.length() / 4 * 3 > tailleMax) {
            throw Refus.invalide(
                    "FICHIER_TROP_GROS",
                    "Le fichier dépasse " + DataSize.ofBytes(tailleMax).toMegabytes() + " Mo");
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw Refus.invalide("FICHIER_ILLISIBLE", "Le fichier doit être donné en base64");
        }
    }

    private void importer(ImportDossiers lance, FichierDossiers fichier) {
        ImportateurDossiers.Bilan bilan = new ImportateurDossiers.Bilan();
        long[] dernier = {System.nanoTime()};
        try {
            importateur.importer(fichier, lance.auteur(), bilan, () -> {
                if (System.nanoTime() - dernier[0] >= periode.toNanos()) {
                    mongo.save(lance.avancement(bilan));
                    dernier[0] = System.nanoTime();
                }
            });
            // Un import terminé se lit aussitôt : chaque dossier créé est dans les modèles de lecture.
            importateur.attendreLesModeles();
            mongo.save(lance.avancement(bilan).fini(EtatImport.TERMINE, null));
            LOG.info(
                    "Import {} terminé : {} ligne(s) importée(s) dont {} déjà avant, {} ligne(s) refusée(s)",
                    lance.id(),
                    bilan.importees(),
                    bilan.dejaImportees(),
                    bilan.rejets().size());
        } catch (RuntimeException e) {
            // Une panne (magasin indisponible, arrêt) : les lignes suivantes échoueraient de même.
            mongo.save(lance.avancement(bilan)
                    .fini(EtatImport.ECHOUE, ErreursGraphQL.classer(e).message()));
            LOG.warn("Import {} en échec après {} ligne(s)", lance.id(), bilan.traitees());
        } finally {
            enCours.remove(lance.id());
        }
    }

    /** Les comptes rendus citent les saisies refusées (des données personnelles) : ils ne sont gardés qu'un temps. */
    private void purger() {
        mongo.remove(Query.query(Criteria.where("fin").lt(Instant.now().minus(conservation))), ImportDossiers.class);
    }

    @PreDestroy
    void arreter() {
        fil.shutdownNow();
        for (String id : enCours) {
            mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(id).and("etat").is(EtatImport.EN_COURS)),
                    new Update()
                            .set("etat", EtatImport.ECHOUE)
                            .set("fin", Instant.now())
                            .set(
                                    "erreur",
                                    "Le serveur s'est arrêté pendant l'import : relancez-le pour les lignes restantes"),
                    ImportDossiers.class);
        }
    }
}
