package fr.socle.api.dossier;

import fr.socle.api.commun.OperationsAgregats;
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
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Ce qu'un dossier accumule au fil de sa vie : contacts, notes, documents, séances et messages. Chaque
 * mutation est une commande du dossier et rend le dossier, comme celles de {@link DossierGraphQL} ; les
 * notes et le contenu des documents, rangés hors du dossier, se lisent ici.
 */
@Controller
public class ElementsDossierGraphQL implements OperationsAgregats.Declaration {

    private final MongoTemplate mongo;

    public ElementsDossierGraphQL(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void declarer(OperationsAgregats.Table table) {
        table.sujet("dossierId", this::lire)
                .mutation(
                        "ajouterContact",
                        (a, id, v) -> new AjouterContact(
                                id, a.valeur("input", ContactInput.class).lire(), v))
                .mutation(
                        "ajouterNote",
                        (a, id, v) -> new AjouterNote(id, Identifiant.nouveau(), a.valeur("texte", String.class), v))
                .mutation("deposerDocument", (a, id, v) -> {
                    DocumentInput input = a.valeur("input", DocumentInput.class);
                    return new DeposerDocument(
                            id,
                            Identifiant.nouveau(),
                            Texte.obligatoire(input.nom(), "nom"),
                            Optional.ofNullable(Texte.facultatif(input.typeMime(), "typeMime"))
                                    .orElse("application/octet-stream"),
                            Saisie.lire("contenu", () -> ContenuDocument.lire(input.contenu())),
                            v);
                })
                .mutation(
                        "planifierSeance",
                        (a, id, v) -> new PlanifierSeance(
                                id, a.valeur("input", SeanceInput.class).lire(), v))
                .mutation("enregistrerMessage", (a, id, v) -> {
                    MessageInput input = a.valeur("input", MessageInput.class);
                    return new EnregistrerMessage(
                            id,
                            Identifiant.nouveau(),
                            input.canal(),
                            input.destinataireLu(),
                            Texte.facultatif(input.objet(), "objet"),
                            v);
                })
                .mutation(
                        "changerStatutMessage",
                        (a, id, v) -> new ChangerStatutMessage(
                                id,
                                Identifiant.lire(a.valeur("messageId", String.class), "messageId"),
                                a.valeur("statut", StatutMessage.class),
                                v));
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
