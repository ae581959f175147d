package fr.socle.query.suivi;

import fr.socle.query.commun.Versionne;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Une ligne du tableau de contrôle des événements indésirables. */
@Document("evenementsIndesirables")
public record EvenementIndesirableVue(
        @Id String id,
        long version,
        String dossierId,
        String intervenantId,
        String encadrant,
        String description,
        LocalDate date,
        boolean traite,
        String declarePar,
        long position)
        implements Versionne {}
