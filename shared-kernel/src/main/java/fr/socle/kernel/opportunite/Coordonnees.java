package fr.socle.kernel.opportunite;

import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.valeur.Adresse;

/**
 * Les coordonnées du client telles qu'elles étaient dans son dossier à l'ouverture de l'opportunité :
 * une copie, que les changements ultérieurs du dossier ne modifient pas. Ses données personnelles sont
 * chiffrées sous la clé que nomme l'événement qui les porte (le sous-sujet dossier/opportunité).
 *
 * @param nom le nom de famille d'une personne ou la raison sociale d'une entreprise
 */
public record Coordonnees(
        String civilite,
        @DonneePersonnelle String prenom,
        @DonneePersonnelle String nom,
        @DonneePersonnelle String email,
        @DonneePersonnelle String telephone,
        @DonneePersonnelle Adresse adresse) {}
