package fr.socle.command.intervenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.AnnoterRendezVous;
import fr.socle.kernel.intervenant.CloreRendezVous;
import fr.socle.kernel.intervenant.PlanifierRendezVous;
import fr.socle.kernel.intervenant.RendezVousAnnoté;
import fr.socle.kernel.intervenant.RendezVousClos;
import fr.socle.kernel.intervenant.RendezVousPlanifié;
import fr.socle.kernel.intervenant.RepondreRendezVous;
import fr.socle.kernel.intervenant.RéponseAuRendezVousDonnée;
import fr.socle.kernel.valeur.Texte;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * Un rendez-vous de l'intervenant : ses participants, et s'il est encore ouvert. L'intervenant vérifie
 * avant lui qu'il existe ({@link Intervenant}) ; ici se décide ce qui dépend du rendez-vous lui-même.
 */
class RendezVousIntervenant {

    @EntityId
    private String rendezVousId;

    private String intervenantId;
    private Set<String> participants;
    private boolean clos;

    private RendezVousIntervenant() {}

    RendezVousIntervenant(RendezVousPlanifié planifie) {
        rendezVousId = planifie.rendezVousId();
        intervenantId = planifie.intervenantId();
        participants = Set.copyOf(planifie.participants());
    }

    /** L'événement qui planifie un rendez-vous, une fois ses propres règles vérifiées. */
    static RendezVousPlanifié planification(String intervenantId, PlanifierRendezVous commande) {
        String objet = Texte.obligatoire(commande.objet(), "objet");
        if (commande.debut() == null || commande.fin() == null) {
            throw Refus.invalide(
                    commande.debut() == null ? "debut" : "fin", "OBLIGATOIRE", "Un rendez-vous a un début et une fin");
        }
        if (!commande.fin().isAfter(commande.debut())) {
            throw Refus.invalide("fin", "PERIODE_INVALIDE", "Le rendez-vous doit finir après son début");
        }
        return new RendezVousPlanifié(
                intervenantId,
                commande.rendezVousId(),
                objet,
                commande.debut(),
                commande.fin(),
                commande.alerte(),
                Texte.obligatoires(commande.participants(), "participants"));
    }

    @CommandHandler
    void handle(RepondreRendezVous commande) {
        exigerOuvert();
        String participant = Texte.obligatoire(commande.participant(), "participant");
        if (!participants.contains(participant)) {
            throw Refus.invalide(
                    "participant",
                    "PARTICIPANT_INCONNU",
                    participant + " ne participe pas à ce rendez-vous (participants : " + participants + ")");
        }
        Refus.obligatoire(commande.reponse(), "reponse", "La réponse est obligatoire");
        apply(new RéponseAuRendezVousDonnée(intervenantId, rendezVousId, participant, commande.reponse()));
    }

    /** Une note peut suivre un rendez-vous même clos : c'est souvent là qu'on en rend compte. */
    @CommandHandler
    void handle(AnnoterRendezVous commande) {
        apply(new RendezVousAnnoté(intervenantId, rendezVousId, Texte.obligatoire(commande.note(), "note")));
    }

    @CommandHandler
    void handle(CloreRendezVous commande) {
        exigerOuvert();
        Refus.obligatoire(commande.issue(), "issue", "Dites si le rendez-vous a été tenu ou annulé");
        apply(new RendezVousClos(intervenantId, rendezVousId, commande.issue()));
    }

    private void exigerOuvert() {
        if (clos) {
            throw Refus.conflit("rendezVousId", "RENDEZ_VOUS_CLOS", "Ce rendez-vous est déjà tenu ou annulé");
        }
    }

    @EventSourcingHandler
    void on(RendezVousClos evenement) {
        clos = true;
    }

    // Égaux quand leur état l'est : le banc d'essai d'Axon compare l'état décidé à l'état rejoué.
    @Override
    public boolean equals(Object objet) {
        return objet instanceof RendezVousIntervenant autre
                && Objects.equals(rendezVousId, autre.rendezVousId)
                && Objects.equals(intervenantId, autre.intervenantId)
                && Objects.equals(participants, autre.participants)
                && clos == autre.clos;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rendezVousId, intervenantId, participants, clos);
    }
}
