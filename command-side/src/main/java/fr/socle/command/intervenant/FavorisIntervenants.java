package fr.socle.command.intervenant;

import fr.socle.command.commun.ConfigurationCommandes;
import fr.socle.kernel.intervenant.FavorisUtilisateur;
import fr.socle.kernel.intervenant.MarquerIntervenantFavori;
import fr.socle.kernel.valeur.Texte;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Mettre une fiche en favori, ou l'en retirer, écrit dans les favoris de l'auteur de la commande
 * ({@link Favoris}), jamais dans la fiche : sa version ne bouge pas, et la {@code versionAttendue} des
 * autres utilisateurs reste valable. La fiche est lue, pas modifiée : elle doit exister et ne pas être
 * supprimée (la version attendue, si elle est donnée, est la sienne).
 */
@Component
public class FavorisIntervenants {

    private final FichesIntervenants fiches;
    private final Repository<Favoris> favoris;

    public FavorisIntervenants(FichesIntervenants fiches, Repository<Favoris> favoris) {
        this.fiches = fiches;
        this.favoris = favoris;
    }

    @CommandHandler
    public void handle(MarquerIntervenantFavori commande, @MetaDataValue(ConfigurationCommandes.AUTEUR) String auteur)
            throws Exception {
        String utilisateur = Texte.obligatoire(auteur, "utilisateur");
        String intervenantId = commande.intervenantId();
        boolean avant = fiches.favoriAvant(intervenantId, utilisateur);
        String id = FavorisUtilisateur.identifiant(utilisateur);
        Optional<Aggregate<Favoris>> siens = charger(id);
        boolean actuel =
                siens.flatMap(a -> a.invoke(f -> f.choix(intervenantId))).orElse(avant);
        if (actuel == commande.favori()) {
            return;
        }
        if (siens.isPresent()) {
            siens.get().execute(f -> f.choisir(id, utilisateur, intervenantId, commande.favori()));
        } else {
            favoris.newInstance(() -> new Favoris(id, utilisateur, intervenantId, commande.favori()));
        }
    }

    private Optional<Aggregate<Favoris>> charger(String id) {
        try {
            return Optional.of(favoris.load(id));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    /** La fiche d'un intervenant, vue des favoris. */
    public interface FichesIntervenants {

        /**
         * Si l'ancien événement de la fiche ({@code IntervenantMisEnFavori}) la met dans les favoris de
         * {@code utilisateur} ; refuse une fiche inconnue ({@code NOT_FOUND id}) ou supprimée.
         */
        boolean favoriAvant(String intervenantId, String utilisateur);
    }
}
