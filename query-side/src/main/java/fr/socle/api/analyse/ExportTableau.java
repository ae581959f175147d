package fr.socle.api.analyse;

import fr.socle.api.commun.ErreursExports;
import fr.socle.api.commun.Roles;
import fr.socle.api.piece.ExportPieces;
import fr.socle.api.piece.PieceGraphQL;
import fr.socle.api.rappel.RappelGraphQL;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.intervenant.Situation;
import fr.socle.kernel.piece.Categorie;
import fr.socle.kernel.rappel.SituationRappel;
import fr.socle.query.analyse.EtatOpportunite;
import fr.socle.query.piece.EncoursPieces.Encours;
import fr.socle.query.piece.TrancheAge;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Le tableau de bord en classeur Excel, avec les filtres du tableau de bord de la console :
 * {@code GET /exports/tableau.xlsx?dossierId=…&depuis=2026-01-01&jusqua=2026-12-31}. Mêmes rôles que les
 * lectures. Les chiffres sont ceux des requêtes GraphQL que la console affiche ({@code encoursParCategorie},
 * {@code agesEncours}, {@code statistiquesDossiers}, {@code statistiquesOpportunites}, {@code rappels},
 * {@code statistiquesIntervenants}), lus par les mêmes méthodes : une feuille par tableau de la page.
 * Comme dans la page, le dossier filtre l'encours et les opportunités, la période les dossiers et les
 * opportunités ; les autres comptes portent sur tout le portefeuille.
 */
@RestController
public class ExportTableau implements ErreursExports.Export {

    static String libelle(Categorie categorie) {
        return switch (categorie) {
            case NCT -> "Non contacté";
            case CEC -> "Contact en cours";
            case PDP -> "Promesse de paiement";
            case RDE -> "Règlement déjà effectué";
            case NPC -> "Ne pas contacter";
            case LIT -> "Litige";
        };
    }

    static String libelle(TrancheAge tranche) {
        return switch (tranche) {
            case NON_ECHU -> "Non échu";
            case JOURS_0_30 -> "0 à 30 jours";
            case JOURS_31_60 -> "31 à 60 jours";
            case JOURS_61_90 -> "61 à 90 jours";
            case PLUS_DE_90 -> "Plus de 90 jours";
        };
    }

    static String libelle(EtatDossier etat) {
        return switch (etat) {
            case OUVERT -> "Ouvert";
            case COMMANDE -> "Commandé";
            case EN_COURS -> "En cours";
            case FACTURE -> "Facturé";
            case CLOTURE -> "Clôturé";
        };
    }

    static String libelle(EtatOpportunite etat) {
        return etat == EtatOpportunite.ACTIVE ? "Active" : "Verrouillée";
    }

    static String libelle(Situation situation) {
        return situation == Situation.ACTIF ? "Actif" : "Inactif";
    }

    private final AnalyseGraphQL analyse;
    private final PieceGraphQL pieces;
    private final RappelGraphQL rappels;
    private final Clock horloge;

    public ExportTableau(AnalyseGraphQL analyse, PieceGraphQL pieces, RappelGraphQL rappels, Clock horloge) {
        this.analyse = analyse;
        this.pieces = pieces;
        this.rappels = rappels;
        this.horloge = horloge;
    }

