package fr.socle.command.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.command.suivi.NotesSuiviVersees;
import fr.socle.kernel.dossier.AffecterCollaborateur;
import fr.socle.kernel.dossier.AjouterContact;
import fr.socle.kernel.dossier.AjouterExercice;
import fr.socle.kernel.dossier.AjouterNote;
import fr.socle.kernel.dossier.ChangerEtatDossier;
import fr.socle.kernel.dossier.ChangerStatutMessage;
import fr.socle.kernel.dossier.CollaborateurAffecté;
import fr.socle.kernel.dossier.Commande;
import fr.socle.kernel.dossier.CommandeEnregistrée;
import fr.socle.kernel.dossier.ContactAjouté;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.DeposerDocument;
import fr.socle.kernel.dossier.DocumentDéposé;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.EnregistrerCommande;
import fr.socle.kernel.dossier.EnregistrerMessage;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.ExerciceAjouté;
import fr.socle.kernel.dossier.FicheAnnuaireRattachée;
import fr.socle.kernel.dossier.InviterDirigeant;
import fr.socle.kernel.dossier.MessageEnvoyé;
import fr.socle.kernel.dossier.NoteAjoutée;
import fr.socle.kernel.dossier.PlanifierSeance;
import fr.socle.kernel.dossier.Prestation;
import fr.socle.kernel.dossier.PrestationDéfinie;
import fr.socle.kernel.dossier.Seance;
import fr.socle.kernel.dossier.SéancePlanifiée;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.dossier.ÉtatDossierChangé;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.suivi.AjouterNoteSuiviDossier;
import fr.socle.kernel.suivi.NoteSuiviDossierAjoutée;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Le dossier d'un client : une prestation = un dossier. Chaque règle est décidée ici, une fois, que
 * l'ordre arrive à la création ou plus tard ; un refus n'émet aucun événement.
 */
