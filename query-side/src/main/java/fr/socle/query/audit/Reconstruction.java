package fr.socle.query.audit;

import java.time.Instant;
import java.util.List;

/**
 * L'avancement d'une reconstruction de modèles de lecture.
 *
 * @param traites       événements rejoués par la projection la plus en retard
 * @param total         position de la tête du magasin au lancement
 * @param debit         événements par seconde depuis le lancement
 * @param resteSecondes fin estimée au débit actuel, inconnue tant que rien n'est traité
 */
public record Reconstruction(
        String id,
        EtatReconstruction etat,
        long traites,
        long total,
        List<String> projections,
        double debit,
        Long resteSecondes,
        Instant debut,
        Instant fin) {}
