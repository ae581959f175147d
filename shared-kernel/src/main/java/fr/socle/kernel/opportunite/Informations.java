package fr.socle.kernel.opportunite;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;

/** Les compléments d'information libres sur le client (onglet Informations). */
public final class Informations {

    public static final int LONGUEUR_MAX = 5000;

    private Informations() {}

    public static String lire(String texte) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        String nettoye = texte.strip();
        if (nettoye.length() > LONGUEUR_MAX) {
            throw Refus.invalide(
                    "informations", "TROP_LONG", "Les informations comptent au plus " + LONGUEUR_MAX + " caractères");
        }
        Texte.verifierCaracteres(nettoye, "informations", true);
        return nettoye;
    }
}
