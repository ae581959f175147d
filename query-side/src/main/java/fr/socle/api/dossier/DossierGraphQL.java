package fr.socle.api.dossier;

import fr.socle.api.commun.Connexion;
import fr.socle.api.commun.Ecritures;
import fr.socle.api.commun.PagesMongo;
import fr.socle.api.commun.Roles;
import fr.socle.kernel.dossier.AffecterCollaborateur;
import fr.socle.kernel.dossier.AjouterExercice;
import fr.socle.kernel.dossier.ChangerEtatDossier;
import fr.socle.kernel.dossier.CreerConvention;
import fr.socle.kernel.dossier.DefinirPrestation;
import fr.socle.kernel.dossier.EnregistrerCommande;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.Exercice;
import fr.socle.kernel.dossier.InviterDirigeant;
import fr.socle.kernel.dossier.RetirerCollaborateur;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Texte;
import fr.socle.query.dossier.ConventionVue;
import fr.socle.query.dossier.DossierVue;
import fr.socle.query.dossier.FicheAnnuaireVue;
import fr.socle.query.dossier.Recherche;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Le dossier lui-même : création, état, prestation, commande, exercices, dirigeant, collaborateurs, et ses
 * lectures (dossier, liste, annuaire, conventions). Ce qu'il accumule au fil de sa vie (contacts, notes,
 * documents, séances, messages) est dans {@link ElementsDossierGraphQL}.
 */
@Controller
public class DossierGraphQL {

    private final Ecritures ecritures;
    private final Ecritures.Modele<DossierVue> dossiers;
    private final MongoTemplate mongo;
    private final PagesMongo pages;
    private final CreateurDossiers creations;

    public DossierGraphQL(Ecritures ecritures, MongoTemplate mongo, PagesMongo pages, CreateurDossiers creations) {
        this.ecritures = ecritures;
        this.mongo = mongo;
        this.dossiers = ecritures.modele(this::lire);
        this.creations = creations;
        this.pages = pages;
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue creerDossier(@Argument CreerDossierInput input) {
        String id = Identifiant.nouveau();
        return creations.creer(input.lire(id)).lire(id, () -> lire(id));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue changerEtatDossier(
            @Argument String id, @Argument EtatDossier etat, @Argument Integer versionAttendue) {
        return dossiers.ecrire(id, "id", versionAttendue, (i, v) -> new ChangerEtatDossier(i, etat, v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue definirPrestation(
            @Argument String dossierId, @Argument PrestationInput input, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId, "dossierId", versionAttendue, (i, v) -> new DefinirPrestation(i, input.lire(), v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue enregistrerCommande(
            @Argument String dossierId, @Argument CommandeInput input, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId, "dossierId", versionAttendue, (i, v) -> new EnregistrerCommande(i, input.lire(), v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue ajouterExercice(
            @Argument String dossierId,
            @Argument LocalDate debut,
            @Argument LocalDate fin,
            @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId,
                "dossierId",
                versionAttendue,
                (i, v) -> new AjouterExercice(i, Exercice.depuis(debut, fin), v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue inviterDirigeant(
            @Argument String dossierId, @Argument InvitationInput input, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId,
                "dossierId",
                versionAttendue,
                (i, v) -> new InviterDirigeant(i, input.lire(), input.envoyerMaintenant(), v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue affecterCollaborateur(
            @Argument String dossierId, @Argument String collaborateur, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId,
                "dossierId",
                versionAttendue,
                (i, v) -> new AffecterCollaborateur(i, collaborateur(collaborateur), v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue retirerCollaborateur(
            @Argument String dossierId, @Argument String collaborateur, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId,
                "dossierId",
                versionAttendue,
                (i, v) -> new RetirerCollaborateur(i, collaborateur(collaborateur), v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public ConventionVue creerConvention(@Argument ConventionInput input) {
        String id = Identifiant.nouveau();
        return ecritures.executer(
                id,
                new CreerConvention(
                        id,
                        input.libelle(),
                        input.tarif() == null ? null : input.tarif().valeur(),
                        input.financeurParDefaut()),
                () -> Optional.ofNullable(mongo.findById(id, ConventionVue.class)));
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public DossierVue dossier(@Argument String id) {
        return lire(Identifiant.lire(id, "id")).orElse(null);
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<DossierVue> dossiers(
            @Argument DossierFiltre filtre, @Argument Integer first, @Argument String after) {
        return pages.page(
                filtre == null ? new Criteria() : filtre.criteres(),
                DossierVue.class,
                first,
                after,
                DossierVue::position);
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<FicheAnnuaireVue> rechercherAnnuaire(
            @Argument String nom, @Argument Integer first, @Argument String after) {
        String saisie = Texte.obligatoire(nom, "nom");
        Criteria criteres = new Criteria()
                .orOperator(
                        Criteria.where("nomRecherche").regex(Recherche.commencePar(saisie)),
                        Criteria.where("prenomRecherche").regex(Recherche.commencePar(saisie)));
        return pages.page(criteres, FicheAnnuaireVue.class, first, after, FicheAnnuaireVue::position);
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<ConventionVue> conventions(@Argument Integer first, @Argument String after) {
        return pages.page(new Criteria(), ConventionVue.class, first, after, ConventionVue::position);
    }

    @SchemaMapping(typeName = "Dossier", field = "transitionsPermises")
    public List<EtatDossier> transitionsPermises(DossierVue dossier) {
        return List.copyOf(dossier.etat().suivantsPermis());
    }

    static String collaborateur(String saisie) {
        return Texte.obligatoire(saisie, "collaborateur");
    }

    private Optional<DossierVue> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, DossierVue.class));
    }
}
