package fr.socle.command.intervenant;

/**
 * Distribue les numéros d'un compteur nommé : 1, 2, 3… sans trou dû à une concurrence, sans jamais
 * rendre deux fois le même. Appelée pendant le traitement d'une commande, elle écrit dans la même
 * unité de travail : si la commande échoue, le numéro n'est pas consommé.
 */
public interface Numerotation {

    long suivant(String compteur);
}
