package fr.socle.kernel.opportunite;

import fr.socle.kernel.valeur.Adresse;

/**
 * Les coordonnées du client telles qu'elles étaient dans son dossier à l'ouverture de l'opportunité :
 * une copie, que les changements ultérieurs du dossier ne modifient pas.
 *
 * @param nom le nom de famille d'une personne ou la raison sociale d'une entreprise
 */
public record Coordonnees(String civilite, String prenom, String nom, String email, String telephone, Adresse adresse) {
}
