package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** Une convention (un tarif) et son éventuel financeur par défaut. */
@Revision("1")
public record ConventionCréée(String conventionId, String libelle, BigDecimal tarif, String financeurParDefaut) {
}
