package fr.socle.api.intervenant;

import fr.socle.api.commun.OperationsAgregats;
import fr.socle.kernel.intervenant.AnnoterRendezVous;
import fr.socle.kernel.intervenant.ChangerStatutEmailIntervenant;
import fr.socle.kernel.intervenant.CloreRendezVous;
import fr.socle.kernel.intervenant.EnregistrerEmailIntervenant;
import fr.socle.kernel.intervenant.IssueRendezVous;
import fr.socle.kernel.intervenant.PlanifierRendezVous;
import fr.socle.kernel.intervenant.RepondreRendezVous;
import fr.socle.kernel.intervenant.ReponseParticipant;
import fr.socle.kernel.intervenant.StatutEmail;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.query.intervenant.Intervenants;
import org.springframework.stereotype.Component;

/**
 * Les échanges avec un intervenant : ses rendez-vous (planifiés, puis les réponses des participants, les
 * notes et l'issue) et les e-mails qu'on lui envoie, avec leur statut de remise. Tous vivent dans sa fiche :
 * chaque mutation rend la fiche, comme celles de {@link IntervenantGraphQL}.
 */
@Component
public class EchangesIntervenantGraphQL implements OperationsAgregats.Declaration {

    private final Intervenants intervenants;

    public EchangesIntervenantGraphQL(Intervenants intervenants) {
        this.intervenants = intervenants;
    }

    @Override
    public void declarer(OperationsAgregats.Table table) {
        table.sujet("id", intervenants::lire)
                .mutation("planifierRendezVousIntervenant", (a, id, v) -> {
                    RendezVousInput input = a.valeur("input", RendezVousInput.class);
                    return new PlanifierRendezVous(
                            id,
                            Identifiant.nouveau(),
                            input.objet(),
                            input.debut(),
                            input.fin(),
                            Boolean.TRUE.equals(input.alerte()),
                            input.participants(),
                            v);
                })
                .mutation(
                        "repondreRendezVousIntervenant",
                        (a, id, v) -> new RepondreRendezVous(
                                id,
                                rendezVous(a),
                                a.valeur("participant", String.class),
                                a.valeur("reponse", ReponseParticipant.class),
                                v))
                .mutation(
                        "annoterRendezVousIntervenant",
                        (a, id, v) -> new AnnoterRendezVous(id, rendezVous(a), a.valeur("note", String.class), v))
                .mutation(
                        "cloreRendezVousIntervenant",
                        (a, id, v) ->
                                new CloreRendezVous(id, rendezVous(a), a.valeur("issue", IssueRendezVous.class), v))
                .mutation(
                        "enregistrerEmailIntervenant",
                        (a, id, v) -> new EnregistrerEmailIntervenant(
                                id, Identifiant.nouveau(), a.valeur("objet", String.class), v))
                .mutation(
                        "changerStatutEmailIntervenant",
                        (a, id, v) -> new ChangerStatutEmailIntervenant(
                                id,
                                Identifiant.lire(a.valeur("emailId", String.class), "emailId"),
                                a.valeur("statut", StatutEmail.class),
                                v));
    }

    private static String rendezVous(OperationsAgregats.Arguments arguments) {
        return Identifiant.lire(arguments.valeur("rendezVousId", String.class), "rendezVousId");
    }
}
