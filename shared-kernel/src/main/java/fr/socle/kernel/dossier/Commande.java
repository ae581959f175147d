package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.time.LocalDate;

/** Le numéro de commande d'un marché (France Travail...) et sa période : début obligatoire, fin facultative. */
public record Commande(String numero, LocalDate debut, LocalDate fin) {

    public Commande {
        numero = Texte.obligatoire(numero, "numero");
        Refus.obligatoire(debut, "debut", "Le début de commande est obligatoire");
        if (fin != null && fin.isBefore(debut)) {
            throw Refus.invalide(
                    "fin", "DATES_INCOHERENTES", "La fin de commande (" + fin + ") précède son début (" + debut + ")");
        }
    }

    public boolean couvre(LocalDate date) {
        return !date.isBefore(debut) && (fin == null || !date.isAfter(fin));
    }
}
