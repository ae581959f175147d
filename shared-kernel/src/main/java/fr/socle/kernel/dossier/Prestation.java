package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * La prestation d'un dossier (une prestation = un dossier), la convention (le tarif) qui la régit et
 * ses financeurs, chacun avec le montant qu'il doit.
 */
public record Prestation(String libelle, String conventionId, List<Financement> financeurs) {

    public Prestation {
        libelle = Texte.obligatoire(libelle, "libelle");
        financeurs = financeurs == null ? List.of() : List.copyOf(financeurs);
        Set<String> vus = new HashSet<>();
        for (int i = 0; i < financeurs.size(); i++) {
            if (!vus.add(financeurs.get(i).financeur().toLowerCase(Locale.ROOT))) {
                throw Refus.invalide(
                        "financeurs." + i + ".financeur",
                        "FINANCEUR_EN_DOUBLE",
                        "Le financeur " + financeurs.get(i).financeur() + " est cité deux fois");
            }
        }
    }

    /** La même prestation avec ces financeurs. */
    public Prestation financeePar(List<Financement> autres) {
        return new Prestation(libelle, conventionId, autres);
    }
}
