package fr.socle.query.dossier;

import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.query.commun.Versionne;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * Le dossier tel que les écrans le lisent.
 *
 * @param position position globale de l'événement de création : l'ordre de pagination
 * @param creePar  l'auteur de la création, lu dans les métadonnées de l'événement
 */
@Document("dossiers")
public record DossierVue(@Id String id, long version, EtatDossier etat, TitulaireVue titulaire, Instant dateCreation,
                         String creePar, long position, String nomRecherche) implements Versionne {
}
