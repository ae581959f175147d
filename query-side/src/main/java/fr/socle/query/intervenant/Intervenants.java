package fr.socle.query.intervenant;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.FavorisUtilisateur;
import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.intervenant.Situation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Les lectures du modèle des intervenants : fiche, critères de liste, contrôle des doublons. */
@Component
public class Intervenants {

    /** Ce qui rend deux fiches suspectes d'être la même personne. */
    public enum MotifDoublon {
        TELEPHONE,
        NIR,
        EMAIL,
        NOM_PRENOM
    }

    public record Suspect(IntervenantVue intervenant, List<MotifDoublon> motifs) {}

    /**
     * Les filtres de la liste, cumulés. Les fiches supprimées n'y figurent jamais.
     *
     * @param situation ACTIF : les intervenants en poste ; INACTIF : les anciens
     * @param favoris   vrai : seulement les favoris de l'utilisateur qui lit
     */
    public record Filtre(Situation situation, NatureIntervenant nature, String nom, String gerePar, Boolean favoris) {}

    private final MongoTemplate mongo;

    public Intervenants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<IntervenantVue> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, IntervenantVue.class));
    }

    /** Les favoris de {@code utilisateur}, s'il en a jamais eu. */
    public Optional<FavorisVue> favoris(String utilisateur) {
        return Optional.ofNullable(mongo.findById(FavorisUtilisateur.identifiant(utilisateur), FavorisVue.class));
    }

    public boolean favori(String utilisateur, String intervenantId) {
        return favoris(utilisateur).map(f -> f.contient(intervenantId)).orElse(false);
    }

    public Criteria criteres(Filtre filtre, String utilisateur) {
        Criteria c = Criteria.where("supprime").is(false);
        if (filtre == null) {
            return c;
        }
        if (filtre.situation() != null) {
            c = c.and("situation").is(filtre.situation());
        }
        if (filtre.nature() != null) {
            c = c.and("nature").is(filtre.nature());
        }
        if (filtre.gerePar() != null && !filtre.gerePar().isBlank()) {
            c = c.and("gerePar").is(filtre.gerePar().strip());
        }
        if (filtre.nom() != null && !filtre.nom().isBlank()) {
            c = c.and("nomRecherche").regex("^" + Pattern.quote(IntervenantVue.normaliser(filtre.nom())));
        }
        if (Boolean.TRUE.equals(filtre.favoris())) {
            c = c.and("_id")
                    .in(favoris(utilisateur).map(FavorisVue::intervenants).orElse(java.util.Set.of()));
        }
        return c;
    }

    /**
     * Les autres fiches (non supprimées) qui partagent avec celle-ci un téléphone, le NIR, l'e-mail ou
     * le couple nom + prénom, chacune avec ses motifs.
     */
    public List<Suspect> suspects(String id) {
        IntervenantVue fiche = lire(id).orElseThrow(() -> Refus.introuvable("id", "Aucun intervenant " + id));
        List<Criteria> ressemblances = new ArrayList<>();
        if (!fiche.telephones().isEmpty()) {
            ressemblances.add(Criteria.where("telephones").in(fiche.telephones()));
        }
        if (fiche.nir() != null) {
            ressemblances.add(Criteria.where("nir").is(fiche.nir()));
        }
        if (fiche.email() != null) {
            ressemblances.add(Criteria.where("email").is(fiche.email()));
        }
        if (fiche.identite() != null) {
            ressemblances.add(Criteria.where("identite").is(fiche.identite()));
        }
        if (fiche.supprime() || ressemblances.isEmpty()) {
            return List.of();
        }
        Query requete = Query.query(Criteria.where("_id")
                .ne(id)
                .and("supprime")
                .is(false)
                .orOperator(ressemblances.toArray(Criteria[]::new)));
        return mongo.find(requete, IntervenantVue.class).stream()
                .sorted(Comparator.comparingLong(IntervenantVue::position))
                .map(autre -> new Suspect(autre, motifs(fiche, autre)))
                .filter(s -> !s.motifs().isEmpty())
                .toList();
    }

    private static List<MotifDoublon> motifs(IntervenantVue fiche, IntervenantVue autre) {
        List<MotifDoublon> motifs = new ArrayList<>();
        if (autre.telephones().stream().anyMatch(fiche.telephones()::contains)) {
            motifs.add(MotifDoublon.TELEPHONE);
        }
        if (fiche.nir() != null && fiche.nir().equals(autre.nir())) {
            motifs.add(MotifDoublon.NIR);
        }
        if (fiche.email() != null && fiche.email().equals(autre.email())) {
            motifs.add(MotifDoublon.EMAIL);
        }
        if (fiche.identite() != null && Objects.equals(fiche.identite(), autre.identite())) {
            motifs.add(MotifDoublon.NOM_PRENOM);
        }
        return motifs;
    }
}
