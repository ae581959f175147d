package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Le numéro et la période de commande du dossier. */
@Revision("1")
public record CommandeEnregistrée(String dossierId, Commande commande) {}
