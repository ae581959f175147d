package fr.socle.query.piece;

import fr.socle.kernel.piece.Categorie;
import fr.socle.kernel.valeur.Identifiant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * L'encours, c'est-à-dire la somme des soldes des pièces ouvertes, d'un dossier ou de tout le
 * portefeuille : par catégorie et par ancienneté. MongoDB fait les sommes (Decimal128, exactes) ;
 * chaque tranche ou catégorie est rendue, même vide.
 */
@Component
public class EncoursPieces {

    private final MongoTemplate mongo;

    public EncoursPieces(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Encours<K>(K cle, BigDecimal montant, int nombre) {
        Encours<K> plus(BigDecimal autreMontant, int autreNombre) {
            return new Encours<>(cle, montant.add(autreMontant), nombre + autreNombre);
        }
    }

    record ParCategorie(@Id Categorie id, BigDecimal montant, int nombre) {}

    record ParEcheance(@Id LocalDate id, BigDecimal montant, int nombre) {}

    public List<Encours<Categorie>> parCategorie(String dossierId) {
        Map<Categorie, Encours<Categorie>> encours = vides(Categorie.values());
        sommes("categorie", dossierId, ParCategorie.class)
                .forEach(g -> encours.merge(g.id(), new Encours<>(g.id(), g.montant(), g.nombre()), (a, b) -> b));
        return List.copyOf(encours.values());
    }

    /** Les soldes sont groupés par date d'échéance par MongoDB, puis rangés en tranches à la date du jour. */
    public List<Encours<TrancheAge>> parAge(String dossierId, LocalDate aujourdhui) {
        Map<TrancheAge, Encours<TrancheAge>> encours = vides(TrancheAge.values());
        sommes("dateEcheance", dossierId, ParEcheance.class)
                .forEach(g -> encours.computeIfPresent(
                        TrancheAge.de(g.id(), aujourdhui), (t, e) -> e.plus(g.montant(), g.nombre())));
        return List.copyOf(encours.values());
    }

    private <G> List<G> sommes(String cle, String dossierId, Class<G> type) {
        Criteria ouvertes = Criteria.where("ouverte").is(true);
        if (dossierId != null) {
            ouvertes = ouvertes.and("dossierId").is(Identifiant.lire(dossierId, "dossierId"));
        }
        Aggregation agregation = Aggregation.newAggregation(
                Aggregation.match(ouvertes),
                Aggregation.group(cle).sum("solde").as("montant").count().as("nombre"));
        return mongo.aggregate(agregation, PieceVue.class, type).getMappedResults();
    }

    private static <K extends Enum<K>> Map<K, Encours<K>> vides(K[] cles) {
        Map<K, Encours<K>> vides = new EnumMap<>(cles[0].getDeclaringClass());
        Arrays.stream(cles).forEach(k -> vides.put(k, new Encours<>(k, BigDecimal.ZERO, 0)));
        return vides;
    }
}
