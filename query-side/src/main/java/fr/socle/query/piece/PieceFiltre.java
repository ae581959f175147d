package fr.socle.query.piece;

import fr.socle.kernel.piece.Categorie;
import fr.socle.kernel.valeur.Identifiant;
import org.springframework.data.mongodb.core.query.Criteria;

/** Les filtres d'une liste de pièces, communs à la requête GraphQL et à l'export Excel (tous facultatifs, cumulés). */
public record PieceFiltre(String dossierId, Boolean ouverte, Categorie categorie, String numero) {

    public Criteria criteres() {
        Criteria c = new Criteria();
        if (dossierId != null) {
            c = c.and("dossierId").is(Identifiant.lire(dossierId, "dossierId"));
        }
        if (ouverte != null) {
            c = c.and("ouverte").is(ouverte);
        }
        if (categorie != null) {
            c = c.and("categorie").is(categorie);
        }
        if (numero != null && !numero.isBlank()) {
            c = c.and("numero").is(numero.strip());
        }
        return c;
    }

    public static Criteria criteres(PieceFiltre filtre) {
        return filtre == null ? new Criteria() : filtre.criteres();
    }
}
