package fr.socle.app.ligne;

import fr.socle.api.commun.Auteurs;
import fr.socle.api.dossier.importation.FichierDossiers;
import fr.socle.api.dossier.importation.FormatImport;
import fr.socle.api.dossier.importation.ImportateurDossiers;
import fr.socle.kernel.erreur.Refus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code importer-dossiers <fichier.csv>} : un dossier par ligne, comme l'import de l'API
 * ({@link ImportateurDossiers}, mêmes colonnes, mêmes règles, même compte rendu), sans borne de taille :
 * le fichier est sur la machine du serveur.
 *
 * <p>Le fichier est en UTF-8, séparé par « ; », sans guillemets ; sa première ligne nomme les colonnes,
 * dans n'importe quel ordre : {@code prenom;nom;email;mobile} (personnes) et/ou
 * {@code raisonSociale;siret} (entreprises), plus {@code civilite} (M, MME), {@code ligne1},
 * {@code codePostal}, {@code ville} facultatifs. Une ligne dont la raison sociale ou le SIRET est rempli
 * est une entreprise, sinon une personne. Une colonne {@code cle} facultative donne la clé de chaque ligne
 * dans le système d'origine : réimporter le fichier, en entier ou après un arrêt, ne recrée aucun dossier
 * (sans elle, une ligne se reconnaît à ses valeurs). Le compte rendu n'est écrit qu'une fois les modèles de
 * lecture à jour de l'import.
 */
@Component
public class ImporterDossiers implements CommandeEnLigne {

    private final ImportateurDossiers importateur;

    public ImporterDossiers(ImportateurDossiers importateur) {
        this.importateur = importateur;
    }

    @Override
    public String nom() {
        return "importer-dossiers";
    }

    @Override
    public String usage() {
        return "importer-dossiers <fichier.csv>   crée un dossier par ligne (en-têtes prenom;nom;email;mobile "
                + "et/ou raisonSociale;siret, cle facultative, séparateur « ; », UTF-8) et rapporte les lignes refusées";
    }

    @Override
    public int executer(List<String> arguments) throws Exception {
        if (arguments.size() != 1 || !Files.isReadable(Path.of(arguments.get(0)))) {
            System.err.println("Usage : " + usage());
            return USAGE;
        }
        FichierDossiers fichier;
        try {
            fichier = FichierDossiers.lire(
                    Files.readAllBytes(Path.of(arguments.get(0))), FormatImport.CSV, Integer.MAX_VALUE);
        } catch (Refus refus) {
            System.err.println(refus.getMessage());
            return USAGE;
        }
        Progression progression = new Progression(nom(), fichier.lignes().size(), System.err);
        ImportateurDossiers.Bilan bilan = new ImportateurDossiers.Bilan();
        importateur.importer(fichier, Auteurs.auteurCourant(), bilan, () -> progression.avancer(bilan.traitees()));
        if (!importateur.attendreLesModeles()) {
            System.err.println(nom() + " : les modèles de lecture n'ont pas encore rattrapé l'import");
        }
        System.out.printf(
                "%s : %d dossier(s) créé(s), %d ligne(s) déjà importée(s), %d ligne(s) refusée(s)%n",
                nom(),
                bilan.importees() - bilan.dejaImportees(),
                bilan.dejaImportees(),
                bilan.rejets().size());
        bilan.rejets().forEach(System.out::println);
        return bilan.rejets().isEmpty() ? SUCCES : PARTIEL;
    }
}
