package fr.socle.kernel.opportunite;

import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Révision 2 : les coordonnées du client sont chiffrées sous le sous-sujet dossier/opportunité, qu'effacent
 * l'effacement du dossier comme celui de l'opportunité ; la révision 1 les écrivait en clair.
 */
@Revision("2")
public record OpportunitéOuverte(
        String opportuniteId, String dossierId, Coordonnees coordonnees, String gestionnaire, LocalDate dateEvaluation)
        implements SujetDonneesPersonnelles {

    @Override
    public String sujetDonneesPersonnelles() {
        return SujetDonneesPersonnelles.sousSujet(dossierId, opportuniteId);
    }
}
