package fr.socle.kernel.rgpd;

import java.util.ArrayList;
import java.util.List;

/**
 * Un événement (ou un état d'agrégat) dont les données personnelles appartiennent à un sujet qu'il nomme,
 * même quand la commande en cours vise un autre agrégat : une fiche d'annuaire créée pendant la création
 * d'un dossier est chiffrée sous la clé de la fiche, et s'efface avec elle, pas avec le dossier.
 * <p>
 * Un sujet peut être rattaché à un autre ({@link #sousSujet}) : les coordonnées d'un client copiées dans
 * une opportunité sont le sous-sujet {@code dossier/opportunité}. Effacer le dossier les efface aussi ;
 * effacer l'opportunité n'efface que sa copie.
 */
public interface SujetDonneesPersonnelles {

    String SEPARATEUR = "/";

    /** L'agrégat dont la clé chiffre les {@link DonneePersonnelle} de cet événement. */
    String sujetDonneesPersonnelles();

    /** Le sujet {@code enfant} rattaché à {@code parent}. */
    static String sousSujet(String parent, String enfant) {
        return parent + SEPARATEUR + enfant;
    }

    /** Le sujet lui-même puis chacun des sujets auxquels il est rattaché, du plus proche au plus lointain. */
    static List<String> lignee(String sujet) {
        List<String> lignee = new ArrayList<>();
        for (String s = sujet; ; s = s.substring(0, s.lastIndexOf(SEPARATEUR))) {
            lignee.add(s);
            if (!s.contains(SEPARATEUR)) {
                return lignee;
            }
        }
    }
}
