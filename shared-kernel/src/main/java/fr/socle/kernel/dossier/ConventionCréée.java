package fr.socle.kernel.dossier;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Une convention (un tarif) et son éventuel financeur par défaut. */
@Revision("1")
public record ConventionCréée(String conventionId, String libelle, BigDecimal tarif, String financeurParDefaut) {}
