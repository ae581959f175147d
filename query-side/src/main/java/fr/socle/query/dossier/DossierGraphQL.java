package fr.socle.query.dossier;

import fr.socle.kernel.dossier.ChangerEtatDossier;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Siret;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.query.commun.Connexion;
import fr.socle.query.commun.Ecritures;
import fr.socle.query.commun.PagesMongo;
import fr.socle.query.commun.Roles;
import fr.socle.query.commun.Saisie;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import java.util.Optional;

@Controller
public class DossierGraphQL {

    private final Ecritures ecritures;
    private final MongoTemplate mongo;
    private final PagesMongo pages;

    public DossierGraphQL(Ecritures ecritures, MongoTemplate mongo, PagesMongo pages) {
        this.ecritures = ecritures;
        this.mongo = mongo;
        this.pages = pages;
    }

    public record AdresseInput(String ligne1, String codePostal, String ville) {
        Adresse lire() {
            return new Adresse(ligne1, codePostal, ville);
        }
    }

    public record PersonneInput(Civilite civilite, String prenom, String nom, String email, String mobile,
                                AdresseInput adresse) {
        Personne lire() {
            return new Personne(civilite, prenom, nom,
                    Saisie.obligatoire("email", email, Email::new),
                    Saisie.obligatoire("mobile", mobile, Telephone::mobile),
                    Saisie.facultatif("adresse", adresse, AdresseInput::lire));
        }
    }

    public record EntrepriseInput(String raisonSociale, String siret, AdresseInput adresse) {
        Entreprise lire() {
            return new Entreprise(raisonSociale,
                    Saisie.obligatoire("siret", siret, Siret::new),
                    Saisie.facultatif("adresse", adresse, AdresseInput::lire));
        }
    }

    /** Exactement l'un des deux : une personne ou une entreprise. */
    public record TitulaireInput(PersonneInput personne, EntrepriseInput entreprise) {
        Titulaire lire() {
            if ((personne == null) == (entreprise == null)) {
                throw Refus.invalide("TITULAIRE_UNIQUE", "Donnez soit « personne », soit « entreprise »");
            }
            return personne != null ? personne.lire() : entreprise.lire();
        }
    }

    public record CreerDossierInput(TitulaireInput titulaire) {
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue creerDossier(@Argument CreerDossierInput input) {
        Titulaire titulaire = Saisie.obligatoire("titulaire", input.titulaire(), TitulaireInput::lire);
        String id = Identifiant.nouveau();
        return ecritures.executer(id, new CreerDossier(id, titulaire), () -> lire(id));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue changerEtatDossier(@Argument String id, @Argument EtatDossier etat,
                                         @Argument Integer versionAttendue) {
        String dossierId = Identifiant.lire(id, "id");
        return ecritures.executer(dossierId,
                new ChangerEtatDossier(dossierId, etat, versionAttendue == null ? null : versionAttendue.longValue()),
                () -> lire(dossierId));
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public DossierVue dossier(@Argument String id) {
        return lire(Identifiant.lire(id, "id")).orElse(null);
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<DossierVue> dossiers(@Argument DossierFiltre filtre, @Argument Integer first, @Argument String after) {
        return pages.page(filtre == null ? new Criteria() : filtre.criteres(), DossierVue.class, first, after,
                DossierVue::position);
    }

    public record DossierFiltre(EtatDossier etat, String nom) {
        Criteria criteres() {
            Criteria c = new Criteria();
            if (etat != null) {
                c = c.and("etat").is(etat);
            }
            if (nom != null && !nom.isBlank()) {
                c = c.and("nomRecherche").regex("^" + java.util.regex.Pattern.quote(nom.strip().toLowerCase(java.util.Locale.ROOT)));
            }
            return c;
        }
    }

    private Optional<DossierVue> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, DossierVue.class));
    }
}
