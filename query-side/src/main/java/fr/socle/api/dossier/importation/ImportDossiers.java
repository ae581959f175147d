package fr.socle.api.dossier.importation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Un import de dossiers lancé par l'API, son avancement puis son compte rendu.
 *
 * @param auteur   l'utilisateur qui a déposé le fichier, auteur des dossiers créés
 * @param lignes   les lignes de données du fichier (en-tête exclu, lignes vides comprises)
 * @param traitees les lignes déjà lues, importées, refusées ou vides
 * @param erreur   pourquoi l'import a échoué (panne, arrêt du serveur), absent sinon
 */
@Document(ImportDossiers.COLLECTION)
public record ImportDossiers(
        @Id String id,
        EtatImport etat,
        FormatImport format,
        String auteur,
        int lignes,
        int traitees,
        int importees,
        List<Rejet> rejetees,
        String erreur,
        Instant debut,
        Instant fin) {

    /** Un compte rendu d'exploitation, pas un modèle de lecture : il ne se reconstruit pas depuis les événements. */
    public static final String COLLECTION = "importsDossiers";

    static ImportDossiers lance(String id, FormatImport format, String auteur, int lignes) {
        return new ImportDossiers(
                id, EtatImport.EN_COURS, format, auteur, lignes, 0, 0, List.of(), null, Instant.now(), null);
    }

    ImportDossiers avancement(ImportateurDossiers.Bilan bilan) {
        return new ImportDossiers(
                id,
                etat,
                format,
                auteur,
                lignes,
                bilan.traitees(),
                bilan.importees(),
                List.copyOf(bilan.rejets()),
                erreur,
                debut,
                fin);
    }

    ImportDossiers fini(EtatImport etatFinal, String cause) {
        return new ImportDossiers(
                id, etatFinal, format, auteur, lignes, traitees, importees, rejetees, cause, debut, Instant.now());
    }
}
