package fr.socle.query.suivi;

import fr.socle.kernel.suivi.NatureNote;
import fr.socle.kernel.suivi.NoteSuivi;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Une note de suivi dans la fiche d'un client ({@code dossierId}) ou d'un intervenant
 * ({@code ficheIntervenantId}) ; elle se retrouve aussi dans les fiches de l'intervenant et du
 * gestionnaire qu'elle nomme.
 *
 * @param id l'identifiant de la note, préfixé de la fiche qui la porte (une même note peut nommer l'autre fiche)
 */
@Document("notesSuivi")
public record NoteSuiviVue(
        @Id String id,
        String noteId,
        String dossierId,
        String ficheIntervenantId,
        NatureNote nature,
        String texte,
        String intervenantId,
        String gestionnaire,
        String evenementId,
        String auteur,
        Instant horodatage,
        long position) {

    static NoteSuiviVue de(
            String dossierId,
            String ficheIntervenantId,
            NoteSuivi note,
            String auteur,
            Instant horodatage,
            long position) {
        String fiche = dossierId != null ? "dossier:" + dossierId : "intervenant:" + ficheIntervenantId;
        return new NoteSuiviVue(
                fiche + ":" + note.noteId(),
                note.noteId(),
                dossierId,
                ficheIntervenantId,
                note.nature(),
                note.texte(),
                note.intervenantId(),
                note.gestionnaire(),
                note.evenementId(),
                auteur,
                horodatage,
                position);
    }
}
