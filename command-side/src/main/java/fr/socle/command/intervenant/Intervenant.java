package fr.socle.command.intervenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.command.commun.ConfigurationCommandes;
import fr.socle.command.suivi.NotesSuiviVersees;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.ChangerGestionnaireIntervenant;
import fr.socle.kernel.intervenant.ChangerPhotoIntervenant;
import fr.socle.kernel.intervenant.ChangerStatutEmailIntervenant;
import fr.socle.kernel.intervenant.CommandeFicheIntervenant;
import fr.socle.kernel.intervenant.CommandeRendezVous;
import fr.socle.kernel.intervenant.CreerIntervenant;
import fr.socle.kernel.intervenant.EmailIntervenantEnregistré;
import fr.socle.kernel.intervenant.EnregistrerEmailIntervenant;
import fr.socle.kernel.intervenant.GestionnaireIntervenantChangé;
import fr.socle.kernel.intervenant.IntervenantCréé;
import fr.socle.kernel.intervenant.IntervenantMisEnFavori;
import fr.socle.kernel.intervenant.IntervenantRetiréDesFavoris;
import fr.socle.kernel.intervenant.IntervenantSupprimé;
import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.intervenant.PhotoIntervenantChangée;
import fr.socle.kernel.intervenant.PlanifierRendezVous;
import fr.socle.kernel.intervenant.RendezVousPlanifié;
import fr.socle.kernel.intervenant.SupprimerIntervenant;
import fr.socle.kernel.suivi.AjouterNoteSuiviIntervenant;
import fr.socle.kernel.suivi.NoteSuiviIntervenantAjoutée;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Texte;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * La fiche d'un intervenant (un travailleur) : identité, nature et matricule, gestionnaire,
 * situation, rendez-vous, e-mails envoyés, clients servis, photo. Les favoris de chaque utilisateur sont
 * à part ({@link Favoris}).
 */
