package fr.socle.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.api.commun.Connexion;
import fr.socle.api.commun.Curseur;
import fr.socle.api.commun.Roles;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.query.audit.Evenement;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** L'historique d'un agrégat, lu dans le magasin d'événements lui-même et non dans un modèle de lecture. */
@Controller
public class HistoriqueGraphQL {

    private final EventStore evenements;
    private final ObjectMapper json;

    public HistoriqueGraphQL(EventStore evenements, ObjectMapper json) {
        this.evenements = evenements;
        this.json = json;
    }

    @QueryMapping
    @PreAuthorize(Roles.AUDIT)
    public Connexion<Evenement> historique(
            @Argument String aggregatId, @Argument Integer first, @Argument String after) {
        String id = Identifiant.lire(aggregatId, "aggregatId");
        int taille = Curseur.taille(first);
        long debut = Curseur.decoder(after) + 1;
        long derniere = evenements
                .lastSequenceNumberFor(id)
                .orElseThrow(() -> Refus.introuvable("aggregatId", "Aucun événement pour l'agrégat " + id));
        List<Evenement> lus = new ArrayList<>(taille + 1);
        if (taille > 0) {
            DomainEventStream flux = evenements.readEvents(id, debut);
            while (flux.hasNext() && lus.size() <= taille) {
                lus.add(Evenement.de(flux.next(), json));
            }
        }
        return Connexion.depuis(lus, taille, Evenement::sequence, derniere + 1, after);
    }
}
