package fr.socle.api.dossier;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.Prestation;
import fr.socle.kernel.valeur.Identifiant;
import java.util.List;
import java.util.stream.IntStream;

public record PrestationInput(String libelle, String conventionId, List<FinancementInput> financeurs) {
    Prestation lire() {
        List<FinancementInput> saisis = financeurs == null ? List.of() : financeurs;
        return new Prestation(
                libelle,
                conventionId == null ? null : Identifiant.lire(conventionId, "conventionId"),
                IntStream.range(0, saisis.size())
                        .mapToObj(i -> Saisie.obligatoire("financeurs." + i, saisis.get(i), FinancementInput::lire))
                        .toList());
    }
}
