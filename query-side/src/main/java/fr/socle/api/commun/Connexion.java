package fr.socle.api.commun;

import graphql.relay.ConnectionCursor;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.Edge;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Une page Relay : arêtes, informations de page et nombre total d'éléments du filtre.
 *
 * <p>Spring for GraphQL reconnaît dans le schéma les types de connexion Relay complets (PageInfo à quatre
 * champs) et n'y laisse passer qu'une {@link graphql.relay.Connection} ou un type qu'il sait adapter : la page
 * en est donc une, sans rien perdre de ce qu'elle rend ({@code totalCount}).
 */
public record Connexion<T>(List<Arete<T>> edges, PageInfo pageInfo, long totalCount)
        implements graphql.relay.Connection<T> {

    public record Arete<T>(String cursor, T node) implements Edge<T> {

        @Override
        public T getNode() {
            return node;
        }

        @Override
        public ConnectionCursor getCursor() {
            return curseur(cursor);
        }
    }

    /** Les informations de page de Relay : s'il existe une page avant ou après, et les curseurs des bords. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor)
            implements graphql.relay.PageInfo {

        @Override
        public ConnectionCursor getStartCursor() {
            return curseur(startCursor);
        }

        @Override
        public ConnectionCursor getEndCursor() {
            return curseur(endCursor);
        }

        @Override
        public boolean isHasPreviousPage() {
            return hasPreviousPage;
        }

        @Override
        public boolean isHasNextPage() {
            return hasNextPage;
        }
    }

    @Override
    public List<Edge<T>> getEdges() {
        return List.copyOf(edges);
    }

    @Override
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    private static ConnectionCursor curseur(String valeur) {
        return valeur == null ? null : new DefaultConnectionCursor(valeur);
    }

    /**
     * Construit la page à partir d'au plus {@code taille + 1} éléments lus dans l'ordre : l'élément en
     * trop dit seulement qu'il existe une page suivante. La pagination n'avance que vers l'avant
     * ({@code first}/{@code after}) : il existe des éléments avant la page dès qu'un curseur {@code after}
     * désigne une position, puisque ce curseur a été donné par un élément déjà lu.
     *
     * @param after le curseur reçu par la requête, ou {@code null}
     */
    public static <T> Connexion<T> depuis(
            List<T> lus, int taille, ToLongFunction<T> position, long total, String after) {
        boolean suite = lus.size() > taille;
        boolean precedente = Curseur.decoder(after) >= 0;
        List<Arete<T>> aretes = lus.stream()
                .limit(taille)
                .map(n -> new Arete<>(Curseur.encoder(position.applyAsLong(n)), n))
                .toList();
        String debut = aretes.isEmpty() ? null : aretes.get(0).cursor();
        String fin = aretes.isEmpty() ? null : aretes.get(aretes.size() - 1).cursor();
        return new Connexion<>(aretes, new PageInfo(suite, precedente, debut, fin), total);
    }

    public <U> Connexion<U> map(Function<T, U> f) {
        return new Connexion<>(
                edges.stream()
                        .map(a -> new Arete<>(a.cursor(), f.apply(a.node())))
                        .toList(),
                pageInfo,
                totalCount);
    }
}
