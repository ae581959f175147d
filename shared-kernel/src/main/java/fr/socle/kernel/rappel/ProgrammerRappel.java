package fr.socle.kernel.rappel;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Programme un rappel, dû le jour {@code echeance}.
 *
 * @param gerePar       l'utilisateur qui le traite
 * @param alerte        vrai : le rappel alerte quand il est dû
 * @param alerteMail    vrai : l'alerte part aussi par e-mail (l'envoi est consigné, pas effectué)
 * @param opportuniteId l'opportunité qui l'a fait naître, s'il y en a une
 */
public record ProgrammerRappel(
        @TargetAggregateIdentifier String rappelId,
        String titre,
        LocalDate echeance,
        String categorie,
        String gerePar,
        Priorite priorite,
        boolean alerte,
        boolean alerteMail,
        String opportuniteId) {

    public ProgrammerRappel {
        titre = Texte.obligatoire(titre, "titre");
        categorie = Texte.obligatoire(categorie, "categorie");
        Refus.obligatoire(echeance, "echeance", "L'échéance est obligatoire");
        priorite = priorite == null ? Priorite.NORMALE : priorite;
    }
}
