package fr.socle.kernel.valeur;

import fr.socle.kernel.erreur.Refus;
import java.util.UUID;

/** Les identifiants d'agrégat sont des UUID, écrits sous leur forme canonique. */
public final class Identifiant {

    private Identifiant() {}

    public static String nouveau() {
        return UUID.randomUUID().toString();
    }

    public static String lire(String saisie, String champ) {
        if (saisie == null || saisie.isBlank()) {
            throw Refus.invalide(champ, "OBLIGATOIRE", "L'identifiant " + champ + " est obligatoire");
        }
        try {
            return UUID.fromString(saisie.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw Refus.invalide(champ, "ID_INVALIDE", "L'identifiant " + champ + " n'est pas un UUID");
        }
    }
}