// Révision des instantanés : la 2 retient les notes de suivi versées et l'effacement, la 3 range ses parties
// (rendez-vous, e-mails, numéros, clients, situation, notes de suivi) dans leurs entités, la 4 ne tient la nature
// que dans ses numéros ; un instantané d'une autre révision est ignoré (Axon les filtre) et l'agrégat se
// rejoue depuis ses événements.
@Revision("4")
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class Intervenant {

    @AggregateIdentifier
    private String intervenantId;

    private String gerePar;
    private Email email;
    private boolean supprime;

    @AggregateMember
    private final SituationIntervenant situation = new SituationIntervenant();

    @AggregateMember
    private final NumerosIntervenant numeros = new NumerosIntervenant();

    @AggregateMember
    private final ClientsIntervenant clients = new ClientsIntervenant();

    /** Qui l'avait en favori d'après les anciens événements de la fiche ({@code IntervenantMisEnFavori}). */
    private final Set<String> favoris = new HashSet<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, RendezVousIntervenant> rendezVous = new HashMap<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, EmailIntervenant> emails = new HashMap<>();

    @AggregateMember
    private final NotesSuiviVersees suivi = new NotesSuiviVersees();

    protected Intervenant() {}

    @CommandHandler
    public Intervenant(CreerIntervenant commande, @MetaDataValue(ConfigurationCommandes.AUTEUR) String auteur) {
        Refus.obligatoire(commande.civilite(), "civilite", "La civilité est obligatoire");
        String nom = Texte.obligatoire(commande.nom(), "nom");
        Refus.obligatoire(commande.adresse(), "adresse", "L'adresse principale est obligatoire");
        String gestionnaire = Texte.facultatif(commande.gerePar(), "gerePar");
        if (gestionnaire == null) {
            gestionnaire = Texte.obligatoire(auteur, "gerePar");
        }
        apply(new IntervenantCréé(
                commande.intervenantId(),
                commande.civilite(),
                nom,
                Texte.facultatif(commande.prenom(), "prenom"),
                commande.adresse(),
                sansDoublons(commande.telephones()),
                commande.email(),
                commande.nir(),
                commande.nature() == null ? NatureIntervenant.SALARIE : commande.nature(),
                Texte.obligatoires(commande.competences(), "competences"),
                sansDoublons(commande.disponibilites()),
                gestionnaire));
    }

    @CommandHandler
    public void handle(ChangerGestionnaireIntervenant commande) {
        verifierPresent();
        String nouveau = Texte.obligatoire(commande.gerePar(), "gerePar");
        if (!nouveau.equals(gerePar)) {
            apply(new GestionnaireIntervenantChangé(intervenantId, gerePar, nouveau));
        }
    }

    /** Efface les données personnelles dans les modèles de lecture ; l'historique des faits demeure. */
    @CommandHandler
    public void handle(SupprimerIntervenant commande) {
        verifierPresent();
        apply(new IntervenantSupprimé(intervenantId));
    }

    /**
     * Les favoris ne sont plus des événements de la fiche ({@link FavorisIntervenants}) ; ceux d'avant restent
     * dans son historique et disent encore qui l'avait en favori. Refuse une fiche supprimée.
     */
    boolean favoriAvant(String utilisateur) {
        verifierPresent();
        return favoris.contains(utilisateur);
    }

    @CommandHandler
    public void handle(PlanifierRendezVous commande) {
        verifierPresent();
        if (situation.inactif()) {
            throw Refus.conflit(
                    "id",
                    "INTERVENANT_INACTIF",
                    "Un ancien intervenant (inactif) ne reçoit plus de rendez-vous : réactivez-le d'abord");
        }
        if (rendezVous.containsKey(commande.rendezVousId())) {
            throw Refus.conflit("rendezVousId", "RENDEZ_VOUS_EXISTANT", "Ce rendez-vous existe déjà");
        }
        apply(RendezVousIntervenant.planification(intervenantId, commande));
    }

    @CommandHandler
    public void handle(EnregistrerEmailIntervenant commande) {
        verifierPresent();
        if (email == null) {
            throw Refus.conflit("email", "EMAIL_ABSENT", "Cet intervenant n'a pas d'adresse e-mail");
        }
        if (emails.containsKey(commande.emailId())) {
            throw Refus.conflit("emailId", "EMAIL_EXISTANT", "Cet e-mail est déjà enregistré");
        }
        apply(new EmailIntervenantEnregistré(
                intervenantId, commande.emailId(), email, Texte.obligatoire(commande.objet(), "objet")));
    }

    @CommandHandler
    public void handle(ChangerPhotoIntervenant commande) {
        verifierPresent();
        Refus.obligatoire(commande.photo(), "photo", "La photo est obligatoire");
        apply(new PhotoIntervenantChangée(intervenantId, commande.photo()));
    }

    /**
     * Une note de suivi (événement indésirable) passe par les mêmes gardes que tout autre changement : pas
     * sur une fiche supprimée, ni sur celle d'une personne effacée. La même note relivrée ne change rien.
     */
    @CommandHandler
    public void handle(AjouterNoteSuiviIntervenant commande) {
        if (!suivi.nouvelle(commande.note())) {
            return;
        }
        verifierPresent();
        suivi.exigerNonEffacee(
                "intervenantId",
                "Les données personnelles de cet intervenant ont été effacées : sa fiche ne reçoit plus de note");
        apply(new NoteSuiviIntervenantAjoutée(intervenantId, commande.note()));
    }

    private void verifierPresent() {
        if (supprime) {
            throw Refus.conflit("id", "INTERVENANT_SUPPRIME", "Cet intervenant a été supprimé");
        }
    }

    /**
     * Un ordre qu'une partie de la fiche décide (numéros, clients, rendez-vous, e-mails) passe d'abord par
     * elle : pas sur une fiche supprimée, ni vers un rendez-vous ou un e-mail qu'elle ne connaît pas.
     */
    @CommandHandlerInterceptor
    void fichePresente(CommandeFicheIntervenant commande) {
        verifierPresent();
    }

    @CommandHandlerInterceptor
    void rendezVousConnu(CommandeRendezVous commande) {
        verifierPresent();
        if (!rendezVous.containsKey(commande.rendezVousId())) {
            throw Refus.introuvable(
                    "rendezVousId", "Aucun rendez-vous " + commande.rendezVousId() + " pour cet intervenant");
        }
    }

    @CommandHandlerInterceptor
    void emailConnu(ChangerStatutEmailIntervenant commande) {
        verifierPresent();
        if (!emails.containsKey(commande.emailId())) {
            throw Refus.introuvable("emailId", "Aucun e-mail " + commande.emailId() + " pour cet intervenant");
        }
    }

    private static <T> List<T> sansDoublons(List<T> valeurs) {
        return valeurs == null
                ? List.of()
                : valeurs.stream().filter(Objects::nonNull).distinct().toList();
    }

    @EventSourcingHandler
    void on(IntervenantCréé evenement) {
        intervenantId = evenement.intervenantId();
        gerePar = evenement.gerePar();
        email = evenement.email();
    }

    @EventSourcingHandler
    void on(GestionnaireIntervenantChangé evenement) {
        gerePar = evenement.nouveau();
    }

    @EventSourcingHandler
    void on(IntervenantSupprimé evenement) {
        supprime = true;
        email = null;
    }

    @EventSourcingHandler
    void on(IntervenantMisEnFavori evenement) {
        favoris.add(evenement.utilisateur());
    }

    @EventSourcingHandler
    void on(IntervenantRetiréDesFavoris evenement) {
        favoris.remove(evenement.utilisateur());
    }

    @EventSourcingHandler
    void on(RendezVousPlanifié evenement) {
        rendezVous.put(evenement.rendezVousId(), new RendezVousIntervenant(evenement));
    }

    @EventSourcingHandler
    void on(EmailIntervenantEnregistré evenement) {
        emails.put(evenement.emailId(), new EmailIntervenant(evenement));
    }
}
