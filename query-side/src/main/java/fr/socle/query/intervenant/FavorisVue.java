package fr.socle.query.intervenant;

import fr.socle.query.commun.Versionne;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Les favoris d'un utilisateur ({@code _id} : l'identifiant de ses favoris, tiré de son nom). Les choix
 * faits depuis que les favoris sont à part ({@code ajoutes}, {@code retires}) priment sur ceux des anciens
 * événements des fiches ({@code anciens}) : le résultat ne dépend pas de l'ordre dans lequel les deux
 * suites sont projetées.
 *
 * @param version le dernier événement projeté des favoris de l'utilisateur ; -1 tant qu'il n'y a que des anciens
 */
@Document("favoris")
public record FavorisVue(
        @Id String id,
        long version,
        String utilisateur,
        List<String> anciens,
        List<String> ajoutes,
        List<String> retires)
        implements Versionne {

    public FavorisVue {
        anciens = anciens == null ? List.of() : anciens;
        ajoutes = ajoutes == null ? List.of() : ajoutes;
        retires = retires == null ? List.of() : retires;
    }

    static FavorisVue vide(String id, String utilisateur) {
        return new FavorisVue(id, -1, utilisateur, List.of(), List.of(), List.of());
    }

    public boolean contient(String intervenantId) {
        return ajoutes.contains(intervenantId) || anciens.contains(intervenantId) && !retires.contains(intervenantId);
    }

    /** Les fiches en favori. */
    public Set<String> intervenants() {
        Set<String> tous = new LinkedHashSet<>(ajoutes);
        anciens.stream().filter(id -> !retires.contains(id)).forEach(tous::add);
        return tous;
    }
}
