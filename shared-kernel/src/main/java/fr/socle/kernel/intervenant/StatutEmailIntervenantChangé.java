package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StatutEmailIntervenantChangé(
        String intervenantId, String emailId, StatutEmail ancien, StatutEmail nouveau) {}
