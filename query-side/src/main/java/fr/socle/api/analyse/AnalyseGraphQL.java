package fr.socle.api.analyse;

import fr.socle.api.commun.Roles;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.intervenant.Situation;
import fr.socle.query.analyse.Comptages;
import fr.socle.query.analyse.Comptages.ComptePeriode;
import fr.socle.query.analyse.EtatOpportunite;
import fr.socle.query.analyse.Granularite;
import fr.socle.query.dossier.DossierVue;
import fr.socle.query.intervenant.IntervenantVue;
import fr.socle.query.intervenant.Intervenants;
import fr.socle.query.opportunite.OpportuniteVue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Les comptes des analystes, en lecture seule sur les modèles de lecture. Les sélections reprennent
 * les filtres des listes (une statistique compte exactement ce que la liste filtrée montre) ; chaque
 * valeur d'une énumération figure dans les comptes, même à zéro.
 */
@Controller
public class AnalyseGraphQL {

    private final Comptages comptages;
    private final Intervenants intervenants;

    public AnalyseGraphQL(Comptages comptages, Intervenants intervenants) {
        this.comptages = comptages;
        this.intervenants = intervenants;
    }

    /** @param selection les dossiers comptés, que {@code parPeriode} regroupe à la demande */
    public record StatistiquesDossiers(int total, List<CompteEtat> parEtat, Criteria selection) {}

    public record CompteEtat(EtatDossier etat, int nombre) {}

    public record StatistiquesIntervenants(
            int total,
            List<CompteNature> parNature,
            List<CompteSituation> parSituation,
            List<CompteNatureSituation> parNatureEtSituation) {}

    public record CompteNature(NatureIntervenant nature, int nombre) {}

    public record CompteSituation(Situation situation, int nombre) {}

    public record CompteNatureSituation(NatureIntervenant nature, Situation situation, int nombre) {}

    /** @param selection les opportunités comptées, que {@code parPeriode} regroupe à la demande */
    public record StatistiquesOpportunites(
            int total,
            List<CompteEtatOpportunite> parEtat,
            int copies,
            List<CompteGestionnaire> parGestionnaire,
            Criteria selection) {}

    public record CompteEtatOpportunite(EtatOpportunite etat, int nombre) {}

    public record CompteGestionnaire(String gestionnaire, int nombre) {}

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public StatistiquesDossiers statistiquesDossiers(@Argument StatistiquesDossiersFiltre filtre) {
        Criteria selection = filtre == null ? new Criteria() : filtre.criteres(comptages);
        Map<EtatDossier, Integer> parEtat = sommes(
                comptages.parCles(DossierVue.class, selection, "etat"), d -> EtatDossier.valueOf(d.getString("etat")));
        List<CompteEtat> comptes = Arrays.stream(EtatDossier.values())
                .map(etat -> new CompteEtat(etat, parEtat.getOrDefault(etat, 0)))
                .toList();
        return new StatistiquesDossiers(
                comptes.stream().mapToInt(CompteEtat::nombre).sum(), comptes, selection);
    }

    @SchemaMapping(typeName = "StatistiquesDossiers", field = "parPeriode")
    public List<ComptePeriode> dossiersParPeriode(
            StatistiquesDossiers statistiques, @Argument Granularite granularite) {
        return comptages.parPeriode(DossierVue.class, statistiques.selection(), "dateCreation", granularite);
    }

    /** Les fiches supprimées ne comptent pas, comme dans la liste. */
    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public StatistiquesIntervenants statistiquesIntervenants(@Argument StatistiquesIntervenantsFiltre filtre) {
        Intervenants.Filtre liste = filtre == null
                ? null
                : new Intervenants.Filtre(filtre.situation(), filtre.nature(), null, filtre.gerePar(), null);
        List<Document> groupes =
                comptages.parCles(IntervenantVue.class, intervenants.criteres(liste, null), "nature", "situation");
        Map<NatureIntervenant, Integer> parNature =
                sommes(groupes, d -> NatureIntervenant.valueOf(d.getString("nature")));
        Map<Situation, Integer> parSituation = sommes(groupes, d -> Situation.valueOf(d.getString("situation")));
        Map<List<Enum<?>>, Integer> croisement = sommes(
                groupes,
                d -> List.of(
                        NatureIntervenant.valueOf(d.getString("nature")), Situation.valueOf(d.getString("situation"))));
        return new StatistiquesIntervenants(
                parNature.values().stream().mapToInt(Integer::intValue).sum(),
                Arrays.stream(NatureIntervenant.values())
                        .map(n -> new CompteNature(n, parNature.getOrDefault(n, 0)))
                        .toList(),
                Arrays.stream(Situation.values())
                        .map(s -> new CompteSituation(s, parSituation.getOrDefault(s, 0)))
                        .toList(),
                Arrays.stream(NatureIntervenant.values())
                        .flatMap(n -> Arrays.stream(Situation.values())
                                .map(s -> new CompteNatureSituation(n, s, croisement.getOrDefault(List.of(n, s), 0))))
                        .toList());
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public StatistiquesOpportunites statistiquesOpportunites(@Argument StatistiquesOpportunitesFiltre filtre) {
        Criteria selection = filtre == null ? new Criteria() : filtre.criteres(comptages);
        List<Document> groupes = comptages.parCles(OpportuniteVue.class, selection, "gestionnaire", "verrouillee");
        Map<EtatOpportunite, Integer> parEtat = sommes(groupes, d -> EtatOpportunite.de(d.getBoolean("verrouillee")));
        Map<String, Integer> parGestionnaire = sommes(groupes, d -> d.getString("gestionnaire"));
        int copies = (int) comptages.compter(
                OpportuniteVue.class,
                new Criteria()
                        .andOperator(selection, Criteria.where("origineId").ne(null)));
        return new StatistiquesOpportunites(
                parEtat.values().stream().mapToInt(Integer::intValue).sum(),
                Arrays.stream(EtatOpportunite.values())
                        .map(e -> new CompteEtatOpportunite(e, parEtat.getOrDefault(e, 0)))
                        .toList(),
                copies,
                parGestionnaire.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(g -> new CompteGestionnaire(g.getKey(), g.getValue()))
                        .toList(),
                selection);
    }

    @SchemaMapping(typeName = "StatistiquesOpportunites", field = "parPeriode")
    public List<ComptePeriode> opportunitesParPeriode(
            StatistiquesOpportunites statistiques, @Argument Granularite granularite) {
        return comptages.parPeriode(OpportuniteVue.class, statistiques.selection(), "dateOuverture", granularite);
    }

    /** Les nombres des groupes additionnés par la clé que {@code cle} en tire. */
    private static <K> Map<K, Integer> sommes(List<Document> groupes, Function<Document, K> cle) {
        return groupes.stream()
                .collect(Collectors.groupingBy(
                        cle,
                        Collectors.summingInt(d -> d.get("nombre", Number.class).intValue())));
    }
}
