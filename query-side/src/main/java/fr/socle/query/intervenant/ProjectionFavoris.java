package fr.socle.query.intervenant;

import fr.socle.kernel.intervenant.FavoriAjouté;
import fr.socle.kernel.intervenant.FavoriRetiré;
import fr.socle.kernel.intervenant.FavorisUtilisateur;
import fr.socle.kernel.intervenant.IntervenantMisEnFavori;
import fr.socle.kernel.intervenant.IntervenantRetiréDesFavoris;
import fr.socle.query.commun.Versions;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Tient les favoris de chaque utilisateur : ses événements de favoris (gardés par leur version), et les
 * anciens événements des fiches ({@code IntervenantMisEnFavori}…), dont l'effet est un ensemble : les
 * relire ne change rien.
 */
@Component
@ProcessingGroup(ProjectionFavoris.GROUPE)
public class ProjectionFavoris {

    public static final String GROUPE = "favoris";

    private final MongoTemplate mongo;

    public ProjectionFavoris(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(FavoriAjouté e, @SequenceNumber long sequence) {
        FavorisVue vue = lire(e.favorisId(), e.utilisateur());
        ranger(vue, sequence, e.intervenantId(), "ajoutes", vue.ajoutes(), "retires", vue.retires());
    }

    @EventHandler
    void on(FavoriRetiré e, @SequenceNumber long sequence) {
        FavorisVue vue = lire(e.favorisId(), e.utilisateur());
        ranger(vue, sequence, e.intervenantId(), "retires", vue.retires(), "ajoutes", vue.ajoutes());
    }

    /** Range l'intervenant dans la liste {@code vers} et l'ôte de la liste {@code depuis}. */
    private void ranger(
            FavorisVue vue,
            long sequence,
            String intervenantId,
            String vers,
            List<String> dansVers,
            String depuis,
            List<String> dansDepuis) {
        if (vue.version() < sequence) {
            Update rangement =
                    new Update().set(vers, avec(dansVers, intervenantId)).set(depuis, sans(dansDepuis, intervenantId));
            Versions.avancer(mongo, vue.id(), sequence, rangement, FavorisVue.class);
        }
    }

    @EventHandler
    void on(IntervenantMisEnFavori e) {
        FavorisVue vue = lire(FavorisUtilisateur.identifiant(e.utilisateur()), e.utilisateur());
        changerAnciens(vue, avec(vue.anciens(), e.intervenantId()));
    }

    @EventHandler
    void on(IntervenantRetiréDesFavoris e) {
        FavorisVue vue = lire(FavorisUtilisateur.identifiant(e.utilisateur()), e.utilisateur());
        changerAnciens(vue, sans(vue.anciens(), e.intervenantId()));
    }

    private void changerAnciens(FavorisVue vue, List<String> anciens) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(vue.id())),
                new Update().set("anciens", anciens),
                FavorisVue.class);
    }

    private FavorisVue lire(String id, String utilisateur) {
        FavorisVue vue = mongo.findById(id, FavorisVue.class);
        if (vue == null) {
            vue = FavorisVue.vide(id, utilisateur);
            mongo.insert(vue);
        }
        return vue;
    }

    private static List<String> avec(List<String> liste, String id) {
        return Stream.concat(liste.stream(), Stream.of(id)).distinct().toList();
    }

    private static List<String> sans(List<String> liste, String id) {
        return liste.stream().filter(i -> !i.equals(id)).toList();
    }

    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(FavorisVue.class);
    }
}
