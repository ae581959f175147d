package fr.socle.query.commun;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Une page Relay : arêtes, informations de page et nombre total d'éléments du filtre. */
public record Connexion<T>(List<Arete<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Arete<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    /**
     * Construit la page à partir d'au plus {@code taille + 1} éléments lus dans l'ordre : l'élément en
     * trop dit seulement qu'il existe une page suivante.
     */
    public static <T> Connexion<T> depuis(List<T> lus, int taille, ToLongFunction<T> position, long total) {
        boolean suite = lus.size() > taille;
        List<Arete<T>> aretes = lus.stream().limit(taille)
                .map(n -> new Arete<>(Curseur.encoder(position.applyAsLong(n)), n))
                .toList();
        String fin = aretes.isEmpty() ? null : aretes.get(aretes.size() - 1).cursor();
        return new Connexion<>(aretes, new PageInfo(suite, fin), total);
    }

    public <U> Connexion<U> map(Function<T, U> f) {
        return new Connexion<>(edges.stream().map(a -> new Arete<>(a.cursor(), f.apply(a.node()))).toList(),
                pageInfo, totalCount);
    }
}
