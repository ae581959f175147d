package fr.socle.api.dossier.importation;

import fr.socle.api.dossier.CreateurDossiers;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.ErreurClassee;
import fr.socle.kernel.valeur.Identifiant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * L'import ligne à ligne d'un fichier de dossiers, le même pour la ligne de commande et l'API : un dossier
 * par ligne, par la même commande que {@code creerDossier}. Une ligne refusée n'écrit rien ; elle est
 * rapportée avec son numéro, le champ et la règle en cause, et l'import continue. Chaque ligne reçoit un
 * identifiant neuf : réimporter un fichier recrée ses personnes (un SIRET déjà pris, lui, est refusé).
 */
@Component
public class ImportateurDossiers {

    /** Où en est un import : tenu par l'import, lu après chaque ligne par qui suit l'avancement. */
    public static final class Bilan {
        private int traitees;
        private int importees;
        private final List<Rejet> rejets = new ArrayList<>();

        public int traitees() {
            return traitees;
        }

        public int importees() {
            return importees;
        }

        public List<Rejet> rejets() {
            return Collections.unmodifiableList(rejets);
        }
    }

    private final CreateurDossiers creations;

    public ImportateurDossiers(CreateurDossiers creations) {
        this.creations = creations;
    }

    /**
     * @param auteur          l'utilisateur au nom de qui les dossiers sont créés
     * @param apresChaqueLigne appelé une fois {@code bilan} à jour de chaque ligne
     * @throws RuntimeException une panne (erreur non classée) : l'import s'arrête à cette ligne, les lignes
     *                          précédentes restent importées et {@code bilan} dit jusqu'où il est allé
     */
    public void importer(FichierDossiers fichier, String auteur, Bilan bilan, Runnable apresChaqueLigne) {
        for (FichierDossiers.Ligne ligne : fichier.lignes()) {
            if (!ligne.vide()) {
                try {
                    creations.creer(
                            new CreerDossier(
                                    Identifiant.nouveau(), fichier.colonnes().titulaire(ligne.valeurs())),
                            auteur);
                    bilan.importees++;
                } catch (RuntimeException e) {
                    ErreurClassee erreur = Classifieur.classer(e).orElseThrow(() -> e);
                    bilan.rejets.add(
                            new Rejet(ligne.numero(), colonne(erreur.champ()), erreur.regle(), erreur.message()));
                }
            }
            bilan.traitees++;
            apresChaqueLigne.run();
        }
    }

    /**
     * Le champ d'un refus ramené à la colonne du fichier qui le porte : {@code titulaire.siret} (refus de
     * l'agrégat) et {@code adresse.codePostal} désignent les colonnes {@code siret} et {@code codePostal}.
     */
    private static String colonne(String champ) {
        return champ == null ? null : champ.substring(champ.lastIndexOf('.') + 1);
    }
}
