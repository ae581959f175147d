package fr.socle.kernel.intervenant;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Les favoris d'un utilisateur forment un agrégat à lui, distinct des fiches qu'il met en favori : une
 * préférence personnelle n'est pas un changement de la fiche que les autres modifient. Son identifiant
 * est un UUID tiré du nom de l'utilisateur, le même partout (côté commandes, projections, audit).
 */
public final class FavorisUtilisateur {

    private FavorisUtilisateur() {}

    public static String identifiant(String utilisateur) {
        return UUID.nameUUIDFromBytes(("favoris:" + utilisateur).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
