package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

/** L'utilisateur a retiré l'intervenant de ses favoris (voir {@link FavoriAjouté}). */
@Revision("1")
public record FavoriRetiré(String favorisId, String utilisateur, String intervenantId) {}
