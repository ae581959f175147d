package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record IntervenantMisEnFavori(String intervenantId, String utilisateur) {
}
