package fr.socle.api.suivi;

public record NoteSatisfactionInput(String texte, String intervenantId, String gestionnaire) {}
