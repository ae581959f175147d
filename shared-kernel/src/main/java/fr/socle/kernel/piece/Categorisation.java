package fr.socle.kernel.piece;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Montant;
import fr.socle.kernel.valeur.Texte;
import java.time.LocalDate;

/**
 * Ce qu'on retient d'une action de recouvrement : la catégorie où elle place la pièce, un commentaire,
 * la date de la prochaine action et ce que la catégorie exige. Une donnée propre à une autre
 * catégorie est refusée plutôt qu'ignorée en silence.
 *
 * <ul>
 *   <li>CEC : la prochaine action est obligatoire (il faudra reprendre contact) ;</li>
 *   <li>PDP : date et montant promis obligatoires ; la prochaine action est par défaut la date promise ;</li>
 *   <li>RDE : la référence de la preuve de paiement est obligatoire ;</li>
 *   <li>LIT : la personne qui traite le litige est obligatoire ;</li>
 *   <li>NPC : pas de prochaine action, puisqu'on ne contacte pas.</li>
 * </ul>
 */
public record Categorisation(
        Categorie categorie,
        String commentaire,
        LocalDate prochaineAction,
        LocalDate datePromesse,
        Montant montantPromis,
        String preuve,
        String responsable) {

    public Categorisation {
        Refus.obligatoire(categorie, "categorie", "La catégorie est obligatoire");
        commentaire = Texte.facultatif(commentaire, "commentaire");
        preuve = Texte.facultatif(preuve, "preuve");
        responsable = Texte.facultatif(responsable, "responsable");
        exigerSeulementPour(Categorie.PDP, categorie, "datePromesse", datePromesse);
        exigerSeulementPour(Categorie.PDP, categorie, "montantPromis", montantPromis);
        exigerSeulementPour(Categorie.RDE, categorie, "preuve", preuve);
        exigerSeulementPour(Categorie.LIT, categorie, "responsable", responsable);
        if (montantPromis != null) {
            montantPromis.positif("montantPromis");
        }
        if (categorie == Categorie.PDP && prochaineAction == null) {
            prochaineAction = datePromesse;
        }
        if (categorie == Categorie.CEC && prochaineAction == null) {
            throw Refus.invalide(
                    "prochaineAction",
                    "OBLIGATOIRE",
                    "Un contact en cours se poursuit : donnez la date de la prochaine action");
        }
        if (categorie == Categorie.NPC && prochaineAction != null) {
            throw Refus.invalide(
                    "prochaineAction",
                    "CHAMP_NON_APPLICABLE",
                    "Une pièce à ne pas contacter n'a pas de prochaine action");
        }
    }

    /** La catégorie initiale de toute pièce. */
    public static Categorisation initiale() {
        return new Categorisation(Categorie.NCT, null, null, null, null, null, null);
    }

    private static void exigerSeulementPour(Categorie proprietaire, Categorie categorie, String champ, Object valeur) {
        if (categorie == proprietaire && valeur == null) {
            throw Refus.invalide(champ, "OBLIGATOIRE", "La catégorie " + proprietaire + " exige " + champ);
        }
        if (categorie != proprietaire && valeur != null) {
            throw Refus.invalide(
                    champ,
                    "CHAMP_NON_APPLICABLE",
                    champ + " ne vaut que pour la catégorie " + proprietaire + ", pas pour " + categorie);
        }
    }
}
