package fr.socle.api.dossier;

import fr.socle.api.commun.Ecritures;
import fr.socle.api.commun.Roles;
import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.AjouterContact;
import fr.socle.kernel.dossier.AjouterNote;
import fr.socle.kernel.dossier.ChangerStatutMessage;
import fr.socle.kernel.dossier.ContenuDocument;
import fr.socle.kernel.dossier.DeposerDocument;
import fr.socle.kernel.dossier.EnregistrerMessage;
import fr.socle.kernel.dossier.PlanifierSeance;
import fr.socle.kernel.dossier.StatutMessage;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Texte;
import fr.socle.query.dossier.ContenuDocumentVue;
import fr.socle.query.dossier.DossierVue;
import fr.socle.query.dossier.NoteDossierVue;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Ce qu'un dossier accumule au fil de sa vie : contacts, notes, documents, séances et messages. Chaque
 * mutation est une commande du dossier et rend le dossier, comme celles de {@link DossierGraphQL} ; les
 * notes et le contenu des documents, rangés hors du dossier, se lisent ici.
 */
@Controller
public class ElementsDossierGraphQL {

    private final Ecritures.Modele<DossierVue> dossiers;
    private final MongoTemplate mongo;

    public ElementsDossierGraphQL(Ecritures ecritures, MongoTemplate mongo) {
        this.mongo = mongo;
        this.dossiers = ecritures.modele(this::lire);
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue ajouterContact(
            @Argument String dossierId, @Argument ContactInput input, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId, "dossierId", versionAttendue, (i, v) -> new AjouterContact(i, input.lire(), v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue ajouterNote(
            @Argument String dossierId, @Argument String texte, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId, "dossierId", versionAttendue, (i, v) -> new AjouterNote(i, Identifiant.nouveau(), texte, v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue deposerDocument(
            @Argument String dossierId, @Argument DocumentInput input, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId,
                "dossierId",
                versionAttendue,
                (i, v) -> new DeposerDocument(
                        i,
                        Identifiant.nouveau(),
                        Texte.obligatoire(input.nom(), "nom"),
                        Optional.ofNullable(Texte.facultatif(input.typeMime(), "typeMime"))
                                .orElse("application/octet-stream"),
                        Saisie.lire("contenu", () -> ContenuDocument.lire(input.contenu())),
                        v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue planifierSeance(
            @Argument String dossierId, @Argument SeanceInput input, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId, "dossierId", versionAttendue, (i, v) -> new PlanifierSeance(i, input.lire(), v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue enregistrerMessage(
            @Argument String dossierId, @Argument MessageInput input, @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId,
                "dossierId",
                versionAttendue,
                (i, v) -> new EnregistrerMessage(
                        i,
                        Identifiant.nouveau(),
                        input.canal(),
                        input.destinataireLu(),
                        Texte.facultatif(input.objet(), "objet"),
                        v));
    }

    @MutationMapping
    @PreAuthorize(Roles.ECRITURE)
    public DossierVue changerStatutMessage(
            @Argument String dossierId,
            @Argument String messageId,
            @Argument StatutMessage statut,
            @Argument Integer versionAttendue) {
        return dossiers.ecrire(
                dossierId,
                "dossierId",
                versionAttendue,
                (i, v) -> new ChangerStatutMessage(i, Identifiant.lire(messageId, "messageId"), statut, v));
    }

    @SchemaMapping(typeName = "Dossier", field = "notes")
    public List<NoteDossierVue> notes(DossierVue dossier) {
        if (dossier.nombreNotes() == 0) {
            return List.of();
        }
        return mongo.find(
                Query.query(Criteria.where("_id").in(NoteDossierVue.cles(dossier.id(), dossier.nombreNotes())))
                        .with(Sort.by("rang")),
                NoteDossierVue.class);
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

    private Optional<DossierVue> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, DossierVue.class));
    }
}
