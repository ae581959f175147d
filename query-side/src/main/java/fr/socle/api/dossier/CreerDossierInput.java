package fr.socle.api.dossier;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.valeur.Identifiant;
import java.util.List;

public record CreerDossierInput(
        TitulaireInput titulaire,
        String beneficiaire,
        FicheInput prescripteur,
        FicheInput contactAdmin,
        PrestationInput prestation,
        CommandeInput commande,
        ExerciceInput exercice,
        InvitationInput dirigeant,
        List<String> collaborateurs) {
    CreerDossier lire(String id) {
        return new CreerDossier(
                id,
                Saisie.facultatif("titulaire", titulaire, TitulaireInput::lire),
                beneficiaire == null ? null : Identifiant.lire(beneficiaire, "beneficiaire"),
                Saisie.facultatif("prescripteur", prescripteur, FicheInput::lire),
                Saisie.facultatif("contactAdmin", contactAdmin, FicheInput::lire),
                Saisie.facultatif("prestation", prestation, PrestationInput::lire),
                Saisie.facultatif("commande", commande, CommandeInput::lire),
                Saisie.facultatif("exercice", exercice, ExerciceInput::lire),
                Saisie.facultatif("dirigeant", dirigeant, InvitationInput::lire),
                dirigeant != null && dirigeant.envoyerMaintenant(),
                collaborateurs == null
                        ? List.of()
                        : collaborateurs.stream()
                                .map(DossierGraphQL::collaborateur)
                                .toList());
    }
}
