package fr.socle.kernel.dossier;

import fr.socle.kernel.rgpd.DonneePersonnelle;
import org.axonframework.serialization.Revision;

/** Une fiche de l'annuaire devient le bénéficiaire, le prescripteur (PRESCRIPTEUR) ou le contact admin (AUTRE) du dossier. */
@Revision("1")
public record FicheAnnuaireRattachée(
        String dossierId,
        String ficheId,
        TypeFiche type,
        @DonneePersonnelle String nom,
        @DonneePersonnelle String prenom) {}
