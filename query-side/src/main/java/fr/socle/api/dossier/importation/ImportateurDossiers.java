package fr.socle.api.dossier.importation;

import fr.socle.api.dossier.CreateurDossiers;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.ErreurClassee;
import fr.socle.query.commun.SuiviProjections;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 * <p>Les lignes s'écrivent par lots ({@code socle.import.lot} lignes) : les créations d'un lot passent chacune
 * par le bus de commandes, dans une unité de travail et une transaction communes, donc une seule
 * validation sur disque pour tout le lot. Aucune ligne d'un lot n'est comptée avant cette validation. Si
 * une création du lot est refusée ou si la validation échoue (un SIRET pris deux fois dans le lot),
 * rien du lot ne reste et ses lignes sont refaites une à une, chacune dans sa transaction : chaque refus
 * reste celui de sa ligne. Entre deux lots, l'écrivain du magasin est libre pour les autres commandes.
 */
@Component
public class ImportateurDossiers {

    private static final Logger LOG = LoggerFactory.getLogger(ImportateurDossiers.class);

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
    }

    /** Une ligne lue, en attente de la validation de son lot pour être comptée. */
    private record Lue(FichierDossiers.Ligne ligne, CreerDossier creation, Rejet rejet, boolean dejaImportee) {}

    private final CreateurDossiers creations;
    private final EventStore evenements;
    private final TransactionManager transactions;
    private final SuiviProjections suivi;
    private final ObjectProvider<EventProcessingConfiguration> processeurs;
    private final int taille;

    public ImportateurDossiers(
            CreateurDossiers creations,
            EventStore evenements,
            TransactionManager transactions,
            SuiviProjections suivi,
            ObjectProvider<EventProcessingConfiguration> processeurs,
            @Value("${socle.import.lot:100}") int taille) {
        this.creations = creations;
        this.evenements = evenements;
        this.transactions = transactions;
        this.suivi = suivi;
        this.processeurs = processeurs;
        this.taille = Math.max(1, taille);
    }

    /**
     * @param auteur           l'utilisateur au nom de qui les dossiers sont créés
     * @param apresChaqueLigne appelé une fois {@code bilan} à jour de chaque ligne, dans l'ordre du fichier
     * @throws RuntimeException une panne (erreur non classée) : l'import s'arrête, les lignes comptées
     *                          restent importées et {@code bilan} dit jusqu'où il est allé
     */
    public void importer(FichierDossiers fichier, String auteur, Bilan bilan, Runnable apresChaqueLigne) {
        // Un lot compte toutes ses lignes, pas seulement ses créations : un fichier déjà importé avance aussi
        // lot par lot.
        List<Lue> lot = new ArrayList<>(taille);
        for (FichierDossiers.Ligne ligne : fichier.lignes()) {
            lot.add(lire(fichier.colonnes(), ligne));
            if (lot.size() == taille) {
                ecrire(lot, auteur, bilan, apresChaqueLigne);
                lot.clear();
            }
        }
        ecrire(lot, auteur, bilan, apresChaqueLigne);
    }

    /** Une ligne lue et vérifiée : vide, refusée par les règles de saisie, déjà importée ou à créer. */
    private Lue lire(Colonnes colonnes, FichierDossiers.Ligne ligne) {
        if (ligne.vide()) {
            return new Lue(ligne, null, null, false);
        }
        try {
            Titulaire titulaire = colonnes.titulaire(ligne.valeurs());
            CreerDossier creation =
                    new CreerDossier(CleDeLigne.dossierId(colonnes.cle(ligne.valeurs()), titulaire), titulaire);
            return existe(creation) ? new Lue(ligne, null, null, true) : new Lue(ligne, creation, null, false);
        } catch (RuntimeException e) {
            return new Lue(ligne, null, rejet(ligne, e), false);
        }
    }

    private void ecrire(List<Lue> lot, String auteur, Bilan bilan, Runnable apresChaqueLigne) {
        List<CreerDossier> aCreer =
                lot.stream().map(Lue::creation).filter(c -> c != null).toList();
        boolean ecrit = aCreer.size() > 1 && ecrireEnUneFois(aCreer, auteur);
        for (Lue lue : lot) {
            if (lue.rejet() != null) {
                bilan.rejets.add(lue.rejet());
            } else if (lue.dejaImportee()) {
                bilan.importees++;
                bilan.dejaImportees++;
            } else if (lue.creation() != null) {
                if (ecrit) {
                    bilan.importees++;
                } else {
                    ecrireSeule(lue, auteur, bilan);
                }
            }
            bilan.traitees++;
            apresChaqueLigne.run();
        }
    }

    /**
     * Les créations du lot dans une seule unité de travail : chaque commande y ouvre la sienne, imbriquée,
     * dont les événements attendent la validation de l'unité du lot. Sans fournisseur de corrélation, l'unité
     * du lot n'ajoute rien aux métadonnées des commandes : leurs événements sont ceux d'une création seule.
     *
     * @return faux si rien n'a été écrit (une création refusée, une validation en échec)
     */
    private boolean ecrireEnUneFois(List<CreerDossier> lot, String auteur) {
        UnitOfWork<?> unite = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage(lot.size()));
        unite.attachTransaction(transactions);
        try {
            unite.execute(() -> lot.forEach(creation -> creations.creer(creation, auteur)));
            return true;
        } catch (RuntimeException e) {
            LOG.debug("Lot de {} création(s) refait ligne à ligne : {}", lot.size(), e.toString());
            return false;
        }
    }

    /** Une création seule, dans sa transaction ; un dossier qui existe déjà (la ligne importée entre-temps) n'est pas un refus. */
    private void ecrireSeule(Lue lue, String auteur, Bilan bilan) {
        try {
            creations.creer(lue.creation(), auteur);
            bilan.importees++;
        } catch (RuntimeException e) {
            if (existe(lue.creation())) {
                bilan.importees++;
                bilan.dejaImportees++;
            } else {
                bilan.rejets.add(rejet(lue.ligne(), e));
            }
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
