package fr.socle.command.rgpd;

import java.util.Optional;

/**
 * Les clés de chiffrement des données personnelles, une par sujet (l'agrégat qui les porte). Détruire
 * la clé d'un sujet rend ses données illisibles dans tous les événements, sans toucher aux événements.
 * Le stockage doit être durable : une clé perdue est un effacement involontaire.
 */
public interface CoffreCles {

    /** La clé du sujet, créée à la première demande (AES, 256 bits). */
    byte[] cle(String sujet);

    /** La clé du sujet, si elle n'a pas été détruite. */
    Optional<byte[]> cleExistante(String sujet);

    void detruire(String sujet);
}
