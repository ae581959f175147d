package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

/**
 * Ancien événement de la fiche : il en avançait la version, si bien qu'une préférence personnelle faisait
 * échouer la {@code versionAttendue} des autres. Il n'est plus émis ({@link FavoriRetiré}, dans les favoris de
 * l'utilisateur) mais reste lu : les historiques qui le contiennent se rejouent tels quels.
 */
@Revision("1")
public record IntervenantRetiréDesFavoris(String intervenantId, String utilisateur) {}
