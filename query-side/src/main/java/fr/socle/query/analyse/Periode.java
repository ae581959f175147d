package fr.socle.query.analyse;

import fr.socle.kernel.erreur.Refus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Des jours civils, bornes comprises, tels que les utilisateurs les voient dans leur fuseau ; l'une ou
 * l'autre borne peut manquer.
 */
public record Periode(LocalDate depuis, LocalDate jusqua) {

    public Periode {
        if (depuis != null && jusqua != null && jusqua.isBefore(depuis)) {
            throw Refus.invalide("jusqua", "PERIODE_INVALIDE", "« jusqua » ne peut précéder « depuis »");
        }
    }

    /** Le premier instant de la période, ou null. */
    public Instant debut(ZoneId fuseau) {
        return depuis == null ? null : depuis.atStartOfDay(fuseau).toInstant();
    }

    /** Le premier instant qui suit la période (exclu), ou null. */
    public Instant fin(ZoneId fuseau) {
        return jusqua == null ? null : jusqua.plusDays(1).atStartOfDay(fuseau).toInstant();
    }

    /** Ajoute à {@code criteres} la condition « {@code champ} tombe dans la période ». */
    public Criteria restreindre(Criteria criteres, String champ, ZoneId fuseau) {
        if (depuis == null && jusqua == null) {
            return criteres;
        }
        Criteria dans = criteres.and(champ);
        if (depuis != null) {
            dans = dans.gte(debut(fuseau));
        }
        if (jusqua != null) {
            dans = dans.lt(fin(fuseau));
        }
        return dans;
    }
}
