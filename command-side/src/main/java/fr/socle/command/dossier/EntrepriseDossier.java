package fr.socle.command.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.dossier.AjouterExercice;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.DirigeantDésigné;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.Exercice;
import fr.socle.kernel.dossier.ExerciceAjouté;
import fr.socle.kernel.dossier.Invitation;
import fr.socle.kernel.dossier.InvitationDirigeantEnvoyée;
import fr.socle.kernel.dossier.InviterDirigeant;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.erreur.Refus;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Ce qui ne concerne que le dossier d'une entreprise : ses exercices comptables, qui se suivent sans se
 * chevaucher, et son dirigeant invité. Le dossier vérifie avant lui que son titulaire est une entreprise.
 */
class EntrepriseDossier {

    private String dossierId;
    private boolean entreprise;
    private final List<Exercice> exercices = new ArrayList<>();
    private Invitation dirigeant;

    /**
     * Ce que la création demande au titulaire ; vérifié avant toute écriture de la création (réservation
     * du SIRET, fiches), et de nouveau par le constructeur du dossier.
     */
    static void verifierCreation(CreerDossier commande, Titulaire titulaire) {
        if (!(titulaire instanceof Entreprise)) {
            if (commande.exercice() != null) {
                throw entrepriseRequise("exercice", "Un exercice comptable");
            }
            if (commande.dirigeant() != null) {
                throw entrepriseRequise("dirigeant", "Un dirigeant");
            }
        }
    }

    void exiger(String quoi) {
        if (!entreprise) {
            throw entrepriseRequise("dossierId", quoi);
        }
    }

    private static Refus entrepriseRequise(String champ, String quoi) {
        return Refus.invalide(champ, "ENTREPRISE_REQUISE", quoi + " ne concerne que le dossier d'une entreprise");
    }

    @CommandHandler
    void handle(AjouterExercice commande) {
        Exercice nouvel = commande.exercice();
        if (!exercices.isEmpty()) {
            Exercice dernier = exercices.get(exercices.size() - 1);
            if (!nouvel.debut().isAfter(dernier.fin())) {
                throw Refus.invalide(
                        "debut",
                        "EXERCICE_CHEVAUCHANT",
                        "Un nouvel exercice commence après le dernier, qui finit le " + dernier.fin()
                                + " (début saisi : " + nouvel.debut() + ")");
            }
        }
        apply(new ExerciceAjouté(dossierId, nouvel));
    }

    @CommandHandler
    void handle(InviterDirigeant commande) {
        inviter(commande.invitation(), commande.envoyer());
    }

    /** Désigne le dirigeant s'il change ; envoyer l'invitation la consigne (une relance aussi). */
    void inviter(Invitation invitation, boolean envoyer) {
        if (!invitation.equals(dirigeant)) {
            apply(new DirigeantDésigné(dossierId, invitation));
        }
        if (envoyer) {
            apply(new InvitationDirigeantEnvoyée(dossierId, invitation.email()));
        }
    }

    @EventSourcingHandler
    void on(DossierCréé evenement) {
        dossierId = evenement.dossierId();
        entreprise = evenement.titulaire() instanceof Entreprise;
    }

    @EventSourcingHandler
    void on(ExerciceAjouté evenement) {
        exercices.add(evenement.exercice());
    }

    @EventSourcingHandler
    void on(DirigeantDésigné evenement) {
        dirigeant = evenement.invitation();
    }
}
