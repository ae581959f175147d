package fr.socle.api.audit;

import fr.socle.api.commun.Ecritures;
import fr.socle.api.commun.Roles;
import fr.socle.kernel.rgpd.EffacerDonneesPersonnelles;
import fr.socle.kernel.valeur.Identifiant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** L'effacement RGPD des données personnelles d'un agrégat (administrateurs) : il répond une fois chaque modèle de lecture effacé. */
@Controller
public class EffacementGraphQL {

    private final Ecritures ecritures;

    public EffacementGraphQL(Ecritures ecritures) {
        this.ecritures = ecritures;
    }

    @MutationMapping
    @PreAuthorize(Roles.ADMIN)
    public boolean effacerDonneesPersonnelles(@Argument String aggregatId) {
        ecritures.executerPartout(new EffacerDonneesPersonnelles(Identifiant.lire(aggregatId, "aggregatId")));
        return true;
    }
}
