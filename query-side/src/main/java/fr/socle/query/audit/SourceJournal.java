package fr.socle.query.audit;

import java.util.List;

/**
 * Où le journal lit les événements de tout le magasin. Une implémentation générique passe par l'API
 * d'Axon (tout magasin, Axon Server compris) ; un magasin SQL peut en fournir une plus rapide, qui filtre
 * dans la base.
 */
public interface SourceJournal {

    /**
     * Au plus {@code limite} événements retenus par {@code filtre}, de position globale strictement
     * supérieure à {@code apres}, dans l'ordre du magasin, sans lire au-delà du nécessaire.
     */
    List<Evenement> lire(JournalFiltre filtre, long apres, int limite);

    /** Le nombre d'événements retenus par {@code filtre} dans tout le magasin. */
    long compter(JournalFiltre filtre);
}
