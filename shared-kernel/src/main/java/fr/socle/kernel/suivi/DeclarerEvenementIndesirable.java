package fr.socle.kernel.suivi;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Un événement indésirable survenu chez le client du dossier {@code dossierId}, avec l'un des
 * intervenants qui lui sont affectés.
 *
 * @param encadrant l'utilisateur qui encadre son suivi (par défaut, le gestionnaire du client)
 */
public record DeclarerEvenementIndesirable(
        @TargetAggregateIdentifier String evenementId,
        String dossierId,
        String intervenantId,
        String encadrant,
        String description,
        LocalDate date) {

    public DeclarerEvenementIndesirable {
        encadrant = Texte.obligatoire(encadrant, "encadrant");
        description = NoteSuivi.texteLong(description, "description");
        Refus.obligatoire(date, "date", "La date est obligatoire");
    }
}
