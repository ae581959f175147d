package fr.socle.api.dossier;

import fr.socle.api.commun.Ecritures;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.Entreprise;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/** La création d'un dossier, qu'elle vienne d'une saisie de l'API ou d'une ligne d'un fichier importé. */
@Component
public class CreateurDossiers {

    private final Ecritures ecritures;

    public CreateurDossiers(Ecritures ecritures) {
        this.ecritures = ecritures;
    }

    /** Par l'utilisateur authentifié de ce fil. */
    public Ecritures.Ecrit creer(CreerDossier commande) {
        return envoyer(commande, () -> ecritures.envoyer(commande));
    }

    /** Au nom de {@code auteur}, depuis un fil sans utilisateur authentifié (import en arrière-plan). */
    public Ecritures.Ecrit creer(CreerDossier commande, String auteur) {
        return envoyer(commande, () -> ecritures.envoyer(commande, auteur));
    }

    private static Ecritures.Ecrit envoyer(CreerDossier commande, Supplier<Ecritures.Ecrit> envoi) {
        try {
            return envoi.get();
        } catch (RuntimeException e) {
            // Un dossier, ses fiches naissent sous des identifiants neufs : le seul flux qui puisse déjà
            // exister est la réservation du SIRET, prise entre-temps par une création concurrente.
            if (commande.titulaire() instanceof Entreprise entreprise && creationConcurrente(e)) {
                throw entreprise.siretDejaUtilise(null);
            }
            throw e;
        }
    }

    private static boolean creationConcurrente(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof AggregateStreamCreationException || c instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
