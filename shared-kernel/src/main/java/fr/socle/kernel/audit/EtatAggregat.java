package fr.socle.kernel.audit;

import java.util.Map;

/**
 * Un agrégat tel qu'il était : son type, la séquence de son dernier événement appliqué et ses champs.
 *
 * @param etat les champs de l'agrégat, en valeurs JSON (textes, nombres, listes, objets)
 */
public record EtatAggregat(String aggregatType, long version, Map<String, Object> etat) {}
