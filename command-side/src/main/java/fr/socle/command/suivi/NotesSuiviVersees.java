package fr.socle.command.suivi;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.suivi.NoteSuivi;
import fr.socle.kernel.suivi.NoteSuiviDossierAjoutée;
import fr.socle.kernel.suivi.NoteSuiviIntervenantAjoutée;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Les notes de suivi qu'un dossier ou une fiche d'intervenant a reçues, et si la personne a été effacée :
 * une partie ({@code @AggregateMember}) des deux agrégats, qui décident de la même façon d'une note.
 */
public class NotesSuiviVersees {

    private final Set<String> identifiants = new HashSet<>();
    private boolean effacee;

    /** Faux pour une note relivrée (même identifiant) : elle ne s'ajoute pas deux fois. */
    public boolean nouvelle(NoteSuivi note) {
        return note.noteId() == null || !identifiants.contains(note.noteId());
    }

    /** Une note réécrirait ce qui a été effacé : les données d'une personne effacée n'en reçoivent plus. */
    public void exigerNonEffacee(String champ, String message) {
        if (effacee) {
            throw Refus.conflit(champ, "DONNEES_EFFACEES", message);
        }
    }

    @EventSourcingHandler
    void on(NoteSuiviDossierAjoutée evenement) {
        verser(evenement.note());
    }

    @EventSourcingHandler
    void on(NoteSuiviIntervenantAjoutée evenement) {
        verser(evenement.note());
    }

    @EventSourcingHandler
    void on(DonneesPersonnellesEffacées evenement) {
        effacee = true;
    }

    private void verser(NoteSuivi note) {
        if (note.noteId() != null) {
            identifiants.add(note.noteId());
        }
    }
}
