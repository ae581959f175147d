package fr.socle.command.intervenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.AjouterClientIntervenant;
import fr.socle.kernel.intervenant.ClientIntervenantAjouté;
import fr.socle.kernel.valeur.Texte;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** Les clients qu'un intervenant a servis, chacun par le dossier qui existe à son nom. */
class ClientsIntervenant {

    private final Set<String> dossiers = new HashSet<>();

    /** Un client est le dossier d'un client qui existe : ni un identifiant inventé, ni celui d'un autre objet. */
    @CommandHandler
    void handle(AjouterClientIntervenant commande, RegistreDossiers registre) {
        String dossierId = Texte.obligatoire(commande.dossierId(), "dossierId");
        if (!dossiers.contains(dossierId)) {
            if (!registre.existe(dossierId)) {
                throw Refus.introuvable("dossierId", "Aucun dossier " + dossierId);
            }
            apply(new ClientIntervenantAjouté(commande.intervenantId(), dossierId));
        }
    }

    @EventSourcingHandler
    void on(ClientIntervenantAjouté evenement) {
        dossiers.add(evenement.dossierId());
    }
}
