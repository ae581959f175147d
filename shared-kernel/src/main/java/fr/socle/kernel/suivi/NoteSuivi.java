package fr.socle.kernel.suivi;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;

/**
 * Une note de suivi, versée à la fiche d'un client ou d'un intervenant.
 *
 * @param intervenantId l'intervenant qu'elle nomme, s'il y en a un
 * @param gestionnaire  le gestionnaire qu'elle nomme, s'il y en a un
 * @param evenementId   l'événement indésirable qui l'a fait naître, s'il y en a un
 */
public record NoteSuivi(
        String noteId, NatureNote nature, String texte, String intervenantId, String gestionnaire, String evenementId) {

    public static final int LONGUEUR_MAX = 5000;

    public NoteSuivi {
        texte = texteLong(texte, "texte");
    }

    /** Un texte libre obligatoire de {@value #LONGUEUR_MAX} caractères au plus (retours à la ligne permis). */
    public static String texteLong(String texte, String champ) {
        if (texte == null || texte.isBlank()) {
            throw Refus.invalide(champ, "OBLIGATOIRE", "Le champ " + champ + " est obligatoire");
        }
        String nettoye = texte.strip();
        if (nettoye.length() > LONGUEUR_MAX) {
            throw Refus.invalide(
                    champ, "TROP_LONG", "Le champ " + champ + " compte au plus " + LONGUEUR_MAX + " caractères");
        }
        Texte.verifierCaracteres(nettoye, champ, true);
        return nettoye;
    }
}
