package fr.socle.kernel.dossier;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Crée un dossier et, dans la même écriture, ses fiches d'annuaire, sa prestation, sa commande, son
 * premier exercice, l'invitation de son dirigeant et ses collaborateurs. Tout sauf l'identifiant est
 * facultatif ; le titulaire peut venir d'une fiche bénéficiaire reprise ({@code beneficiaire}).
 *
 * @param envoyerInvitation faux : le dirigeant est désigné mais invité plus tard
 */
public record CreerDossier(
        @TargetAggregateIdentifier String dossierId,
        Titulaire titulaire,
        String beneficiaire,
        FicheSaisie prescripteur,
        FicheSaisie contactAdmin,
        Prestation prestation,
        Commande commande,
        Exercice exercice,
        Invitation dirigeant,
        boolean envoyerInvitation,
        List<String> collaborateurs) {

    public CreerDossier {
        collaborateurs = collaborateurs == null
                ? List.of()
                : collaborateurs.stream().distinct().toList();
    }

    /** Un dossier réduit à son titulaire. */
    public CreerDossier(String dossierId, Titulaire titulaire) {
        this(dossierId, titulaire, null, null, null, null, null, null, null, false, List.of());
    }
}
