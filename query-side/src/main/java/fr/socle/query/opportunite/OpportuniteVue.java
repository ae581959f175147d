package fr.socle.query.opportunite;

import fr.socle.kernel.opportunite.Coordonnees;
import fr.socle.kernel.opportunite.Creneau;
import fr.socle.kernel.opportunite.MesurePrevention;
import fr.socle.kernel.opportunite.Mission;
import fr.socle.kernel.opportunite.Tache;
import fr.socle.query.commun.Versionne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * L'opportunité telle que les écrans la lisent.
 *
 * @param copieId  la copie qui a pris la suite, une fois l'opportunité dupliquée (et donc verrouillée)
 * @param position position globale de l'événement de création : l'ordre de pagination
 */
@Document("opportunites")
public record OpportuniteVue(
        @Id String id,
        long version,
        String dossierId,
        boolean verrouillee,
        String origineId,
        String copieId,
        String gestionnaire,
        LocalDate dateEvaluation,
        Instant dateOuverture,
        CoordonneesVue coordonnees,
        List<MissionVue> missions,
        String informations,
        List<TacheVue> taches,
        List<MesureVue> preventionRisques,
        long position)
        implements Versionne {

    public record CoordonneesVue(
            String civilite, String prenom, String nom, String email, String telephone, AdresseVue adresse) {
        static CoordonneesVue de(Coordonnees c) {
            return c == null
                    ? null
                    : new CoordonneesVue(
                            c.civilite(),
                            c.prenom(),
                            c.nom(),
                            c.email(),
                            c.telephone(),
                            c.adresse() == null
                                    ? null
                                    : new AdresseVue(
                                            c.adresse().ligne1(),
                                            c.adresse().codePostal(),
                                            c.adresse().ville()));
        }
    }

    public record AdresseVue(String ligne1, String codePostal, String ville) {}

    /** Les heures sont écrites HH:mm. */
    public record MissionVue(String id, String prestation, List<String> competences, List<CreneauVue> planning) {
        static MissionVue de(Mission m) {
            return new MissionVue(
                    m.missionId(),
                    m.prestation(),
                    m.competences(),
                    m.planning().stream().map(CreneauVue::de).toList());
        }
    }

    public record CreneauVue(String jour, String debut, String fin) {
        static CreneauVue de(Creneau c) {
            return new CreneauVue(c.jour().name(), c.debut().toString(), c.fin().toString());
        }
    }

    public record TacheVue(String prestation, String libelle) {
        static List<TacheVue> de(List<Tache> taches) {
            return taches == null
                    ? List.of()
                    : taches.stream()
                            .map(t -> new TacheVue(t.prestation(), t.libelle()))
                            .toList();
        }
    }

    public record MesureVue(String situation, String mesure) {
        static List<MesureVue> de(List<MesurePrevention> mesures) {
            return mesures == null
                    ? List.of()
                    : mesures.stream()
                            .map(m -> new MesureVue(m.situation(), m.mesure()))
                            .toList();
        }
    }
}
