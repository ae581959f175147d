package fr.socle.query.opportunite;

import fr.socle.kernel.opportunite.InformationsRenseignées;
import fr.socle.kernel.opportunite.MissionAjoutée;
import fr.socle.kernel.opportunite.MissionRetirée;
import fr.socle.kernel.opportunite.OpportunitéCopiée;
import fr.socle.kernel.opportunite.OpportunitéOuverte;
import fr.socle.kernel.opportunite.OpportunitéVerrouillée;
import fr.socle.kernel.opportunite.PréventionRisquesDéfinie;
import fr.socle.kernel.opportunite.TâchesDéfinies;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.query.commun.Presence;
import fr.socle.query.commun.Versions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Tient le modèle de lecture des opportunités ; chaque écriture est gardée par la version (rejeu sans effet). */
@Component
@ProcessingGroup(ProjectionOpportunites.GROUPE)
public class ProjectionOpportunites {

    public static final String GROUPE = "opportunites";

    private final MongoTemplate mongo;

    public ProjectionOpportunites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(OpportunitéOuverte e, @SequenceNumber long sequence, @Timestamp Instant horodatage, TrackingToken jeton) {
        creer(new OpportuniteVue(
                e.opportuniteId(),
                sequence,
                e.dossierId(),
                false,
                null,
                null,
                e.gestionnaire(),
                e.dateEvaluation(),
                horodatage,
                OpportuniteVue.CoordonneesVue.de(e.coordonnees()),
                List.of(),
                null,
                List.of(),
                List.of(),
                jeton.position().orElse(sequence)));
    }

    @EventHandler
    void on(OpportunitéCopiée e, @SequenceNumber long sequence, @Timestamp Instant horodatage, TrackingToken jeton) {
        creer(new OpportuniteVue(
                e.opportuniteId(),
                sequence,
                e.dossierId(),
                false,
                e.origineId(),
                null,
                e.gestionnaire(),
                e.dateEvaluation(),
                horodatage,
                OpportuniteVue.CoordonneesVue.de(e.coordonnees()),
                e.missions().stream().map(OpportuniteVue.MissionVue::de).toList(),
                e.informations(),
                OpportuniteVue.TacheVue.de(e.taches()),
                OpportuniteVue.MesureVue.de(e.mesures()),
                jeton.position().orElse(sequence)));
    }

    private void creer(OpportuniteVue vue) {
        Presence.creerSiAbsent(mongo, vue);
    }

    @EventHandler
    void on(MissionAjoutée e, @SequenceNumber long sequence) {
        avancer(e.opportuniteId(), sequence, new Update().push("missions", OpportuniteVue.MissionVue.de(e.mission())));
    }

    @EventHandler
    void on(MissionRetirée e, @SequenceNumber long sequence) {
        avancer(
                e.opportuniteId(),
                sequence,
                new Update().pull("missions", Query.query(Criteria.where("_id").is(e.missionId()))));
    }

    @EventHandler
    void on(InformationsRenseignées e, @SequenceNumber long sequence) {
        avancer(e.opportuniteId(), sequence, new Update().set("informations", e.informations()));
    }

    @EventHandler
    void on(TâchesDéfinies e, @SequenceNumber long sequence) {
        avancer(e.opportuniteId(), sequence, new Update().set("taches", OpportuniteVue.TacheVue.de(e.taches())));
    }

    @EventHandler
    void on(PréventionRisquesDéfinie e, @SequenceNumber long sequence) {
        avancer(
                e.opportuniteId(),
                sequence,
                new Update().set("preventionRisques", OpportuniteVue.MesureVue.de(e.mesures())));
    }

    @EventHandler
    void on(OpportunitéVerrouillée e, @SequenceNumber long sequence) {
        avancer(
                e.opportuniteId(),
                sequence,
                new Update().set("verrouillee", true).set("copieId", e.copieId()));
    }

    /**
     * L'effacement RGPD de l'opportunité, ou de son dossier : les coordonnées copiées du client deviennent
     * {@link DonneePersonnelle#EFFACEE} (l'adresse disparaît), comme ses événements se relisent désormais.
     */
    @EventHandler
    void on(DonneesPersonnellesEffacées e, @SequenceNumber long sequence) {
        Optional.ofNullable(mongo.findById(e.aggregatId(), OpportuniteVue.class))
                .ifPresent(vue ->
                        avancer(vue.id(), sequence, new Update().set("coordonnees", effacees(vue.coordonnees()))));
        mongo.find(Query.query(Criteria.where("dossierId").is(e.aggregatId())), OpportuniteVue.class)
                .forEach(vue -> mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(vue.id())),
                        new Update().set("coordonnees", effacees(vue.coordonnees())),
                        OpportuniteVue.class));
    }

    private static OpportuniteVue.CoordonneesVue effacees(OpportuniteVue.CoordonneesVue coordonnees) {
        String e = DonneePersonnelle.EFFACEE;
        return coordonnees == null ? null : new OpportuniteVue.CoordonneesVue(coordonnees.civilite(), e, e, e, e, null);
    }

    /** Applique {@code modification} si l'événement {@code sequence} n'est pas encore projeté. */
    private void avancer(String id, long sequence, Update modification) {
        Versions.avancer(mongo, id, sequence, modification, OpportuniteVue.class);
    }

    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(OpportuniteVue.class);
    }
}
