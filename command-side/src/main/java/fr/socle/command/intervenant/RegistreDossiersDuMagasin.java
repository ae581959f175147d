package fr.socle.command.intervenant;

import fr.socle.command.dossier.Dossier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Un dossier existe si le magasin a une suite d'événements à son identifiant et que cette suite est celle
 * d'un {@link Dossier} : on lit le type de son dernier événement, sans charger ni verrouiller le dossier.
 */
@Component
public class RegistreDossiersDuMagasin implements RegistreDossiers {

    private static final String TYPE = Dossier.class.getSimpleName();

    private final EventStore magasin;

    public RegistreDossiersDuMagasin(EventStore magasin) {
        this.magasin = magasin;
    }

    @Override
    public boolean existe(String id) {
        return magasin.lastSequenceNumberFor(id)
                .map(derniere ->
                        TYPE.equals(magasin.readEvents(id, derniere).peek().getType()))
                .orElse(false);
    }
}
