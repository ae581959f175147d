package fr.socle.command.opportunite;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.opportunite.AjouterMission;
import fr.socle.kernel.opportunite.Coordonnees;
import fr.socle.kernel.opportunite.DefinirPreventionRisques;
import fr.socle.kernel.opportunite.DefinirTaches;
import fr.socle.kernel.opportunite.InformationsRenseignées;
import fr.socle.kernel.opportunite.MesurePrevention;
import fr.socle.kernel.opportunite.Mission;
import fr.socle.kernel.opportunite.MissionAjoutée;
import fr.socle.kernel.opportunite.MissionRetirée;
import fr.socle.kernel.opportunite.OpportunitéCopiée;
import fr.socle.kernel.opportunite.OpportunitéOuverte;
import fr.socle.kernel.opportunite.OpportunitéVerrouillée;
import fr.socle.kernel.opportunite.OuvrirOpportunite;
import fr.socle.kernel.opportunite.PréventionRisquesDéfinie;
import fr.socle.kernel.opportunite.RenseignerInformations;
import fr.socle.kernel.opportunite.RetirerMission;
import fr.socle.kernel.opportunite.Tache;
import fr.socle.kernel.opportunite.TâchesDéfinies;
import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * La demande d'un client, du recueil de ses besoins à la facturation : missions, informations,
 * tâches, prévention des risques. Une fois dupliquée (réévaluation annuelle), elle est verrouillée et
 * plus aucune commande ne la change ; sa copie prend la suite.
 * <p>
 * L'ouverture et la duplication touchent d'autres agrégats (le dossier, la copie, le rappel) : elles
 * passent par {@link CommandesOpportunites}, qui appelle les constructeurs et méthodes publics d'ici.
 */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class Opportunite implements SujetDonneesPersonnelles {

    @AggregateIdentifier
    private String opportuniteId;

    private String dossierId;
    private Coordonnees coordonnees;
    private String gestionnaire;
    private LocalDate dateEvaluation;
    private final Map<String, Mission> missions = new LinkedHashMap<>();
    private String informations;
    private List<Tache> taches = List.of();
    private List<MesurePrevention> mesures = List.of();
    private String copieId;

    protected Opportunite() {}

    /** Un instantané de l'opportunité chiffre les coordonnées sous la même clé que ses événements. */
    @Override
    public String sujetDonneesPersonnelles() {
        return SujetDonneesPersonnelles.sousSujet(dossierId, opportuniteId);
    }

    /** Ouvre l'opportunité ; le dossier a été vérifié par l'appelant. */
    public Opportunite(OuvrirOpportunite commande) {
        apply(new OpportunitéOuverte(
                commande.opportuniteId(),
                commande.dossierId(),
                commande.coordonnees(),
                commande.gestionnaire(),
                commande.dateEvaluation()));
    }

    /** Fait naître la copie {@code copieId} de {@code origine}, évaluée le {@code jour}. */
    Opportunite(String copieId, Duplication origine, LocalDate jour) {
        apply(new OpportunitéCopiée(
                copieId,
                origine.opportuniteId(),
                origine.dossierId(),
                origine.coordonnees(),
                origine.gestionnaire(),
                jour,
                origine.missions(),
                origine.informations(),
                origine.taches(),
                origine.mesures()));
    }

    /** Ce que la duplication emporte de l'original. */
    public record Duplication(
            String opportuniteId,
            String dossierId,
            Coordonnees coordonnees,
            String gestionnaire,
            LocalDate dateEvaluation,
            List<Mission> missions,
            String informations,
            List<Tache> taches,
            List<MesurePrevention> mesures) {}

    /** Verrouille l'opportunité au profit de sa copie {@code copie} et rend ce que la copie reprend. */
    public Duplication verrouillerPour(String copie) {
        verifierModifiable();
        Duplication contenu = new Duplication(
                opportuniteId,
                dossierId,
                coordonnees,
                gestionnaire,
                dateEvaluation,
                List.copyOf(missions.values()),
                informations,
                taches,
                mesures);
        apply(new OpportunitéVerrouillée(opportuniteId, copie));
        return contenu;
    }

    @CommandHandler
    public void handle(AjouterMission commande) {
        verifierModifiable();
        if (missions.containsKey(commande.mission().missionId())) {
            throw Refus.conflit("mission.missionId", "MISSION_EXISTANTE", "Cette mission existe déjà");
        }
        apply(new MissionAjoutée(opportuniteId, commande.mission()));
    }

    @CommandHandler
    public void handle(RetirerMission commande) {
        verifierModifiable();
        Mission mission = missions.get(commande.missionId());
        if (mission == null) {
            throw Refus.introuvable("missionId", "L'opportunité n'a pas de mission " + commande.missionId());
        }
        boolean derniere = missions.values().stream()
                .noneMatch(m -> m != mission && m.prestation().equalsIgnoreCase(mission.prestation()));
        if (derniere && taches.stream().anyMatch(t -> t.prestation().equalsIgnoreCase(mission.prestation()))) {
            throw Refus.conflit(
                    "missionId",
                    "TACHES_RATTACHEES",
                    "Des tâches sont rattachées à la prestation « " + mission.prestation()
                            + " » : retirez-les d'abord");
        }
        apply(new MissionRetirée(opportuniteId, commande.missionId()));
    }

    @CommandHandler
    public void handle(RenseignerInformations commande) {
        verifierModifiable();
        apply(new InformationsRenseignées(opportuniteId, commande.informations()));
    }

    /** Chaque tâche se rattache à la prestation de l'une des missions. */
    @CommandHandler
    public void handle(DefinirTaches commande) {
        verifierModifiable();
        Set<String> prestations = missions.values().stream()
                .map(m -> m.prestation().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (int i = 0; i < commande.taches().size(); i++) {
            Tache tache = commande.taches().get(i);
            if (!prestations.contains(tache.prestation().toLowerCase(Locale.ROOT))) {
                throw Refus.invalide(
                        "taches[" + i + "].prestation",
                        "PRESTATION_INCONNUE",
                        "Aucune mission de l'opportunité ne porte la prestation « " + tache.prestation() + " »");
            }
        }
        apply(new TâchesDéfinies(opportuniteId, commande.taches()));
    }

    @CommandHandler
    public void handle(DefinirPreventionRisques commande) {
        verifierModifiable();
        apply(new PréventionRisquesDéfinie(opportuniteId, commande.mesures()));
    }

    private void verifierModifiable() {
        if (copieId != null) {
            throw Refus.conflit(
                    "id",
                    "OPPORTUNITE_VERROUILLEE",
                    "Cette opportunité est verrouillée depuis sa " + "duplication : modifiez sa copie " + copieId);
        }
    }

    @EventSourcingHandler
    void on(OpportunitéOuverte evenement) {
        opportuniteId = evenement.opportuniteId();
        dossierId = evenement.dossierId();
        coordonnees = evenement.coordonnees();
        gestionnaire = evenement.gestionnaire();
        dateEvaluation = evenement.dateEvaluation();
    }

    @EventSourcingHandler
    void on(OpportunitéCopiée evenement) {
        opportuniteId = evenement.opportuniteId();
        dossierId = evenement.dossierId();
        coordonnees = evenement.coordonnees();
        gestionnaire = evenement.gestionnaire();
        dateEvaluation = evenement.dateEvaluation();
        evenement.missions().forEach(m -> missions.put(m.missionId(), m));
        informations = evenement.informations();
        taches = evenement.taches();
        mesures = evenement.mesures();
    }

    @EventSourcingHandler
    void on(MissionAjoutée evenement) {
        missions.put(evenement.mission().missionId(), evenement.mission());
    }

    @EventSourcingHandler
    void on(MissionRetirée evenement) {
        missions.remove(evenement.missionId());
    }

    @EventSourcingHandler
    void on(InformationsRenseignées evenement) {
        informations = evenement.informations();
    }

    @EventSourcingHandler
    void on(TâchesDéfinies evenement) {
        taches = evenement.taches();
    }

    @EventSourcingHandler
    void on(PréventionRisquesDéfinie evenement) {
        mesures = evenement.mesures();
    }

    @EventSourcingHandler
    void on(OpportunitéVerrouillée evenement) {
        copieId = evenement.copieId();
    }
}
