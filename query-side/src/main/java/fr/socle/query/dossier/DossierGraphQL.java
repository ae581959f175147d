package fr.socle.query.dossier;

import fr.socle.kernel.dossier.AffecterCollaborateur;
import fr.socle.kernel.dossier.AjouterContact;
import fr.socle.kernel.dossier.AjouterExercice;
import fr.socle.kernel.dossier.AjouterNote;
import fr.socle.kernel.dossier.CanalMessage;
import fr.socle.kernel.dossier.ChangerEtatDossier;
import fr.socle.kernel.dossier.ChangerStatutMessage;
import fr.socle.kernel.dossier.Commande;
import fr.socle.kernel.dossier.Contact;
import fr.socle.kernel.dossier.ContenuDocument;
import fr.socle.kernel.dossier.CreerConvention;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.DefinirPrestation;
import fr.socle.kernel.dossier.DeposerDocument;
import fr.socle.kernel.dossier.EnregistrerCommande;
import fr.socle.kernel.dossier.EnregistrerMessage;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.Exercice;
import fr.socle.kernel.dossier.FicheSaisie;
import fr.socle.kernel.dossier.Financement;
import fr.socle.kernel.dossier.Invitation;
import fr.socle.kernel.dossier.InviterDirigeant;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.PlanifierSeance;
import fr.socle.kernel.dossier.Prestation;
import fr.socle.kernel.dossier.RetirerCollaborateur;
import fr.socle.kernel.dossier.Seance;
import fr.socle.kernel.dossier.StatutMessage;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Montant;
import fr.socle.kernel.valeur.Siret;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.kernel.valeur.Texte;
import fr.socle.query.commun.Connexion;
import fr.socle.query.commun.Ecritures;
import fr.socle.query.commun.PagesMongo;
import fr.socle.query.commun.Roles;
import fr.socle.query.commun.Saisie;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

@Controller
public class DossierGraphQL {

    private final Ecritures ecritures;
    private final MongoTemplate mongo;
    private final PagesMongo pages;
    private final CreateurDossiers creations;