// Révision des instantanés : la 3 range les parties du dossier dans leurs entités, la 4 ne garde plus l'identifiant
// du dossier dans ses collaborateurs ni ses messages. Un instantané d'une autre révision est ignoré (Axon les
// filtre) et le dossier se rejoue depuis ses événements.
@Revision("4")
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class Dossier {

    @AggregateIdentifier
    private String dossierId;

    /** Le titulaire tel que créé ; l'état passé d'un dossier ({@code etatAu}) le montre. */
    private Titulaire titulaire;

    private EtatDossier etat;
    private Commande commande;

    @AggregateMember
    private final EntrepriseDossier entreprise = new EntrepriseDossier();

    @AggregateMember
    private final CollaborateursDossier collaborateurs = new CollaborateursDossier();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, MessageDossier> messages = new HashMap<>();

    @AggregateMember
    private final NotesSuiviVersees suivi = new NotesSuiviVersees();

    protected Dossier() {}

    /**
     * Crée le dossier avec tout ce que la saisie de création porte. Les fiches, la prestation (financeur
     * par défaut compris) et le titulaire ont été résolus par {@link CreationDossiers}.
     */
    Dossier(
            CreerDossier commande,
            Titulaire titulaire,
            List<FicheAnnuaireRattachée> fiches,
            Prestation prestation,
            LocalDate aujourdhui) {
        EntrepriseDossier.verifierCreation(commande, titulaire);
        // Dans un constructeur, Axon n'applique les événements qu'à sa sortie : la suite attend que
        // DossierCréé ait donné au dossier son identifiant et son état initial.
        apply(new DossierCréé(commande.dossierId(), titulaire)).andThen(() -> {
            fiches.forEach(fiche -> apply(fiche));
            if (prestation != null) {
                definir(prestation);
            }
            if (commande.commande() != null) {
                enregistrer(commande.commande(), aujourdhui, "commande.debut");
            }
            if (commande.exercice() != null) {
                apply(new ExerciceAjouté(dossierId, commande.exercice()));
            }
            if (commande.dirigeant() != null) {
                entreprise.inviter(commande.dirigeant(), commande.envoyerInvitation());
            }
            commande.collaborateurs().forEach(c -> apply(new CollaborateurAffecté(dossierId, c)));
        });
    }

    @CommandHandler
    public void handle(ChangerEtatDossier commande) {
        if (commande.etat() == etat) {
            return;
        }
        if (commande.etat() == EtatDossier.COMMANDE && this.commande == null) {
            throw Refus.invalide(
                    "etat",
                    "TRANSITION_INTERDITE",
                    "Un dossier ne passe en COMMANDE que par l'enregistrement de sa commande");
        }
        passerA(commande.etat(), "etat");
    }

    /** La prestation, sa convention et ses financeurs ; appelée par {@link CreationDossiers} qui a résolu la convention. */
    void definirPrestation(Prestation prestation) {
        exigerNonFige("prestation");
        definir(prestation);
    }

    private void definir(Prestation prestation) {
        apply(new PrestationDéfinie(dossierId, prestation));
    }

    @CommandHandler
    public void handle(EnregistrerCommande commande, Calendrier calendrier) {
        exigerNonFige("commande");
        enregistrer(commande.commande(), calendrier.aujourdhui(), "debut");
    }

    /** La commande fait avancer l'état : en attente si son début est à venir, en cours s'il est atteint. */
    private void enregistrer(Commande nouvelle, LocalDate aujourdhui, String champDebut) {
        EtatDossier vise = EtatDossier.apresCommande(nouvelle, aujourdhui);
        boolean changement = etat.changePour(vise, champDebut, "Un dossier");
        apply(new CommandeEnregistrée(dossierId, nouvelle));
        if (changement) {
            apply(new ÉtatDossierChangé(dossierId, etat, vise));
        }
    }

    @CommandHandler
    public void handle(AjouterContact commande) {
        exigerOuvert();
        apply(new ContactAjouté(dossierId, commande.contact()));
    }

    /** Une note reste possible sur un dossier clôturé : le suivi continue après la prestation. */
    @CommandHandler
    public void handle(AjouterNote commande) {
        apply(new NoteAjoutée(dossierId, commande.noteId(), commande.texte()));
    }

    /**
     * Une note de suivi (événement indésirable, satisfaction) passe par les mêmes gardes que tout autre
     * changement : pas sur un dossier clôturé, ni sur celui d'un titulaire effacé (elle réécrirait ce qui a
     * été effacé). La même note relivrée ne change rien.
     */
    @CommandHandler
    public void handle(AjouterNoteSuiviDossier commande) {
        if (!suivi.nouvelle(commande.note())) {
            return;
        }
        exigerOuvert();
        suivi.exigerNonEffacee(
                "dossierId", "Les données personnelles de ce dossier ont été effacées : il ne reçoit plus de note");
        apply(new NoteSuiviDossierAjoutée(dossierId, commande.note()));
    }

    @CommandHandler
    public void handle(DeposerDocument commande) {
        exigerOuvert();
        apply(new DocumentDéposé(
                dossierId,
                commande.documentId(),
                commande.nom(),
                commande.typeMime(),
                commande.contenu().taille(),
                commande.contenu().base64()));
    }

    /**
     * Une prestation = un dossier : une fois le dossier facturé, une nouvelle séance facturable relève
     * d'un nouveau dossier. Une séance facturable tombe dans la période de commande, s'il y en a une.
     */
    @CommandHandler
    public void handle(PlanifierSeance commande) {
        exigerOuvert();
        Seance seance = commande.seance();
        if (seance.facturable() && etat == EtatDossier.FACTURE) {
            throw Refus.invalide(
                    "facturable",
                    "DOSSIER_FACTURE",
                    "Ce dossier est facturé : aucune séance facturable ne peut "
                            + "plus y être planifiée ; créez un nouveau dossier pour cette nouvelle prestation");
        }
        if (seance.facturable() && this.commande != null && !this.commande.couvre(seance.date())) {
            throw Refus.invalide(
                    "date",
                    "HORS_COMMANDE",
                    "La séance du " + seance.date() + " tombe hors de la commande "
                            + this.commande.numero() + " (" + this.commande.debut() + " → "
                            + (this.commande.fin() == null ? "…" : this.commande.fin()) + ")");
        }
        apply(new SéancePlanifiée(dossierId, seance));
    }

    @CommandHandler
    public void handle(EnregistrerMessage commande) {
        exigerOuvert();
        apply(new MessageEnvoyé(
                dossierId, commande.messageId(), commande.canal(), commande.destinataire(), commande.objet()));
    }

    /**
     * Ce qu'une partie du dossier décide passe d'abord par lui : un exercice ou un dirigeant pour une
     * entreprise seulement, rien sur un dossier clôturé, un statut pour un message qu'il connaît.
     */
    @CommandHandlerInterceptor
    void exerciceDEntreprise(AjouterExercice commande) {
        entreprise.exiger("Un exercice comptable");
        exigerOuvert();
    }

    @CommandHandlerInterceptor
    void dirigeantDEntreprise(InviterDirigeant commande) {
        entreprise.exiger("Un dirigeant");
        exigerOuvert();
    }

    @CommandHandlerInterceptor
    void affectationOuverte(AffecterCollaborateur commande) {
        exigerOuvert();
    }

    @CommandHandlerInterceptor
    void messageConnu(ChangerStatutMessage commande) {
        if (!messages.containsKey(commande.messageId())) {
            throw Refus.introuvable("messageId", "Aucun message " + commande.messageId() + " dans ce dossier");
        }
    }

    private void passerA(EtatDossier cible, String champ) {
        etat.exigerPassageA(cible, champ, "Un dossier");
        apply(new ÉtatDossierChangé(dossierId, etat, cible));
    }

    private void exigerOuvert() {
        if (etat == EtatDossier.CLOTURE) {
            throw Refus.invalide("etat", "DOSSIER_CLOTURE", "Ce dossier est clôturé : il ne change plus");
        }
    }

    /** Facturé ou clôturé, un dossier garde la prestation et la commande qui ont été facturées. */
    private void exigerNonFige(String quoi) {
        exigerOuvert();
        if (etat.estFige()) {
            throw Refus.invalide("etat", "DOSSIER_FACTURE", "Ce dossier est facturé : sa " + quoi + " ne change plus");
        }
    }

    @EventSourcingHandler
    void on(DossierCréé evenement) {
        dossierId = evenement.dossierId();
        titulaire = evenement.titulaire();
        etat = EtatDossier.OUVERT;
    }

    @EventSourcingHandler
    void on(ÉtatDossierChangé evenement) {
        etat = evenement.nouveau();
    }

    @EventSourcingHandler
    void on(CommandeEnregistrée evenement) {
        commande = evenement.commande();
    }

    @EventSourcingHandler
    void on(MessageEnvoyé evenement) {
        messages.put(evenement.messageId(), new MessageDossier(evenement));
    }
}
