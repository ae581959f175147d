package fr.socle.api.audit;

import fr.socle.api.commun.Roles;
import fr.socle.query.audit.EmpreintesModeles;
import fr.socle.query.audit.Reconstruction;
import fr.socle.query.audit.Reconstructions;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Reconstruire les modèles de lecture, suivre la reconstruction, comparer les modèles (administrateurs). */
@Controller
public class ReconstructionGraphQL {

    private final Reconstructions reconstructions;
    private final EmpreintesModeles empreintes;

    public ReconstructionGraphQL(Reconstructions reconstructions, EmpreintesModeles empreintes) {
        this.reconstructions = reconstructions;
        this.empreintes = empreintes;
    }

    @MutationMapping
    @PreAuthorize(Roles.ADMIN)
    public Reconstruction reconstruireProjections(@Argument String projection) {
        return reconstructions.lancer(projection);
    }

    @QueryMapping
    @PreAuthorize(Roles.ADMIN)
    public Reconstruction reconstruction(@Argument String id) {
        return reconstructions.lire(id).orElse(null);
    }

    @QueryMapping
    @PreAuthorize(Roles.ADMIN)
    public List<String> projections() {
        return reconstructions.projections();
    }

    @QueryMapping
    @PreAuthorize(Roles.ADMIN)
    public List<EmpreintesModeles.EmpreinteModele> empreintesModelesLecture() {
        return empreintes.calculer();
    }
}
