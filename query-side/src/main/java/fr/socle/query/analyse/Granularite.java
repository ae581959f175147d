package fr.socle.query.analyse;

/**
 * La maille d'un regroupement par période. Les libellés se trient dans l'ordre chronologique :
 * « 2026-11-22 », « 2026-W47 » (semaine ISO, l'année est celle de la semaine), « 2026-11 ».
 */
public enum Granularite {
    JOUR("%Y-%m-%d"),
    SEMAINE("%G-W%V"),
    MOIS("%Y-%m");

    /** Le format de {@code $dateToString}. */
    final String format;

    Granularite(String format) {
        this.format = format;
    }
}
