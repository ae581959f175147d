package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Consigne un e-mail envoyé à l'intervenant ; l'envoi lui-même n'est pas fait ici. */
public record EnregistrerEmailIntervenant(
        @TargetAggregateIdentifier String intervenantId,
        String emailId,
        String objet,
        @TargetAggregateVersion Long versionAttendue) {}
