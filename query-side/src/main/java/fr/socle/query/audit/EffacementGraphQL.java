package fr.socle.query.audit;

import fr.socle.kernel.rgpd.EffacerDonneesPersonnelles;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.query.commun.Roles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** L'effacement RGPD des données personnelles d'un agrégat (administrateurs). */
@Controller
public class EffacementGraphQL {

    private final CommandGateway commandes;

    public EffacementGraphQL(CommandGateway commandes) {
        this.commandes = commandes;
    }

    @MutationMapping
    @PreAuthorize(Roles.ADMIN)
    public boolean effacerDonneesPersonnelles(@Argument String aggregatId) {
        commandes.sendAndWait(new EffacerDonneesPersonnelles(Identifiant.lire(aggregatId, "aggregatId")));
        return true;
    }
}
