package fr.socle.kernel.rappel;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Un rappel naît A_TRAITER. */
@Revision("1")
public record RappelProgrammé(String rappelId, String titre, LocalDate echeance, String categorie, String gerePar,
                              Priorite priorite, boolean alerte, boolean alerteMail, String opportuniteId) {
}