    public DossierGraphQL(Ecritures ecritures, MongoTemplate mongo, PagesMongo pages, CreateurDossiers creations) {
        this.ecritures = ecritures;
        this.creations = creations;
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

    public record FicheInput(String ficheId, String nom, String prenom) {
        FicheSaisie lire() {
            return new FicheSaisie(ficheId == null ? null : Identifiant.lire(ficheId, "ficheId"), nom, prenom);
        }
    }

    public record FinancementInput(String financeur, Montant montant) {
        Financement lire() {
            return new Financement(financeur, montant == null ? null : montant.valeur());
        }
    }

    public record PrestationInput(String libelle, String conventionId, List<FinancementInput> financeurs) {
        Prestation lire() {
            List<FinancementInput> saisis = financeurs == null ? List.of() : financeurs;
            return new Prestation(libelle, conventionId == null ? null : Identifiant.lire(conventionId, "conventionId"),
                    IntStream.range(0, saisis.size())
                            .mapToObj(i -> Saisie.obligatoire("financeurs." + i, saisis.get(i), FinancementInput::lire))
                            .toList());
        }
    }

    public record CommandeInput(String numero, LocalDate debut, LocalDate fin) {
        Commande lire() {
            return new Commande(numero, debut, fin);
        }
    }

    public record ExerciceInput(LocalDate debut, LocalDate fin) {
        Exercice lire() {
            return Exercice.depuis(debut, fin);
        }
    }

    /** {@code envoyer} absent vaut vrai : la case « inviter maintenant » est cochée par défaut. */
    public record InvitationInput(String email, String nom, String prenom, List<String> themes, Boolean envoyer) {
        Invitation lire() {
            return new Invitation(Saisie.obligatoire("email", email, Email::new), nom, prenom, themes);
        }

        boolean envoyerMaintenant() {
            return envoyer == null || envoyer;
        }
    }

    public record CreerDossierInput(TitulaireInput titulaire, String beneficiaire, FicheInput prescripteur,
                                    FicheInput contactAdmin, PrestationInput prestation, CommandeInput commande,
                                    ExerciceInput exercice, InvitationInput dirigeant, List<String> collaborateurs) {
        CreerDossier lire(String id) {
            return new CreerDossier(id,
                    Saisie.facultatif("titulaire", titulaire, TitulaireInput::lire),
                    beneficiaire == null ? null : Identifiant.lire(beneficiaire, "beneficiaire"),
                    Saisie.facultatif("prescripteur", prescripteur, FicheInput::lire),
                    Saisie.facultatif("contactAdmin", contactAdmin, FicheInput::lire),
                    Saisie.facultatif("prestation", prestation, PrestationInput::lire),
                    Saisie.facultatif("commande", commande, CommandeInput::lire),
                    Saisie.facultatif("exercice", exercice, ExerciceInput::lire),
                    Saisie.facultatif("dirigeant", dirigeant, InvitationInput::lire),
                    dirigeant != null && dirigeant.envoyerMaintenant(),
                    collaborateurs == null ? List.of() : collaborateurs.stream().map(DossierGraphQL::collaborateur).toList());
        }
    }

    public record ContactInput(String nom, String prenom, String fonction, String email, String telephone) {
        Contact lire() {
            return new Contact(Identifiant.nouveau(), nom, prenom, fonction,
                    Saisie.facultatif("email", email, Email::new),
                    Saisie.facultatif("telephone", telephone, Telephone::new));
        }
    }

    public record DocumentInput(String nom, String typeMime, String contenu) {
    }

    public record SeanceInput(LocalDate date, String intitule, Integer dureeMinutes, Boolean facturable) {
        /** Une séance est facturable sauf mention contraire. */
        Seance lire() {
            return new Seance(Identifiant.nouveau(), date, intitule, dureeMinutes, facturable == null || facturable);
        }
    }

    public record MessageInput(CanalMessage canal, String destinataire, String objet) {
        /** Le destinataire a la forme de son canal : une adresse e-mail ou un mobile. */
        String destinataireLu() {
            return Saisie.obligatoire("destinataire", destinataire, d -> canal == CanalMessage.SMS
                    ? Telephone.mobile(d).valeur() : new Email(d).valeur());
        }
    }

    public record ConventionInput(String libelle, Montant tarif, String financeurParDefaut) {
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue creerDossier(@Argument CreerDossierInput input) {
        String id = Identifiant.nouveau();
        return creations.creer(input.lire(id)).lire(id, () -> lire(id));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue changerEtatDossier(@Argument String id, @Argument EtatDossier etat, @Argument Integer versionAttendue) {
        String dossierId = Identifiant.lire(id, "id");
        return ecrire(dossierId, new ChangerEtatDossier(dossierId, etat, Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue definirPrestation(@Argument String dossierId, @Argument PrestationInput input,
                                        @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new DefinirPrestation(id, input.lire(), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue enregistrerCommande(@Argument String dossierId, @Argument CommandeInput input,
                                          @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new EnregistrerCommande(id, input.lire(), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue ajouterExercice(@Argument String dossierId, @Argument LocalDate debut, @Argument LocalDate fin,
                                      @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new AjouterExercice(id, Exercice.depuis(debut, fin), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue inviterDirigeant(@Argument String dossierId, @Argument InvitationInput input,
                                       @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new InviterDirigeant(id, input.lire(), input.envoyerMaintenant(), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue affecterCollaborateur(@Argument String dossierId, @Argument String collaborateur,
                                            @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new AffecterCollaborateur(id, collaborateur(collaborateur), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue retirerCollaborateur(@Argument String dossierId, @Argument String collaborateur,
                                           @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new RetirerCollaborateur(id, collaborateur(collaborateur), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue ajouterContact(@Argument String dossierId, @Argument ContactInput input, @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new AjouterContact(id, input.lire(), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue ajouterNote(@Argument String dossierId, @Argument String texte, @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new AjouterNote(id, Identifiant.nouveau(), texte, Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue deposerDocument(@Argument String dossierId, @Argument DocumentInput input, @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new DeposerDocument(id, Identifiant.nouveau(), Texte.obligatoire(input.nom(), "nom"),
                Optional.ofNullable(Texte.facultatif(input.typeMime(), "typeMime")).orElse("application/octet-stream"),
                Saisie.lire("contenu", () -> ContenuDocument.lire(input.contenu())), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue planifierSeance(@Argument String dossierId, @Argument SeanceInput input, @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new PlanifierSeance(id, input.lire(), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue enregistrerMessage(@Argument String dossierId, @Argument MessageInput input, @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new EnregistrerMessage(id, Identifiant.nouveau(), input.canal(), input.destinataireLu(),
                Texte.facultatif(input.objet(), "objet"), Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue changerStatutMessage(@Argument String dossierId, @Argument String messageId,
                                           @Argument StatutMessage statut, @Argument Integer versionAttendue) {
        String id = Identifiant.lire(dossierId, "dossierId");
        return ecrire(id, new ChangerStatutMessage(id, Identifiant.lire(messageId, "messageId"), statut,
                Saisie.versionAttendue(versionAttendue)));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public ConventionVue creerConvention(@Argument ConventionInput input) {
        String id = Identifiant.nouveau();
        return ecritures.executer(id, new CreerConvention(id, input.libelle(),
                input.tarif() == null ? null : input.tarif().valeur(), input.financeurParDefaut()),
                () -> Optional.ofNullable(mongo.findById(id, ConventionVue.class)));
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

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<FicheAnnuaireVue> rechercherAnnuaire(@Argument String nom, @Argument Integer first, @Argument String after) {
        String saisie = Texte.obligatoire(nom, "nom");
        Criteria criteres = new Criteria().orOperator(
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

    @SchemaMapping(typeName = "Dossier", field = "notes")
    public List<NoteDossierVue> notes(DossierVue dossier) {
        if (dossier.nombreNotes() == 0) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(NoteDossierVue.cles(dossier.id(), dossier.nombreNotes())))
                .with(Sort.by("rang")), NoteDossierVue.class);
    }

    @SchemaMapping(typeName = "NoteDossier", field = "id")
    public String idNote(NoteDossierVue note) {
        return note.noteId();
    }

    @SchemaMapping(typeName = "DocumentDossier", field = "contenu")
    public String contenu(DossierVue.DocumentVue document) {
        ContenuDocumentVue contenu = mongo.findById(document.id(), ContenuDocumentVue.class);
        return contenu == null ? null : contenu.contenuBase64();
    }

    /**
     * Filtres cumulés de la liste des dossiers.
     *
     * @param creeDepuis   création à partir de cet instant (compris)
     * @param creeJusqua   création avant cet instant (exclu)
     */
    public record DossierFiltre(EtatDossier etat, String nom, String siret, String collaborateur, Instant creeDepuis,
                                Instant creeJusqua) {
        public Criteria criteres() {
            Criteria c = new Criteria();
            if (etat != null) {
                c = c.and("etat").is(etat);
            }
            if (nom != null && !nom.isBlank()) {
                c = c.and("nomRecherche").regex(Recherche.commencePar(nom));
            }
            if (siret != null && !siret.isBlank()) {
                c = c.and("siret").is(Saisie.lire("siret", () -> new Siret(siret)).valeur());
            }
            if (collaborateur != null && !collaborateur.isBlank()) {
                c = c.and("collaborateurs").is(collaborateur.strip());
            }
            if (creeDepuis != null || creeJusqua != null) {
                if (creeDepuis != null && creeJusqua != null && !creeDepuis.isBefore(creeJusqua)) {
                    throw Refus.invalide("creeJusqua", "PERIODE_INVALIDE", "« creeJusqua » doit suivre « creeDepuis »");
                }
                Criteria periode = c.and("dateCreation");
                if (creeDepuis != null) {
                    periode = periode.gte(creeDepuis);
                }
                if (creeJusqua != null) {
                    periode = periode.lt(creeJusqua);
                }
                c = periode;
            }
            return c;
        }
    }

    private DossierVue ecrire(String dossierId, Object commande) {
        return ecritures.executer(dossierId, commande, () -> lire(dossierId));
    }

    private static String collaborateur(String saisie) {
        return Texte.obligatoire(saisie, "collaborateur");
    }

    private Optional<DossierVue> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, DossierVue.class));
    }
}
