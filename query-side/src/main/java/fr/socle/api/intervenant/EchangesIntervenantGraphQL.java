package fr.socle.api.intervenant;

import fr.socle.api.commun.Ecritures;
import fr.socle.api.commun.Roles;
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
import fr.socle.query.intervenant.IntervenantVue;
import fr.socle.query.intervenant.Intervenants;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Les échanges avec un intervenant : ses rendez-vous (planifiés, puis les réponses des participants, les
 * notes et l'issue) et les e-mails qu'on lui envoie, avec leur statut de remise. Tous vivent dans sa fiche :
 * chaque mutation rend la fiche, comme celles de {@link IntervenantGraphQL}.
 */
@Controller
public class EchangesIntervenantGraphQL {

    private final Ecritures.Modele<IntervenantVue> fiches;

    public EchangesIntervenantGraphQL(Ecritures ecritures, Intervenants intervenants) {
        this.fiches = ecritures.modele(intervenants::lire);
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public IntervenantVue planifierRendezVousIntervenant(
            @Argument String id, @Argument RendezVousInput input, @Argument Integer versionAttendue) {
        return fiches.ecrire(
                id,
                "id",
                versionAttendue,
                (i, v) -> new PlanifierRendezVous(
                        i,
                        Identifiant.nouveau(),
                        input.objet(),
                        input.debut(),
                        input.fin(),
                        Boolean.TRUE.equals(input.alerte()),
                        input.participants(),
                        v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public IntervenantVue repondreRendezVousIntervenant(
            @Argument String id,
            @Argument String rendezVousId,
            @Argument String participant,
            @Argument ReponseParticipant reponse,
            @Argument Integer versionAttendue) {
        return fiches.ecrire(
                id,
                "id",
                versionAttendue,
                (i, v) -> new RepondreRendezVous(
                        i, Identifiant.lire(rendezVousId, "rendezVousId"), participant, reponse, v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public IntervenantVue annoterRendezVousIntervenant(
            @Argument String id,
            @Argument String rendezVousId,
            @Argument String note,
            @Argument Integer versionAttendue) {
        return fiches.ecrire(
                id,
                "id",
                versionAttendue,
                (i, v) -> new AnnoterRendezVous(i, Identifiant.lire(rendezVousId, "rendezVousId"), note, v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public IntervenantVue cloreRendezVousIntervenant(
            @Argument String id,
            @Argument String rendezVousId,
            @Argument IssueRendezVous issue,
            @Argument Integer versionAttendue) {
        return fiches.ecrire(
                id,
                "id",
                versionAttendue,
                (i, v) -> new CloreRendezVous(i, Identifiant.lire(rendezVousId, "rendezVousId"), issue, v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public IntervenantVue enregistrerEmailIntervenant(
            @Argument String id, @Argument String objet, @Argument Integer versionAttendue) {
        return fiches.ecrire(
                id,
                "id",
                versionAttendue,
                (i, v) -> new EnregistrerEmailIntervenant(i, Identifiant.nouveau(), objet, v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public IntervenantVue changerStatutEmailIntervenant(
            @Argument String id,
            @Argument String emailId,
            @Argument StatutEmail statut,
            @Argument Integer versionAttendue) {
        return fiches.ecrire(
                id,
                "id",
                versionAttendue,
                (i, v) -> new ChangerStatutEmailIntervenant(i, Identifiant.lire(emailId, "emailId"), statut, v));
    }
}
