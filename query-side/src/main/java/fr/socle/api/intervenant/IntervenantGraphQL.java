package fr.socle.api.intervenant;

import fr.socle.api.commun.AdresseInput;
import fr.socle.api.commun.Auteurs;
import fr.socle.api.commun.Connexion;
import fr.socle.api.commun.Ecritures;
import fr.socle.api.commun.OperationsAgregats;
import fr.socle.api.commun.PagesMongo;
import fr.socle.api.commun.Roles;
import fr.socle.api.commun.Saisie;
import fr.socle.api.commun.UtilisateursConnus;
import fr.socle.kernel.intervenant.AjouterClientIntervenant;
import fr.socle.kernel.intervenant.ChangerGestionnaireIntervenant;
import fr.socle.kernel.intervenant.ChangerNatureIntervenant;
import fr.socle.kernel.intervenant.ChangerPhotoIntervenant;
import fr.socle.kernel.intervenant.CreerIntervenant;
import fr.socle.kernel.intervenant.DesactiverIntervenant;
import fr.socle.kernel.intervenant.FavorisUtilisateur;
import fr.socle.kernel.intervenant.GenererMatricule;
import fr.socle.kernel.intervenant.GenererNumeroDossier;
import fr.socle.kernel.intervenant.MarquerIntervenantFavori;
import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.intervenant.Photo;
import fr.socle.kernel.intervenant.ReactiverIntervenant;
import fr.socle.kernel.intervenant.SupprimerIntervenant;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Nir;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.query.intervenant.IntervenantVue;
import fr.socle.query.intervenant.Intervenants;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Les fiches des intervenants : création, matricule, situation, doublons, favoris, clients, photo. Les
 * rendez-vous et les e-mails de l'intervenant sont dans {@link EchangesIntervenantGraphQL}.
 */
@Controller
public class IntervenantGraphQL implements OperationsAgregats.Declaration {

    private final Ecritures ecritures;
    private final PagesMongo pages;
    private final Intervenants intervenants;
    private final UtilisateursConnus utilisateurs;

    public IntervenantGraphQL(
            Ecritures ecritures, PagesMongo pages, Intervenants intervenants, UtilisateursConnus utilisateurs) {
        this.ecritures = ecritures;
        this.pages = pages;
        this.intervenants = intervenants;
        this.utilisateurs = utilisateurs;
    }

    @Override
    public void declarer(OperationsAgregats.Table table) {
        table.sujet("id", intervenants::lire)
                .lecture("intervenant")
                .creation("creerIntervenant", (a, id) -> creation(a.valeur("input", CreerIntervenantInput.class), id))
                .mutation("genererMatricule", GenererMatricule::new)
                .mutation("genererNumeroDossier", GenererNumeroDossier::new)
                .mutation(
                        "changerNatureIntervenant",
                        (a, id, v) -> new ChangerNatureIntervenant(id, a.valeur("nature", NatureIntervenant.class), v))
                .mutation(
                        "changerGestionnaireIntervenant",
                        (a, id, v) -> new ChangerGestionnaireIntervenant(
                                id, utilisateurs.verifier(a.valeur("gerePar", String.class), "gerePar"), v))
                .mutation("desactiverIntervenant", DesactiverIntervenant::new)
                .mutation("reactiverIntervenant", ReactiverIntervenant::new)
                .mutation("supprimerIntervenant", SupprimerIntervenant::new)
                .mutation(
                        "ajouterClientIntervenant",
                        (a, id, v) -> new AjouterClientIntervenant(
                                id, Identifiant.lire(a.valeur("dossierId", String.class), "dossierId"), v))
                .mutation(
                        "changerPhotoIntervenant",
                        (a, id, v) -> new ChangerPhotoIntervenant(
                                id, Saisie.obligatoire("photo", a.valeur("photo", String.class), Photo::depuis), v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public IntervenantVue marquerIntervenantFavori(
            @Argument String id, @Argument boolean favori, @Argument Integer versionAttendue) {
        String intervenantId = Identifiant.lire(id, "id");
        String utilisateur = Auteurs.auteurCourant();
        Ecritures.Ecrit ecrit = ecritures.envoyer(
                new MarquerIntervenantFavori(intervenantId, favori, Saisie.versionAttendue(versionAttendue)));
        ecrit.attendreSiEcrit(FavorisUtilisateur.identifiant(utilisateur), () -> intervenants.favoris(utilisateur));
        return ecrit.lire(intervenantId, () -> intervenants.lire(intervenantId));
    }

    private CreerIntervenant creation(CreerIntervenantInput input, String id) {
        return new CreerIntervenant(
                id,
                input.civilite(),
                input.nom(),
                input.prenom(),
                Saisie.facultatif("adresse", input.adresse(), AdresseInput::lire),
                Saisie.facultatif(
                        "telephones",
                        input.telephones(),
                        l -> l.stream().map(Telephone::new).toList()),
                Saisie.facultatif("email", input.email(), Email::new),
                Saisie.facultatif("nir", input.nir(), Nir::new),
                input.nature(),
                input.competences(),
                Saisie.facultatif(
                        "disponibilites",
                        input.disponibilites(),
                        l -> l.stream().map(DisponibiliteInput::lire).toList()),
                utilisateurs.verifier(input.gerePar(), "gerePar"));
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<IntervenantVue> intervenants(
            @Argument Intervenants.Filtre filtre, @Argument Integer first, @Argument String after) {
        return pages.page(
                intervenants.criteres(filtre, Auteurs.auteurCourant()),
                IntervenantVue.class,
                first,
                after,
                IntervenantVue::position);
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public List<IntervenantVue> doublonsIntervenant(@Argument String id) {
        return suspectsDoublon(id).stream()
                .map(Intervenants.Suspect::intervenant)
                .toList();
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public List<Intervenants.Suspect> suspectsDoublon(@Argument String id) {
        return intervenants.suspects(Identifiant.lire(id, "id"));
    }

    /** Favori ou non pour l'utilisateur qui lit : les favoris des autres ne regardent qu'eux. */
    @SchemaMapping(typeName = "Intervenant", field = "favori")
    public boolean favori(IntervenantVue intervenant) {
        return intervenants.favori(Auteurs.auteurCourant(), intervenant.id());
    }
}
