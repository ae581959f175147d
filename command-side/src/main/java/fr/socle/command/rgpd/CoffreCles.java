package fr.socle.command.rgpd;

import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.util.Optional;

/**
 * Les clés de chiffrement des données personnelles, une par sujet (l'agrégat qui les porte). Détruire
 * la clé d'un sujet rend ses données illisibles dans tous les événements, sans toucher aux événements.
 * Le stockage doit être durable : une clé perdue est un effacement involontaire.
 * <p>
 * Détruire un sujet détruit aussi les clés de ses sous-sujets ({@link SujetDonneesPersonnelles#sousSujet}).
 * Un sujet détruit reste marqué effacé, ce qui permet de masquer les données qu'un événement ancien
 * écrivait en clair.
 */
public interface CoffreCles {

    String SEPARATEUR = SujetDonneesPersonnelles.SEPARATEUR;

    /** La clé du sujet, créée à la première demande (AES, 256 bits). */
    byte[] cle(String sujet);

    /** La clé du sujet, si elle n'a pas été détruite. */
    Optional<byte[]> cleExistante(String sujet);

    /** Détruit la clé du sujet et celles de ses sous-sujets, et marque le sujet effacé. */
    void detruire(String sujet);

    /** Vrai si le sujet, ou un sujet auquel il est rattaché, a été effacé. */
    boolean efface(String sujet);
}
