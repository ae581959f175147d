package fr.socle.api.opportunite;

import fr.socle.api.commun.Auteurs;
import fr.socle.api.commun.Connexion;
import fr.socle.api.commun.Ecritures;
import fr.socle.api.commun.OperationsAgregats;
import fr.socle.api.commun.PagesMongo;
import fr.socle.api.commun.Roles;
import fr.socle.api.commun.Saisie;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.opportunite.AjouterMission;
import fr.socle.kernel.opportunite.Coordonnees;
import fr.socle.kernel.opportunite.DefinirPreventionRisques;
import fr.socle.kernel.opportunite.DefinirTaches;
import fr.socle.kernel.opportunite.DupliquerOpportunite;
import fr.socle.kernel.opportunite.Informations;
import fr.socle.kernel.opportunite.OuvrirOpportunite;
import fr.socle.kernel.opportunite.RenseignerInformations;
import fr.socle.kernel.opportunite.RetirerMission;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Texte;
import fr.socle.query.dossier.DossierVue;
import fr.socle.query.dossier.TitulaireVue;
import fr.socle.query.opportunite.OpportuniteVue;
import fr.socle.query.rappel.RappelVue;
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

@Controller
public class OpportuniteGraphQL implements OperationsAgregats.Declaration {

    private final Ecritures ecritures;
    private final MongoTemplate mongo;
    private final PagesMongo pages;
    private final Clock horloge;

    public OpportuniteGraphQL(Ecritures ecritures, MongoTemplate mongo, PagesMongo pages, Clock horloge) {
        this.ecritures = ecritures;
        this.mongo = mongo;
        this.pages = pages;
        this.horloge = horloge;
    }

    /**
     * Les coordonnées du client sont copiées de son dossier tel que l'écran le montre (le modèle de
     * lecture, à jour de toute écriture rendue) ; le côté commandes vérifie encore que le dossier existe.
     */
    private OuvrirOpportunite ouverture(OuvrirOpportuniteInput input, String id) {
        String dossierId = Identifiant.lire(input.dossierId(), "dossierId");
        DossierVue dossier = Optional.ofNullable(mongo.findById(dossierId, DossierVue.class))
                .orElseThrow(() -> Refus.introuvable("dossierId", "Aucun dossier " + dossierId));
        String gestionnaire = Optional.ofNullable(Texte.facultatif(input.gestionnaire(), "gestionnaire"))
                .orElseGet(Auteurs::auteurCourant);
        LocalDate evaluation = input.dateEvaluation() == null ? LocalDate.now(horloge) : input.dateEvaluation();
        return new OuvrirOpportunite(id, dossierId, coordonnees(dossier.titulaire()), gestionnaire, evaluation);
    }

    @Override
    public void declarer(OperationsAgregats.Table table) {
        table.sujet("id", this::lire).lecture("opportunite");
        table.sujet("opportuniteId", this::lire)
                .creation(
                        "ouvrirOpportunite", (a, id) -> ouverture(a.valeur("input", OuvrirOpportuniteInput.class), id))
                .mutation(
                        "ajouterMission",
                        (a, id, v) -> new AjouterMission(
                                id, a.valeur("input", MissionInput.class).lire(Identifiant.nouveau()), v))
                .mutation(
                        "retirerMission",
                        (a, id, v) -> new RetirerMission(
                                id, Identifiant.lire(a.valeur("missionId", String.class), "missionId"), v))
                .mutation(
                        "renseignerInformations",
                        (a, id, v) -> new RenseignerInformations(
                                id, Informations.lire(a.valeur("informations", String.class)), v))
                .mutation(
                        "definirTaches",
                        (a, id, v) -> new DefinirTaches(
                                id, Saisie.liste("taches", a.liste("taches", TacheInput.class), TacheInput::lire), v))
                .mutation(
                        "definirPreventionRisques",
                        (a, id, v) -> new DefinirPreventionRisques(
                                id,
                                Saisie.liste(
                                        "mesures",
                                        a.liste("mesures", MesurePreventionInput.class),
                                        MesurePreventionInput::lire),
                                v));
    }

    /** Rend la copie, une fois l'original vu verrouillé et le rappel vu programmé. */
    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public OpportuniteVue dupliquerOpportunite(@Argument String id, @Argument Integer versionAttendue) {
        String originalId = Identifiant.lire(id, "id");
        String copieId = Identifiant.nouveau();
        String rappelId = Identifiant.nouveau();
        Ecritures.Ecrit ecrit = ecritures.envoyer(new DupliquerOpportunite(
                originalId, copieId, rappelId, LocalDate.now(horloge), Saisie.versionAttendue(versionAttendue)));
        ecrit.lire(originalId, () -> lire(originalId));
        ecrit.lire(rappelId, () -> Optional.ofNullable(mongo.findById(rappelId, RappelVue.class)));
        return ecrit.lire(copieId, () -> lire(copieId));
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<OpportuniteVue> opportunites(
            @Argument String dossierId, @Argument Integer first, @Argument String after) {
        Criteria filtre = dossierId == null
                ? new Criteria()
                : Criteria.where("dossierId").is(Identifiant.lire(dossierId, "dossierId"));
        return pages.page(filtre, OpportuniteVue.class, first, after, OpportuniteVue::position);
    }

    private Optional<OpportuniteVue> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, OpportuniteVue.class));
    }

    private static Coordonnees coordonnees(TitulaireVue titulaire) {
        if (titulaire instanceof TitulaireVue.Personne p) {
            return new Coordonnees(p.civilite(), p.prenom(), p.nom(), p.email(), p.mobile(), adresse(p.adresse()));
        }
        TitulaireVue.Entreprise e = (TitulaireVue.Entreprise) titulaire;
        return new Coordonnees(null, null, e.raisonSociale(), null, null, adresse(e.adresse()));
    }

    private static Adresse adresse(TitulaireVue.AdresseVue a) {
        return a == null ? null : new Adresse(a.ligne1(), a.codePostal(), a.ville());
    }
}
