package fr.socle.query.intervenant;

import fr.socle.kernel.intervenant.IssueRendezVous;
import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.intervenant.Photo;
import fr.socle.kernel.intervenant.ReponseParticipant;
import fr.socle.kernel.intervenant.Situation;
import fr.socle.kernel.intervenant.StatutEmail;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.query.commun.Versionne;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * La fiche d'un intervenant telle que les écrans la lisent. Les données personnelles y sont des
 * textes simples, que la suppression remplace.
 *
 * @param identite  nom et prénom sans casse, accents ni ponctuation : la clé de la recherche de doublons
 * @param favoris   les utilisateurs qui l'avaient en favori d'après les anciens événements de la fiche ; les
 *                  favoris se lisent dans {@link FavorisVue}
 * @param clients   les dossiers des clients chez qui il est intervenu
 * @param creePar   l'auteur de la création, lu dans les métadonnées de l'événement
 * @param position  position globale de l'événement de création : l'ordre de pagination
 */
@Document("intervenants")
public record IntervenantVue(
        @Id String id,
        long version,
        Civilite civilite,
        String nom,
        String prenom,
        Adresse adresse,
        List<String> telephones,
        String email,
        String nir,
        NatureIntervenant nature,
        String matricule,
        String numeroDossier,
        Situation situation,
        String gerePar,
        List<String> competences,
        List<DisponibiliteVue> disponibilites,
        Photo photo,
        List<String> favoris,
        List<RendezVousVue> rendezVous,
        List<EmailVue> emails,
        List<String> clients,
        boolean supprime,
        String creePar,
        Instant dateCreation,
        long position,
        String nomRecherche,
        String identite)
        implements Versionne {

    /** Ce qui remplace un nom effacé. */
    public static final String EFFACE = "[effacé]";

    public record DisponibiliteVue(String jour, String debut, String fin) {}

    public record RendezVousVue(
            String id,
            String objet,
            Instant debut,
            Instant fin,
            boolean alerte,
            List<ParticipantVue> participants,
            List<NoteVue> notes,
            IssueRendezVous issue) {

        RendezVousVue avecReponse(String participant, ReponseParticipant reponse) {
            return avec(
                    participants.stream()
                            .map(p -> p.nom().equals(participant) ? new ParticipantVue(p.nom(), reponse) : p)
                            .toList(),
                    notes,
                    issue);
        }

        RendezVousVue avecNote(NoteVue note) {
            return avec(
                    participants, Stream.concat(notes.stream(), Stream.of(note)).toList(), issue);
        }

        RendezVousVue clos(IssueRendezVous issue) {
            return avec(participants, notes, issue);
        }

        private RendezVousVue avec(List<ParticipantVue> participants, List<NoteVue> notes, IssueRendezVous issue) {
            return new RendezVousVue(id, objet, debut, fin, alerte, participants, notes, issue);
        }
    }

    /** @param reponse absente tant que le participant n'a pas répondu */
    public record ParticipantVue(String nom, ReponseParticipant reponse) {}

    public record NoteVue(String texte, String auteur, Instant horodatage) {}

    public record EmailVue(
            String id, String destinataire, String objet, StatutEmail statut, Instant envoyeLe, String envoyePar) {

        EmailVue avecStatut(StatutEmail nouveau) {
            return new EmailVue(id, destinataire, objet, nouveau, envoyeLe, envoyePar);
        }

        EmailVue efface() {
            return new EmailVue(id, EFFACE, objet, statut, envoyeLe, envoyePar);
        }
    }

    /** Sans casse, sans accents, toute ponctuation réduite à une espace : « Lefèvre-Dupont » = « lefevre dupont ». */
    public static String normaliser(String texte) {
        if (texte == null) {
            return null;
        }
        return Normalizer.normalize(texte, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    /** La clé nom + prénom ; sans prénom, un nom seul serait trop commun pour désigner un doublon. */
    public static String identite(String nom, String prenom) {
        return nom == null || prenom == null ? null : normaliser(nom) + "|" + normaliser(prenom);
    }
}
