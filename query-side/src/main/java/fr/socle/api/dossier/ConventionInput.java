package fr.socle.api.dossier;

import fr.socle.kernel.valeur.Montant;

public record ConventionInput(String libelle, Montant tarif, String financeurParDefaut) {}
