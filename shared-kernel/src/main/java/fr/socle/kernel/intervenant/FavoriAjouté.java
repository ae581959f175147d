package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

/**
 * L'utilisateur a mis l'intervenant dans ses favoris : un événement de ses favoris à lui
 * ({@link FavorisUtilisateur}), pas de la fiche partagée, dont la version ne bouge pas.
 */
@Revision("1")
public record FavoriAjouté(String favorisId, String utilisateur, String intervenantId) {}
