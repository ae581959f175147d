package fr.socle.api.dossier;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Siret;
import fr.socle.query.dossier.Recherche;
import java.time.Instant;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Filtres cumulés de la liste des dossiers.
 *
 * @param creeDepuis   création à partir de cet instant (compris)
 * @param creeJusqua   création avant cet instant (exclu)
 */
public record DossierFiltre(
        EtatDossier etat, String nom, String siret, String collaborateur, Instant creeDepuis, Instant creeJusqua) {
    public Criteria criteres() {
        Criteria c = new Criteria();
        if (etat != null) {
            c = c.and("etat").is(etat);
        }
        if (nom != null && !nom.isBlank()) {
            c = c.and("nomRecherche").regex(Recherche.commencePar(nom));
        }
        if (siret != null && !siret.isBlank()) {
            c = c.and("siret").is(Saisie.lire("siret", () -> new Siret(siret)).valeur());
        }
        if (collaborateur != null && !collaborateur.isBlank()) {
            c = c.and("collaborateurs").is(collaborateur.strip());
        }
        if (creeDepuis != null || creeJusqua != null) {
            if (creeDepuis != null && creeJusqua != null && !creeDepuis.isBefore(creeJusqua)) {
                throw Refus.invalide("creeJusqua", "PERIODE_INVALIDE", "« creeJusqua » doit suivre « creeDepuis »");
            }
            Criteria periode = c.and("dateCreation");
            if (creeDepuis != null) {
                periode = periode.gte(creeDepuis);
            }
            if (creeJusqua != null) {
                periode = periode.lt(creeJusqua);
            }
            c = periode;
        }
        return c;
    }
}
