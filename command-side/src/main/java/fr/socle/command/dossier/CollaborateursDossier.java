package fr.socle.command.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.dossier.AffecterCollaborateur;
import fr.socle.kernel.dossier.CollaborateurAffecté;
import fr.socle.kernel.dossier.CollaborateurRetiré;
import fr.socle.kernel.dossier.RetirerCollaborateur;
import fr.socle.kernel.erreur.Refus;
import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** Les collaborateurs du cabinet affectés au dossier, chacun une fois. */
class CollaborateursDossier {

    private final Set<String> affectes = new LinkedHashSet<>();

    @CommandHandler
    void handle(AffecterCollaborateur commande) {
        if (affectes.contains(commande.collaborateur())) {
            throw Refus.invalide(
                    "collaborateur",
                    "COLLABORATEUR_DEJA_AFFECTE",
                    commande.collaborateur() + " est déjà affecté à ce dossier");
        }
        apply(new CollaborateurAffecté(commande.dossierId(), commande.collaborateur()));
    }

    @CommandHandler
    void handle(RetirerCollaborateur commande) {
        if (!affectes.contains(commande.collaborateur())) {
            throw Refus.invalide(
                    "collaborateur",
                    "COLLABORATEUR_ABSENT",
                    commande.collaborateur() + " n'est pas affecté à ce dossier (affectés : " + affectes + ")");
        }
        apply(new CollaborateurRetiré(commande.dossierId(), commande.collaborateur()));
    }

    @EventSourcingHandler
    void on(CollaborateurAffecté evenement) {
        affectes.add(evenement.collaborateur());
    }

    @EventSourcingHandler
    void on(CollaborateurRetiré evenement) {
        affectes.remove(evenement.collaborateur());
    }
}
