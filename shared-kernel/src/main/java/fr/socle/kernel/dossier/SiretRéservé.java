package fr.socle.kernel.dossier;

import fr.socle.kernel.valeur.Siret;
import org.axonframework.serialization.Revision;

/** Un SIRET est désormais tenu par un dossier : aucun autre ne peut le prendre. */
@Revision("1")
public record SiretRéservé(String reservationId, Siret siret, String dossierId) {}
