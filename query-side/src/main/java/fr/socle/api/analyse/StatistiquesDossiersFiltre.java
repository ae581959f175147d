package fr.socle.api.analyse;

import fr.socle.api.commun.Saisie;
import fr.socle.api.dossier.DossierFiltre;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.query.analyse.Comptages;
import fr.socle.query.analyse.Periode;
import fr.socle.query.analyse.TypeTitulaire;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.query.Criteria;

/** Filtres cumulés ; les dates sont des jours civils, bornes comprises. */
public record StatistiquesDossiersFiltre(
        LocalDate depuis, LocalDate jusqua, EtatDossier etat, TypeTitulaire typeTitulaire, String collaborateur) {
    Criteria criteres(Comptages comptages) {
        Periode creation = Saisie.lire("filtre", () -> new Periode(depuis, jusqua));
        Criteria c = new DossierFiltre(
                        etat,
                        null,
                        null,
                        collaborateur,
                        creation.debut(comptages.fuseau()),
                        creation.fin(comptages.fuseau()))
                .criteres();
        if (typeTitulaire == null) {
            return c;
        }
        // Seul le titulaire entreprise donne au dossier un SIRET.
        return typeTitulaire == TypeTitulaire.ENTREPRISE
                ? c.and("siret").ne(null)
                : c.and("siret").is(null);
    }
}
