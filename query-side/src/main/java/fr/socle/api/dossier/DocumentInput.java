package fr.socle.api.dossier;

public record DocumentInput(String nom, String typeMime, String contenu) {}
