package fr.socle.query.dossier;

import fr.socle.kernel.dossier.CanalMessage;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.StatutMessage;
import fr.socle.kernel.dossier.TypeFiche;
import fr.socle.query.commun.Versionne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Le dossier tel que les écrans le lisent. Les listes naissent vides à la création et chaque
 * événement y ajoute son élément ; le contenu des documents ({@link ContenuDocumentVue}) et les notes
 * ({@link NoteDossierVue}) vivent à part, pour qu'un dossier reste petit quel que soit son âge.
 *
 * @param position     position globale de l'événement de création : l'ordre de pagination
 * @param creePar      l'auteur de la création, lu dans les métadonnées de l'événement
 * @param nomRecherche nom de famille ou raison sociale, en clé de recherche ({@link Recherche#cle})
 * @param nombreNotes  les notes du dossier sont ses {@link NoteDossierVue} de rang 1 à {@code nombreNotes}
 */
@Document("dossiers")
public record DossierVue(
        @Id String id,
        long version,
        EtatDossier etat,
        TitulaireVue titulaire,
        Instant dateCreation,
        String creePar,
        long position,
        String nomRecherche,
        String siret,
        FicheVue beneficiaire,
        FicheVue prescripteur,
        FicheVue contactAdmin,
        PrestationVue prestation,
        CommandeVue commande,
        List<ExerciceVue> exercices,
        DirigeantVue dirigeant,
        List<String> collaborateurs,
        List<ContactVue> contacts,
        int nombreNotes,
        List<DocumentVue> documents,
        List<SeanceVue> seances,
        List<MessageVue> messages)
        implements Versionne {

    public record FicheVue(String id, String nom, String prenom, TypeFiche type) {}

    public record FinancementVue(String financeur, BigDecimal montant) {}

    public record PrestationVue(String libelle, String conventionId, List<FinancementVue> financeurs) {}

    public record CommandeVue(String numero, LocalDate debut, LocalDate fin) {}

    public record ExerciceVue(LocalDate debut, LocalDate fin) {}

    /** @param invitationEnvoyeeLe la dernière invitation envoyée, absente tant qu'elle ne l'est pas */
    public record DirigeantVue(
            String email, String nom, String prenom, List<String> themes, Instant invitationEnvoyeeLe) {}

    public record ContactVue(String id, String nom, String prenom, String fonction, String email, String telephone) {}

    public record DocumentVue(
            String id, String nom, String typeMime, long taille, String deposePar, Instant deposeLe) {}

    public record SeanceVue(String id, LocalDate date, String intitule, Integer dureeMinutes, boolean facturable) {}

    public record MessageVue(
            String id, CanalMessage canal, String destinataire, String objet, StatutMessage statut, Instant envoyeLe) {}
}
