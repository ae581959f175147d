package fr.socle.api.dossier;

import fr.socle.api.commun.Connexion;
import fr.socle.api.commun.OperationsAgregats;
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
public class DossierGraphQL implements OperationsAgregats.Declaration {

    private final MongoTemplate mongo;
    private final PagesMongo pages;
    private final CreateurDossiers creations;

    public DossierGraphQL(MongoTemplate mongo, PagesMongo pages, CreateurDossiers creations) {
        this.mongo = mongo;
        this.creations = creations;
        this.pages = pages;
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue creerDossier(@Argument CreerDossierInput input) {
        String id = Identifiant.nouveau();
        return creations.creer(input.lire(id)).lire(id, () -> lire(id));
    }

    @Override
    public void declarer(OperationsAgregats.Table table) {
        table.sujet(id -> Optional.ofNullable(mongo.findById(id, ConventionVue.class)))
                .creation("creerConvention", (a, id) -> {
                    ConventionInput input = a.valeur("input", ConventionInput.class);
                    return new CreerConvention(
                            id,
                            input.libelle(),
                            input.tarif() == null ? null : input.tarif().valeur(),
                            input.financeurParDefaut());
                });
        table.sujet("id", this::lire)
                .lecture("dossier")
                .mutation(
                        "changerEtatDossier",
                        (a, id, v) -> new ChangerEtatDossier(id, a.valeur("etat", EtatDossier.class), v));
        table.sujet("dossierId", this::lire)
                .mutation(
                        "definirPrestation",
                        (a, id, v) -> new DefinirPrestation(
                                id, a.valeur("input", PrestationInput.class).lire(), v))
                .mutation(
                        "enregistrerCommande",
                        (a, id, v) -> new EnregistrerCommande(
                                id, a.valeur("input", CommandeInput.class).lire(), v))
                .mutation(
                        "ajouterExercice",
                        (a, id, v) -> new AjouterExercice(
                                id,
                                Exercice.depuis(a.valeur("debut", LocalDate.class), a.valeur("fin", LocalDate.class)),
                                v))
                .mutation("inviterDirigeant", (a, id, v) -> {
                    InvitationInput input = a.valeur("input", InvitationInput.class);
                    return new InviterDirigeant(id, input.lire(), input.envoyerMaintenant(), v);
                })
                .mutation("affecterCollaborateur", (a, id, v) -> new AffecterCollaborateur(id, collaborateur(a), v))
                .mutation("retirerCollaborateur", (a, id, v) -> new RetirerCollaborateur(id, collaborateur(a), v));
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

    private static String collaborateur(OperationsAgregats.Arguments arguments) {
        return collaborateur(arguments.valeur("collaborateur", String.class));
    }

    private Optional<DossierVue> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, DossierVue.class));
    }
}
