package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Un exercice comptable de plus pour une entreprise cliente. */
@Revision("1")
public record ExerciceAjouté(String dossierId, Exercice exercice) {}
