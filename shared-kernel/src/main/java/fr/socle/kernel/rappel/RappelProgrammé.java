package fr.socle.kernel.rappel;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Un rappel naît A_TRAITER. */
@Revision("1")
public record RappelProgrammé(
        String rappelId,
        String titre,
        LocalDate echeance,
        String categorie,
        String gerePar,
        Priorite priorite,
        boolean alerte,
        boolean alerteMail,
        String opportuniteId) {}
