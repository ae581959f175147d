package fr.socle.kernel.opportunite;

import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * La naissance d'une copie modifiable de l'opportunité {@code origineId}, avec tout son contenu.
 * <p>
 * Révision 2 : les coordonnées du client sont chiffrées sous le sous-sujet dossier/opportunité, qu'effacent
 * l'effacement du dossier comme celui de l'opportunité ; la révision 1 les écrivait en clair.
 */
@Revision("2")
public record OpportunitéCopiée(
        String opportuniteId,
        String origineId,
        String dossierId,
        Coordonnees coordonnees,
        String gestionnaire,
        LocalDate dateEvaluation,
        List<Mission> missions,
        String informations,
        List<Tache> taches,
        List<MesurePrevention> mesures)
        implements SujetDonneesPersonnelles {

    @Override
    public String sujetDonneesPersonnelles() {
        return SujetDonneesPersonnelles.sousSujet(dossierId, opportuniteId);
    }
}
