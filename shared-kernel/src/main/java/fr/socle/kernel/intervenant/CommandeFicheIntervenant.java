package fr.socle.kernel.intervenant;

/**
 * Un ordre qu'une partie de la fiche décide (numéros, clients) mais qui ne vaut que pour une fiche
 * présente : la fiche le vérifie pour elles, une fois.
 */
public interface CommandeFicheIntervenant {

    String intervenantId();
}
