package fr.socle.query.dossier;

import fr.socle.kernel.dossier.ConventionCréée;
import fr.socle.kernel.dossier.FicheAnnuaireCréée;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.query.commun.Presence;
import fr.socle.query.commun.Versions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
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
        Presence.creerSiAbsent(
                mongo,
                new FicheAnnuaireVue(
                        evenement.ficheId(),
                        sequence,
                        evenement.type(),
                        evenement.civilite() == null
                                ? null
                                : evenement.civilite().name(),
                        evenement.nom(),
                        evenement.prenom(),
                        evenement.email() == null ? null : evenement.email().valeur(),
                        evenement.mobile() == null ? null : evenement.mobile().valeur(),
                        jeton.position().orElse(sequence),
                        Recherche.cle(evenement.nom()),
                        Recherche.cle(evenement.prenom())));
    }

    /** Une fiche effacée (RGPD) ne se lit ni ne se trouve plus par son nom ; son type et sa place restent. */
    @EventHandler
    void on(DonneesPersonnellesEffacées evenement, @SequenceNumber long sequence) {
        if (!"FicheAnnuaire".equals(evenement.aggregatType())) {
            return;
        }
        Versions.avancer(
                mongo,
                evenement.aggregatId(),
                sequence,
                new Update()
                        .set("nom", DonneePersonnelle.EFFACEE)
                        .set("prenom", DonneePersonnelle.EFFACEE)
                        .unset("email")
                        .unset("mobile")
                        .unset("nomRecherche")
                        .unset("prenomRecherche"),
                FicheAnnuaireVue.class);
    }

    @EventHandler
    void on(ConventionCréée evenement, @SequenceNumber long sequence, TrackingToken jeton) {
        Presence.creerSiAbsent(
                mongo,
                new ConventionVue(
                        evenement.conventionId(),
                        sequence,
                        evenement.libelle(),
                        evenement.tarif(),
                        evenement.financeurParDefaut(),
                        jeton.position().orElse(sequence)));
    }

    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(FicheAnnuaireVue.class);
        mongo.dropCollection(ConventionVue.class);
    }
}
