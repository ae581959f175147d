package fr.socle.command.rgpd;

import fr.socle.command.audit.EtatsAggregats;
import fr.socle.kernel.dossier.FicheAnnuaireRattachée;
import fr.socle.kernel.dossier.TypeFiche;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.rgpd.EffacerDonneesPersonnelles;
import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * L'effacement RGPD de n'importe quel agrégat : la clé de son sujet est détruite, ce qui rend ses données
 * personnelles illisibles dans tous ses événements, puis l'effacement est ajouté à son historique. Les
 * agrégats n'ont pas à le connaître ; les projections qui gardent des données personnelles le traitent.
 * La clé est détruite d'abord : si l'enregistrement de l'événement échoue, l'effacement a eu lieu et se
 * redemande sans dommage.
 */
@Component
public class EffacementDonneesPersonnelles {

    private final EventStore evenements;
    private final CoffreCles coffre;
    private final EtatsAggregats etats;

    public EffacementDonneesPersonnelles(EventStore evenements, CoffreCles coffre, EtatsAggregats etats) {
        this.evenements = evenements;
        this.coffre = coffre;
        this.etats = etats;
    }

    /**
     * Efface l'agrégat demandé, puis les fiches d'annuaire bénéficiaires que ses événements lui rattachent :
     * c'est la même personne, sous une autre clé ({@link SujetDonneesPersonnelles}). Détruire la clé d'un
     * dossier détruit celles de ses sous-sujets : les coordonnées copiées dans ses opportunités.
     */
    @CommandHandler
    public void effacer(EffacerDonneesPersonnelles commande) {
        String id = commande.aggregatId();
        if (evenements.lastSequenceNumberFor(id).isEmpty()) {
            throw Refus.introuvable("aggregatId", "Aucun événement pour l'agrégat " + id);
        }
        List<Object> historique = evenements
                .readEvents(id, 0)
                .asStream()
                .<Object>map(DomainEventMessage::getPayload)
                .toList();
        List<String> fiches = historique.stream()
                .filter(p -> p instanceof FicheAnnuaireRattachée f && f.type() == TypeFiche.BENEFICIAIRE)
                .map(p -> ((FicheAnnuaireRattachée) p).ficheId())
                .distinct()
                .toList();
        // Les sous-sujets que nomment ses propres événements (les coordonnées copiées dans une opportunité).
        historique.stream()
                .filter(SujetDonneesPersonnelles.class::isInstance)
                .map(p -> ((SujetDonneesPersonnelles) p).sujetDonneesPersonnelles())
                .distinct()
                .forEach(coffre::detruire);
        effacer(id);
        // Même une fiche sans clé (écrite en clair, révision 1) : son modèle de lecture s'efface.
        fiches.forEach(this::effacer);
    }

    private void effacer(String id) {
        coffre.detruire(id);
        // Lu après la destruction de la clé, qui prend l'écrivain du magasin embarqué : aucune commande ne peut
        // plus écrire sur cet agrégat avant l'effacement. Avec Axon Server, une écriture concurrente reste
        // possible : le même numéro de séquence est alors refusé comme un conflit.
        long derniere = evenements.lastSequenceNumberFor(id).orElseThrow();
        String type = evenements.readEvents(id, derniere).peek().getType();
        evenements.publish(
                new GenericDomainEventMessage<>(type, id, derniere + 1, new DonneesPersonnellesEffacées(id, type)));
        // Un instantané antérieur garderait les données en clair : il est remplacé par l'état effacé.
        CurrentUnitOfWork.get().afterCommit(u -> evenements.storeSnapshot(etats.instantaneDepuisLesEvenements(id)));
    }
}
