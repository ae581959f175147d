package fr.socle.kernel.valeur;

import fr.socle.kernel.erreur.Refus;

/** Les règles communes aux textes saisis : obligatoires ou non, jamais démesurés. */
public final class Texte {

    /** Au-delà, une saisie n'est plus un nom ni une ligne d'adresse mais une erreur ou un abus. */
    public static final int LONGUEUR_MAX = 200;

    private Texte() {
    }

    public static String obligatoire(String valeur, String champ) {
        String nettoye = facultatif(valeur, champ);
        if (nettoye == null) {
            throw Refus.invalide(champ, "OBLIGATOIRE", "Le champ " + champ + " est obligatoire");
        }
        return nettoye;
    }

    /** Le texte sans espaces autour, ou {@code null} s'il est absent ou vide. */
    public static String facultatif(String valeur, String champ) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        String nettoye = valeur.strip();
        if (nettoye.length() > LONGUEUR_MAX) {
            throw Refus.invalide(champ, "TROP_LONG",
                    "Le champ " + champ + " dépasse " + LONGUEUR_MAX + " caractères");
        }
        if (nettoye.chars().anyMatch(Character::isISOControl)) {
            throw Refus.invalide(champ, "CARACTERES_INVALIDES",
                    "Le champ " + champ + " contient des caractères de contrôle");
        }
        return nettoye;
    }
}
