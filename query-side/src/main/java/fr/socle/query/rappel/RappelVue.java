package fr.socle.query.rappel;

import fr.socle.kernel.rappel.Priorite;
import fr.socle.kernel.rappel.SituationRappel;
import fr.socle.query.commun.Versionne;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Un rappel tel que les écrans et le planificateur le lisent.
 *
 * @param declenche   vrai une fois le rappel sonné (il ne sonne qu'une fois)
 * @param declencheLe le jour où il a sonné
 */
@Document("rappels")
public record RappelVue(
        @Id String id,
        long version,
        String titre,
        LocalDate echeance,
        String categorie,
        String gerePar,
        Priorite priorite,
        SituationRappel situation,
        boolean alerte,
        boolean alerteMail,
        String opportuniteId,
        boolean declenche,
        LocalDate declencheLe,
        long position)
        implements Versionne {}
