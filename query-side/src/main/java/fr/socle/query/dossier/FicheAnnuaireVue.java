package fr.socle.query.dossier;

import fr.socle.kernel.dossier.TypeFiche;
import fr.socle.query.commun.Versionne;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Une fiche de l'annuaire, cherchée par nom ou prénom avant de créer un dossier. */
@Document("annuaire")
public record FicheAnnuaireVue(
        @Id String id,
        long version,
        TypeFiche type,
        String civilite,
        String nom,
        String prenom,
        String email,
        String mobile,
        long position,
        String nomRecherche,
        String prenomRecherche)
        implements Versionne {}
