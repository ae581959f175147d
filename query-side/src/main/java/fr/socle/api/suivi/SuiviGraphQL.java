package fr.socle.api.suivi;

import fr.socle.api.commun.Connexion;
import fr.socle.api.commun.Ecritures;
import fr.socle.api.commun.OperationsAgregats;
import fr.socle.api.commun.PagesMongo;
import fr.socle.api.commun.Roles;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.suivi.AjouterNoteSuiviDossier;
import fr.socle.kernel.suivi.DeclarerEvenementIndesirable;
import fr.socle.kernel.suivi.NatureNote;
import fr.socle.kernel.suivi.NoteSuivi;
import fr.socle.kernel.suivi.TraiterEvenementIndesirable;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Texte;
import fr.socle.query.dossier.DossierVue;
import fr.socle.query.intervenant.IntervenantVue;
import fr.socle.query.suivi.EvenementIndesirableVue;
import fr.socle.query.suivi.NoteSuiviVue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Événements indésirables (déclaration, tableau de contrôle) et notes de suivi des fiches. */
@Controller
public class SuiviGraphQL implements OperationsAgregats.Declaration {

    private final Ecritures ecritures;
    private final MongoTemplate mongo;
    private final PagesMongo pages;
    private final Clock horloge;

    public SuiviGraphQL(Ecritures ecritures, MongoTemplate mongo, PagesMongo pages, Clock horloge) {
        this.ecritures = ecritures;
        this.mongo = mongo;
        this.pages = pages;
        this.horloge = horloge;
    }

    /** L'intervenant doit être l'un de ceux affectés au client (ceux qui y sont déjà intervenus). */
    private DeclarerEvenementIndesirable declaration(EvenementIndesirableInput input, String id) {
        DossierVue dossier = dossier(input.dossierId());
        IntervenantVue intervenant = intervenant(input.intervenantId());
        if (intervenant.clients() == null || !intervenant.clients().contains(dossier.id())) {
            throw Refus.invalide(
                    "intervenantId",
                    "INTERVENANT_NON_AFFECTE",
                    "Cet intervenant n'est pas affecté à ce client : choisissez l'un de ses intervenants");
        }
        String encadrant = Optional.ofNullable(Texte.facultatif(input.encadrant(), "encadrant"))
                .orElse(dossier.creePar());
        return new DeclarerEvenementIndesirable(
                id,
                dossier.id(),
                intervenant.id(),
                encadrant,
                input.description(),
                input.date() == null ? LocalDate.now(horloge) : input.date());
    }

    @Override
    public void declarer(OperationsAgregats.Table table) {
        table.sujet("id", id -> Optional.ofNullable(mongo.findById(id, EvenementIndesirableVue.class)))
                .creation(
                        "declarerEvenementIndesirable",
                        (a, id) -> declaration(a.valeur("input", EvenementIndesirableInput.class), id))
                .mutation("traiterEvenementIndesirable", TraiterEvenementIndesirable::new);
    }

    /** Suivi satisfaction : une note sur le client, qui peut nommer un intervenant et un gestionnaire. */
    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public NoteSuiviVue noterSatisfaction(@Argument String dossierId, @Argument NoteSatisfactionInput input) {
        DossierVue dossier = dossier(dossierId);
        String intervenantId = input.intervenantId() == null
                ? null
                : intervenant(input.intervenantId()).id();
        NoteSuivi note = new NoteSuivi(
                Identifiant.nouveau(),
                NatureNote.SATISFACTION,
                input.texte(),
                intervenantId,
                Texte.facultatif(input.gestionnaire(), "gestionnaire"),
                null);
        ecritures.executer(
                dossier.id(),
                new AjouterNoteSuiviDossier(dossier.id(), note),
                () -> Optional.ofNullable(mongo.findById(dossier.id(), DossierVue.class)));
        return mongo.findById("dossier:" + dossier.id() + ":" + note.noteId(), NoteSuiviVue.class);
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<EvenementIndesirableVue> evenementsIndesirables(
            @Argument Boolean traite, @Argument String dossierId, @Argument Integer first, @Argument String after) {
        Criteria filtre = new Criteria();
        if (traite != null) {
            filtre = filtre.and("traite").is(traite);
        }
        if (dossierId != null) {
            filtre = filtre.and("dossierId").is(Identifiant.lire(dossierId, "dossierId"));
        }
        return pages.page(filtre, EvenementIndesirableVue.class, first, after, EvenementIndesirableVue::position);
    }

    /**
     * Les notes d'une fiche : celles du dossier d'un client ; celles d'un intervenant (les siennes et les
     * notes de satisfaction qui le nomment) ; celles qui nomment un gestionnaire.
     */
    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<NoteSuiviVue> notesSuivi(
            @Argument String dossierId,
            @Argument String intervenantId,
            @Argument String gestionnaire,
            @Argument Integer first,
            @Argument String after) {
        Criteria filtre = new Criteria();
        if (dossierId != null) {
            filtre = filtre.and("dossierId").is(Identifiant.lire(dossierId, "dossierId"));
        }
        if (intervenantId != null) {
            String id = Identifiant.lire(intervenantId, "intervenantId");
            filtre = filtre.orOperator(
                    Criteria.where("ficheIntervenantId").is(id),
                    Criteria.where("intervenantId").is(id).and("nature").is(NatureNote.SATISFACTION));
        }
        if (gestionnaire != null) {
            filtre = filtre.and("gestionnaire").is(gestionnaire);
        }
        return pages.page(filtre, NoteSuiviVue.class, first, after, NoteSuiviVue::position);
    }

    private DossierVue dossier(String saisie) {
        String id = Identifiant.lire(saisie, "dossierId");
        return Optional.ofNullable(mongo.findById(id, DossierVue.class))
                .orElseThrow(() -> Refus.introuvable("dossierId", "Aucun dossier " + id));
    }

    private IntervenantVue intervenant(String saisie) {
        String id = Identifiant.lire(saisie, "intervenantId");
        return Optional.ofNullable(mongo.findById(id, IntervenantVue.class))
                .filter(i -> !i.supprime())
                .orElseThrow(() -> Refus.introuvable("intervenantId", "Aucun intervenant " + id));
    }
}
