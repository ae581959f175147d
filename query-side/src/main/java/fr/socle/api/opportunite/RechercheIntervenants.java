package fr.socle.api.opportunite;

import fr.socle.api.commun.Roles;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.Situation;
import fr.socle.kernel.opportunite.Mission;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.query.intervenant.IntervenantVue;
import fr.socle.query.opportunite.OpportuniteVue;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Le bouton « Recherche » d'une mission : les intervenants ACTIFS dont les compétences et les
 * disponibilités couvrent la mission. Les mieux placés d'abord : ceux qui couvrent tout, puis ceux qui
 * couvrent le plus (si l'on demande aussi les candidats partiels, qui ont au moins une des compétences
 * ou couvrent au moins un des créneaux) ; à égalité, ceux qui connaissent déjà le client, puis par nom.
 */
@Controller
public class RechercheIntervenants {

    private final MongoTemplate mongo;

    public RechercheIntervenants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param competencesManquantes les compétences exigées que l'intervenant n'a pas
     * @param creneauxNonCouverts   les créneaux du planning hors de ses disponibilités
     * @param connaitLeClient       vrai s'il est déjà intervenu chez ce client
     */
    public record Candidat(
            IntervenantVue intervenant,
            boolean couvreTout,
            List<String> competencesManquantes,
            List<OpportuniteVue.CreneauVue> creneauxNonCouverts,
            boolean connaitLeClient) {
        int manques() {
            return competencesManquantes.size() + creneauxNonCouverts.size();
        }

        /** Un candidat partiel a au moins l'une des compétences exigées ou couvre au moins l'un des créneaux. */
        boolean couvreQuelqueChose(OpportuniteVue.MissionVue mission) {
            return competencesManquantes.size() < mission.competences().size()
                    || creneauxNonCouverts.size() < mission.planning().size();
        }
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public List<Candidat> rechercherIntervenantsPourMission(
            @Argument String opportuniteId, @Argument String missionId, @Argument Boolean partiels) {
        String id = Identifiant.lire(opportuniteId, "opportuniteId");
        String mission = Identifiant.lire(missionId, "missionId");
        OpportuniteVue opportunite = Optional.ofNullable(mongo.findById(id, OpportuniteVue.class))
                .orElseThrow(() -> Refus.introuvable("opportuniteId", "Aucune opportunité " + id));
        OpportuniteVue.MissionVue demande = opportunite.missions().stream()
                .filter(m -> m.id().equals(mission))
                .findFirst()
                .orElseThrow(() -> Refus.introuvable("missionId", "L'opportunité n'a pas de mission " + mission));
        List<IntervenantVue> actifs = mongo.find(
                Query.query(Criteria.where("situation")
                        .is(Situation.ACTIF)
                        .and("supprime")
                        .is(false)),
                IntervenantVue.class);
        return actifs.stream()
                .map(i -> evaluer(i, demande, opportunite.dossierId()))
                .filter(c -> c.couvreTout() || Boolean.TRUE.equals(partiels) && c.couvreQuelqueChose(demande))
                .sorted(Comparator.comparing(Candidat::manques)
                        .thenComparing(Candidat::connaitLeClient, Comparator.reverseOrder())
                        .thenComparing(
                                c -> c.intervenant().nomRecherche(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static Candidat evaluer(IntervenantVue intervenant, OpportuniteVue.MissionVue mission, String dossierId) {
        Set<String> siennes = intervenant.competences() == null
                ? Set.of()
                : intervenant.competences().stream().map(Mission::normaliser).collect(Collectors.toSet());
        List<String> manquantes =
                mission.competences().stream().filter(c -> !siennes.contains(c)).toList();
        List<IntervenantVue.DisponibiliteVue> disponibilites =
                intervenant.disponibilites() == null ? List.of() : intervenant.disponibilites();
        List<OpportuniteVue.CreneauVue> nonCouverts = mission.planning().stream()
                .filter(c -> disponibilites.stream().noneMatch(d -> couvre(d, c)))
                .toList();
        boolean connait = intervenant.clients() != null && intervenant.clients().contains(dossierId);
        return new Candidat(
                intervenant, manquantes.isEmpty() && nonCouverts.isEmpty(), manquantes, nonCouverts, connait);
    }

    private static boolean couvre(IntervenantVue.DisponibiliteVue disponibilite, OpportuniteVue.CreneauVue creneau) {
        return disponibilite.jour().equals(creneau.jour())
                && !LocalTime.parse(creneau.debut()).isBefore(LocalTime.parse(disponibilite.debut()))
                && !LocalTime.parse(creneau.fin()).isAfter(LocalTime.parse(disponibilite.fin()));
    }
}
