package fr.socle.command.suivi;

import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.ErreurClassee;
import fr.socle.kernel.suivi.AjouterNoteSuiviDossier;
import fr.socle.kernel.suivi.AjouterNoteSuiviIntervenant;
import fr.socle.kernel.suivi.NatureNote;
import fr.socle.kernel.suivi.NoteSuivi;
import fr.socle.kernel.suivi.ÉvénementIndésirableDéclaré;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * À la déclaration d'un événement indésirable, une note de rappel/suivi se crée dans la fiche du client
 * et dans celle de l'intervenant : une réaction à l'événement, pas une double écriture. Les notes portent
 * un identifiant tiré de l'événement, le même à chaque relivraison.
 * <p>
 * Une politique agit sur le monde : elle n'est jamais rejouée. Son processeur ne se réinitialise pas
 * ({@code @DisallowReplay}), si bien qu'une reconstruction des modèles de lecture ne la relance pas.
 */
@Component
@DisallowReplay
@ProcessingGroup(PolitiqueEvenementsIndesirables.GROUPE)
public class PolitiqueEvenementsIndesirables {

    public static final String GROUPE = "politique-evenements-indesirables";
    private static final Logger LOG = LoggerFactory.getLogger(PolitiqueEvenementsIndesirables.class);

    private final CommandGateway commandes;

    public PolitiqueEvenementsIndesirables(CommandGateway commandes) {
        this.commandes = commandes;
    }

    @EventHandler
    void on(ÉvénementIndésirableDéclaré evenement) {
        String texte = "Événement indésirable du " + evenement.date() + " : " + evenement.description()
                + " (encadrant : " + evenement.encadrant() + ")";
        verser(new AjouterNoteSuiviDossier(evenement.dossierId(), note("dossier", texte, evenement)));
        verser(new AjouterNoteSuiviIntervenant(evenement.intervenantId(), note("intervenant", texte, evenement)));
    }

    /**
     * Une fiche qui refuse la note (dossier clôturé, personne effacée, intervenant supprimé) a répondu : la
     * politique le note et continue. Une panne ou une écriture simultanée sur la fiche remonte : l'événement
     * sera retraité.
     */
    private void verser(Object commande) {
        try {
            commandes.sendAndWait(commande);
        } catch (RuntimeException e) {
            ErreurClassee refus =
                    Classifieur.classer(e).filter(erreur -> !erreur.passagere()).orElseThrow(() -> e);
            LOG.info(
                    "Note de suivi non versée ({}) : {} {}",
                    commande.getClass().getSimpleName(),
                    refus.regle(),
                    refus.message());
        }
    }

    private static NoteSuivi note(String fiche, String texte, ÉvénementIndésirableDéclaré evenement) {
        return new NoteSuivi(
                evenement.evenementId() + "/" + fiche,
                NatureNote.EVENEMENT_INDESIRABLE,
                texte,
                evenement.intervenantId(),
                evenement.encadrant(),
                evenement.evenementId());
    }
}
