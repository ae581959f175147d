package fr.socle.kernel.opportunite;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Remplace la liste des tâches de l'opportunité. */
public record DefinirTaches(
        @TargetAggregateIdentifier String opportuniteId,
        List<Tache> taches,
        @TargetAggregateVersion Long versionAttendue) {

    public DefinirTaches {
        taches = taches == null ? List.of() : List.copyOf(taches);
    }
}
