package fr.socle.kernel.erreur;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;

/**
 * Le seul endroit qui décide de la classe d'une erreur, qu'elle vienne d'un agrégat local, d'un
 * gestionnaire distant (détails d'une {@link HandlerExecutionException}) ou du stockage.
 */
public final class Classifieur {

    private Classifieur() {}

    /** L'erreur classée portée par {@code t} ou par l'une de ses causes, si elle en porte une. */
    public static Optional<ErreurClassee> classer(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof Refus refus) {
                return Optional.of(refus.erreur());
            }
            if (c instanceof HandlerExecutionException hee) {
                Optional<Object> details = hee.getDetails();
                if (details.isPresent() && details.get() instanceof ErreurClassee erreur) {
                    return Optional.of(erreur);
                }
            }
            if (c instanceof AggregateNotFoundException) {
                return Optional.of(new ErreurClassee(
                        Classification.NOT_FOUND, "id", "INTROUVABLE", "Aucun objet n'existe avec cet identifiant"));
            }
            if (c instanceof ConcurrencyException || c instanceof ConflictingModificationException) {
                // Couvre la version attendue périmée et l'écriture concurrente au même numéro de séquence.
                return Optional.of(new ErreurClassee(
                        Classification.CONFLICT,
                        "versionAttendue",
                        "VERSION_PERIMEE",
                        "L'objet a été modifié entre-temps : relisez-le puis recommencez"));
            }
            if (c instanceof AggregateStreamCreationException) {
                // Deux créations simultanées du même identifiant : la seconde bute sur la clé unique du magasin.
                return Optional.of(new ErreurClassee(
                        Classification.CONFLICT,
                        null,
                        "DEJA_CREE",
                        "Cet objet vient d'être créé par une autre demande : relisez puis recommencez"));
            }
        }
        return Optional.empty();
    }

    /** Enveloppe un refus pour qu'il traverse un bus de commandes distant sans perdre sa classe. */
    public static RuntimeException pourTransport(Throwable t) {
        return classer(t)
                .<RuntimeException>map(e -> new CommandExecutionException(e.message(), null, e))
                .orElseGet(() -> t instanceof RuntimeException r ? r : new RuntimeException(t));
    }
}
