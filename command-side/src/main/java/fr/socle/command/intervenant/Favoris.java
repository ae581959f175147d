package fr.socle.command.intervenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.intervenant.FavoriAjouté;
import fr.socle.kernel.intervenant.FavoriRetiré;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Les favoris d'un utilisateur ({@link fr.socle.kernel.intervenant.FavorisUtilisateur}) : ses choix, fiche
 * par fiche. Les commandes arrivent par {@link FavorisIntervenants}, qui vérifie la fiche visée.
 */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class Favoris {

    @AggregateIdentifier
    private String favorisId;
    /**
     * Vrai : en favori, faux : retiré. Une fiche absente n'a pas encore été choisie ici ; vaut alors ce
     * qu'en disait l'ancien événement de la fiche ({@link Intervenant#favoriAvant}).
     */
    private final Map<String, Boolean> choix = new HashMap<>();

    protected Favoris() {}

    /** Ouvre les favoris de l'utilisateur avec un premier choix. */
    Favoris(String favorisId, String utilisateur, String intervenantId, boolean favori) {
        choisir(favorisId, utilisateur, intervenantId, favori);
    }

    Optional<Boolean> choix(String intervenantId) {
        return Optional.ofNullable(choix.get(intervenantId));
    }

    void choisir(String favorisId, String utilisateur, String intervenantId, boolean favori) {
        apply(
                favori
                        ? new FavoriAjouté(favorisId, utilisateur, intervenantId)
                        : new FavoriRetiré(favorisId, utilisateur, intervenantId));
    }

    @EventSourcingHandler
    void on(FavoriAjouté evenement) {
        favorisId = evenement.favorisId();
        choix.put(evenement.intervenantId(), true);
    }

    @EventSourcingHandler
    void on(FavoriRetiré evenement) {
        favorisId = evenement.favorisId();
        choix.put(evenement.intervenantId(), false);
    }
}
