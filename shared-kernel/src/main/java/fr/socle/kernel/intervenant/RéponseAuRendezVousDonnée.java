package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RéponseAuRendezVousDonnée(
        String intervenantId, String rendezVousId, String participant, ReponseParticipant reponse) {}
