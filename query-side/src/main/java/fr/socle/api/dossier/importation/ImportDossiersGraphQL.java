package fr.socle.api.dossier.importation;

import fr.socle.api.commun.Roles;
import fr.socle.kernel.valeur.Identifiant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** L'import de dossiers par fichier : les rôles de {@code creerDossier}, puisqu'il crée des dossiers. */
@Controller
public class ImportDossiersGraphQL {

    private final ImportsDossiers imports;

    public ImportDossiersGraphQL(ImportsDossiers imports) {
        this.imports = imports;
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public ImportDossiers importerDossiers(@Argument String fichier, @Argument FormatImport format) {
        return imports.lancer(fichier, format);
    }

    @QueryMapping
    @PreAuthorize(Roles.ECRITURE)
    public ImportDossiers importDossiers(@Argument String id) {
        return imports.lire(Identifiant.lire(id, "id")).orElse(null);
    }
}
