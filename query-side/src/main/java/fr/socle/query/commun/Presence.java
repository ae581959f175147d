package fr.socle.query.commun;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * La création d'un modèle de lecture, qui ne se fait qu'une fois : un événement de création relivré (rejeu
 * interrompu, reprise après un arrêt) ne l'écrase pas.
 */
public final class Presence {

    private Presence() {}

    /**
     * Crée le modèle de lecture s'il n'existe pas encore, en un seul aller-retour : l'index unique de
     * {@code _id} refuse la seconde création, qui ne change donc rien. Ni recherche préalable ni comptage
     * (le serveur embarqué compte en parcourant toute la collection).
     */
    public static void creerSiAbsent(MongoOperations mongo, Object vue) {
        try {
            mongo.insert(vue);
        } catch (DuplicateKeyException relivre) {
            // Déjà créé par ce même événement : rien à faire.
        }
    }
}
