package fr.socle.query.dossier;

import fr.socle.query.commun.Presence;
import fr.socle.kernel.dossier.ConventionCréée;
import fr.socle.kernel.dossier.FicheAnnuaireCréée;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Les référentiels du dossier : l'annuaire (fiches bénéficiaire, prescripteur, autre) et les conventions. */
@Component
@ProcessingGroup(ProjectionAnnuaire.GROUPE)
public class ProjectionAnnuaire {

    public static final String GROUPE = "annuaire";

    private final MongoTemplate mongo;

    public ProjectionAnnuaire(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(FicheAnnuaireCréée evenement, @SequenceNumber long sequence, TrackingToken jeton) {
        if (existe(evenement.ficheId(), FicheAnnuaireVue.class)) {
            return;
        }
        mongo.save(new FicheAnnuaireVue(evenement.ficheId(), sequence, evenement.type(),
                evenement.civilite() == null ? null : evenement.civilite().name(), evenement.nom(), evenement.prenom(),
                evenement.email() == null ? null : evenement.email().valeur(),
                evenement.mobile() == null ? null : evenement.mobile().valeur(),
                jeton.position().orElse(sequence), Recherche.cle(evenement.nom()), Recherche.cle(evenement.prenom())));
    }

    @EventHandler
    void on(ConventionCréée evenement, @SequenceNumber long sequence, TrackingToken jeton) {
        if (existe(evenement.conventionId(), ConventionVue.class)) {
            return;
        }
        mongo.save(new ConventionVue(evenement.conventionId(), sequence, evenement.libelle(), evenement.tarif(),
                evenement.financeurParDefaut(), jeton.position().orElse(sequence)));
    }

    private boolean existe(String id, Class<?> type) {
        return Presence.existe(mongo, id, type);
    }

    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(FicheAnnuaireVue.class);
        mongo.dropCollection(ConventionVue.class);
    }
}
