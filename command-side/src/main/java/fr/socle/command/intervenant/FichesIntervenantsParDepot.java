package fr.socle.command.intervenant;

import fr.socle.kernel.erreur.Refus;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Les fiches lues par leur dépôt, dans l'unité de travail de la commande : lues, jamais modifiées. */
@Component
public class FichesIntervenantsParDepot implements FavorisIntervenants.FichesIntervenants {

    private final Repository<Intervenant> intervenants;

    public FichesIntervenantsParDepot(Repository<Intervenant> intervenants) {
        this.intervenants = intervenants;
    }

    @Override
    public boolean favoriAvant(String intervenantId, String utilisateur) {
        Aggregate<Intervenant> fiche;
        try {
            fiche = intervenants.load(intervenantId);
        } catch (AggregateNotFoundException e) {
            throw Refus.introuvable("id", "Aucun intervenant " + intervenantId);
        }
        // un identifiant d'un autre type d'agrégat ne désigne pas une fiche
        if (!intervenantId.equals(fiche.identifierAsString())) {
            throw Refus.introuvable("id", "Aucun intervenant " + intervenantId);
        }
        return fiche.invoke(i -> i.favoriAvant(utilisateur));
    }
}
