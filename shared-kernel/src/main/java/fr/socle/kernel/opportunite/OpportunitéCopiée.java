package fr.socle.kernel.opportunite;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** La naissance d'une copie modifiable de l'opportunité {@code origineId}, avec tout son contenu. */
@Revision("1")
public record OpportunitéCopiée(String opportuniteId, String origineId, String dossierId, Coordonnees coordonnees,
                                String gestionnaire, LocalDate dateEvaluation, List<Mission> missions,
                                String informations, List<Tache> taches, List<MesurePrevention> mesures) {
}