    @GetMapping("/exports/tableau.xlsx")
    @PreAuthorize(Roles.LECTURE)
    public void exporter(
            @RequestParam(required = false) String dossierId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate depuis,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate jusqua,
            HttpServletResponse reponse)
            throws IOException {
        String dossier = dossierId == null || dossierId.isBlank() ? null : dossierId.strip();
        // Tout est lu avant d'écrire la réponse : un filtre refusé reçoit son erreur, pas un classeur tronqué.
        List<Encours<Categorie>> parCategorie = pieces.encoursParCategorie(dossier);
        List<Encours<TrancheAge>> parAge = pieces.agesEncours(dossier);
        AnalyseGraphQL.StatistiquesDossiers dossiers =
                analyse.statistiquesDossiers(new StatistiquesDossiersFiltre(depuis, jusqua, null, null, null));
        AnalyseGraphQL.StatistiquesOpportunites opportunites = analyse.statistiquesOpportunites(
                new StatistiquesOpportunitesFiltre(depuis, jusqua, null, dossier, null));
        long aTraiter =
                rappels.rappels(SituationRappel.A_TRAITER, null, 0, null).totalCount();
        AnalyseGraphQL.StatistiquesIntervenants intervenants = analyse.statistiquesIntervenants(null);

        LocalDate aujourdhui = LocalDate.now(horloge);
        try (XSSFWorkbook classeur = new XSSFWorkbook()) {
            Styles styles = new Styles(classeur);
            Sheet filtres = feuille(classeur, styles, "Filtres", "Filtre", "Valeur");
            ligne(filtres, 1, "Dossier", dossier == null ? "Tout le portefeuille" : dossier);
            ligne(filtres, 2, "Depuis", depuis == null ? "—" : depuis.toString());
            ligne(filtres, 3, "Jusqu'à", jusqua == null ? "—" : jusqua.toString());
            ligne(filtres, 4, "Établi le", aujourdhui.toString());

            encours(classeur, styles, "Encours par catégorie", "Catégorie", parCategorie, ExportTableau::libelle);
            encours(classeur, styles, "Encours par ancienneté", "Ancienneté", parAge, ExportTableau::libelle);

            Sheet parEtat = feuille(classeur, styles, "Dossiers par état", "État", "Dossiers");
            int rang = 1;
            for (AnalyseGraphQL.CompteEtat c : dossiers.parEtat()) {
                compte(parEtat, rang++, libelle(c.etat()), c.nombre());
            }
            total(parEtat, rang, dossiers.total(), styles);

            Sheet opp = feuille(classeur, styles, "Opportunités", "Opportunités", "Nombre");
            rang = 1;
            for (AnalyseGraphQL.CompteEtatOpportunite c : opportunites.parEtat()) {
                compte(opp, rang++, libelle(c.etat()), c.nombre());
            }
            compte(opp, rang++, "Copies (réévaluations)", opportunites.copies());
            compte(opp, rang++, "Rappels à traiter", aTraiter);
            total(opp, rang, opportunites.total(), styles);

            Sheet inter = feuille(classeur, styles, "Intervenants", "Situation", "Intervenants");
            rang = 1;
            for (AnalyseGraphQL.CompteSituation c : intervenants.parSituation()) {
                compte(inter, rang++, libelle(c.situation()), c.nombre());
            }
            total(inter, rang, intervenants.total(), styles);

            reponse.setContentType(ExportPieces.XLSX.toString());
            reponse.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename("tableau-de-bord-" + aujourdhui + ".xlsx")
                            .build()
                            .toString());
            classeur.write(reponse.getOutputStream());
        }
    }

    private record Styles(CellStyle gras, CellStyle euros) {
        Styles(XSSFWorkbook classeur) {
            this(classeur.createCellStyle(), classeur.createCellStyle());
            Font police = classeur.createFont();
            police.setBold(true);
            gras.setFont(police);
            euros.setDataFormat(classeur.createDataFormat().getFormat("#,##0.00 \"€\""));
        }
    }

    private static Sheet feuille(XSSFWorkbook classeur, Styles styles, String nom, String... entetes) {
        Sheet feuille = classeur.createSheet(nom);
        Row entete = feuille.createRow(0);
        for (int i = 0; i < entetes.length; i++) {
            Cell cellule = entete.createCell(i);
            cellule.setCellValue(entetes[i]);
            cellule.setCellStyle(styles.gras());
            feuille.setColumnWidth(i, (i == 0 ? 28 : 18) * 256);
        }
        feuille.createFreezePane(0, 1);
        return feuille;
    }

    private static void ligne(Sheet feuille, int rang, String libelle, String valeur) {
        Row ligne = feuille.createRow(rang);
        ligne.createCell(0).setCellValue(libelle);
        ligne.createCell(1).setCellValue(valeur);
    }

    private static void compte(Sheet feuille, int rang, String libelle, long nombre) {
        Row ligne = feuille.createRow(rang);
        ligne.createCell(0).setCellValue(libelle);
        ligne.createCell(1).setCellValue(nombre);
    }

    private static void total(Sheet feuille, int rang, long nombre, Styles styles) {
        compte(feuille, rang, "Total", nombre);
        feuille.getRow(rang).getCell(0).setCellStyle(styles.gras());
    }

    /** Une ligne par clé : pièces ouvertes et montant ; puis le total. Les montants, sommés en BigDecimal. */
    private static <K> void encours(
            XSSFWorkbook classeur,
            Styles styles,
            String nom,
            String titre,
            List<Encours<K>> lignes,
            Function<K, String> libelle) {
        Sheet feuille = feuille(classeur, styles, nom, titre, "Pièces ouvertes", "Montant");
        int rang = 1;
        BigDecimal total = BigDecimal.ZERO;
        long nombre = 0;
        for (Encours<K> e : lignes) {
            euros(feuille.createRow(rang++), libelle.apply(e.cle()), e.nombre(), e.montant(), styles);
            total = total.add(e.montant());
            nombre += e.nombre();
        }
        euros(feuille.createRow(rang), "Total", nombre, total, styles);
        feuille.getRow(rang).getCell(0).setCellStyle(styles.gras());
    }

    private static void euros(Row ligne, String libelle, long nombre, BigDecimal montant, Styles styles) {
        ligne.createCell(0).setCellValue(libelle);
        ligne.createCell(1).setCellValue(nombre);
        Cell cellule = ligne.createCell(2);
        cellule.setCellValue(montant.doubleValue());
        cellule.setCellStyle(styles.euros());
    }
}
