package fr.socle.api.analyse;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.query.analyse.Comptages;
import fr.socle.query.analyse.Periode;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.query.Criteria;

/** Filtres cumulés ; les dates bornent l'ouverture, jours civils compris. */
public record StatistiquesOpportunitesFiltre(
        LocalDate depuis, LocalDate jusqua, String gestionnaire, String dossierId, Boolean verrouillee) {
    Criteria criteres(Comptages comptages) {
        Periode ouverture = Saisie.lire("filtre", () -> new Periode(depuis, jusqua));
        Criteria c = new Criteria();
        if (gestionnaire != null && !gestionnaire.isBlank()) {
            c = c.and("gestionnaire").is(gestionnaire.strip());
        }
        if (dossierId != null) {
            c = c.and("dossierId").is(Identifiant.lire(dossierId, "filtre.dossierId"));
        }
        if (verrouillee != null) {
            c = c.and("verrouillee").is(verrouillee);
        }
        return ouverture.restreindre(c, "dateOuverture", comptages.fuseau());
    }
}
