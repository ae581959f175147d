package fr.socle.command.dossier;

import java.time.LocalDate;

/** La date du jour à Paris, dont dépend l'état qu'une commande donne au dossier ; remplaçable dans les tests. */
@FunctionalInterface
public interface Calendrier {
    LocalDate aujourdhui();
}
