package fr.socle.api.piece;

import fr.socle.api.commun.Connexion;
import fr.socle.api.commun.OperationsAgregats;
import fr.socle.api.commun.PagesMongo;
import fr.socle.api.commun.Roles;
import fr.socle.api.commun.Saisie;
import fr.socle.kernel.piece.AnnulerPlanPaiement;
import fr.socle.kernel.piece.Categorie;
import fr.socle.kernel.piece.CategoriserPiece;
import fr.socle.kernel.piece.Echeance;
import fr.socle.kernel.piece.Echeancier;
import fr.socle.kernel.piece.EnregistrerPaiement;
import fr.socle.kernel.piece.EtablirPlanPaiement;
import fr.socle.kernel.valeur.Montant;
import fr.socle.query.piece.EncoursPieces;
import fr.socle.query.piece.EncoursPieces.Encours;
import fr.socle.query.piece.PieceFiltre;
import fr.socle.query.piece.PieceVue;
import fr.socle.query.piece.PieceVue.StatutPlan;
import fr.socle.query.piece.SuiviPlan;
import fr.socle.query.piece.TrancheAge;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
public class PieceGraphQL implements OperationsAgregats.Declaration {

    private final MongoTemplate mongo;
    private final PagesMongo pages;
    private final EncoursPieces encours;
    private final Clock horloge;

    public PieceGraphQL(MongoTemplate mongo, PagesMongo pages, EncoursPieces encours, Clock horloge) {
        this.mongo = mongo;
        this.pages = pages;
        this.encours = encours;
        this.horloge = horloge;
    }

    @Override
    public void declarer(OperationsAgregats.Table table) {
        table.sujet("id", this::lire)
                .lecture("piece")
                .creation(
                        "enregistrerPiece",
                        (a, id) ->
                                a.valeur("input", EnregistrerPieceInput.class).lire(id))
                .mutation(
                        "categoriserPiece",
                        (a, id, v) -> new CategoriserPiece(
                                id, a.valeur("input", CategorisationInput.class).lire(), v));
        table.sujet("pieceId", this::lire)
                .mutation(
                        "enregistrerPaiement",
                        (a, id, v) -> new EnregistrerPaiement(
                                id, a.valeur("montant", Montant.class), a.valeur("date", LocalDate.class), v))
                .mutation("etablirPlanPaiement", (a, id, v) -> {
                    List<EcheanceInput> echeances = a.liste("echeances", EcheanceInput.class);
                    List<Echeance> lues = new ArrayList<>();
                    for (int i = 0; echeances != null && i < echeances.size(); i++) {
                        lues.add(Saisie.obligatoire("echeances." + i, echeances.get(i), EcheanceInput::lire));
                    }
                    return new EtablirPlanPaiement(id, new Echeancier(lues), v);
                })
                .mutation(
                        "annulerPlanPaiement",
                        (a, id, v) -> new AnnulerPlanPaiement(id, a.valeur("motif", String.class), v));
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Connexion<PieceVue> pieces(@Argument PieceFiltre filtre, @Argument Integer first, @Argument String after) {
        return pages.page(PieceFiltre.criteres(filtre), PieceVue.class, first, after, PieceVue::position);
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public List<Encours<Categorie>> encoursParCategorie(@Argument String dossierId) {
        return encours.parCategorie(dossierId);
    }

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public List<Encours<TrancheAge>> agesEncours(@Argument String dossierId) {
        return encours.parAge(dossierId, LocalDate.now(horloge));
    }

    @SchemaMapping(typeName = "EncoursCategorie", field = "categorie")
    public Categorie categorie(Encours<Categorie> ligne) {
        return ligne.cle();
    }

    @SchemaMapping(typeName = "EncoursAge", field = "tranche")
    public TrancheAge tranche(Encours<TrancheAge> ligne) {
        return ligne.cle();
    }

    @SchemaMapping(typeName = "Piece", field = "joursDeRetard")
    public long joursDeRetard(PieceVue piece) {
        return piece.ouverte() ? TrancheAge.joursDeRetard(piece.dateEcheance(), LocalDate.now(horloge)) : 0;
    }

    @SchemaMapping(typeName = "Piece", field = "trancheAge")
    public TrancheAge trancheAge(PieceVue piece) {
        return piece.ouverte() ? TrancheAge.de(piece.dateEcheance(), LocalDate.now(horloge)) : null;
    }

    @SchemaMapping(typeName = "Piece", field = "plansPaiement")
    public List<SuiviPlan> plansPaiement(PieceVue piece) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        return piece.plans().stream()
                .map(p -> SuiviPlan.de(p, piece.paiements(), aujourdhui))
                .toList();
    }

    @SchemaMapping(typeName = "Piece", field = "planPaiement")
    public SuiviPlan planPaiement(PieceVue piece) {
        return plansPaiement(piece).stream()
                .filter(p -> p.statut() == StatutPlan.EN_COURS)
                .findFirst()
                .orElse(null);
    }

    private Optional<PieceVue> lire(String id) {
        return Optional.ofNullable(mongo.findById(id, PieceVue.class));
    }
}
