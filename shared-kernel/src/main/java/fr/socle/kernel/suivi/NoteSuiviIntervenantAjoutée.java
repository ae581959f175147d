package fr.socle.kernel.suivi;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NoteSuiviIntervenantAjoutée(String intervenantId, NoteSuivi note) {}
