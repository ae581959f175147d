package fr.socle.query.piece;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Une liste de pièces en classeur Excel (.xlsx) : une ligne d'en-têtes, une ligne par pièce, une ligne
 * de totaux. Le classeur est écrit au fil de la lecture (SXSSF) : seules quelques lignes sont en mémoire.
 *
 * <p>Excel ne connaît que des nombres en double précision : les montants sont sommés en BigDecimal
 * puis écrits tels quels ; à deux décimales et sous 10^12 euros, ils se relisent exactement.
 */
public final class ClasseurPieces {

    static final String[] EN_TETES = {
        "Numéro",
        "Dossier",
        "Émission",
        "Échéance",
        "Montant",
        "Solde",
        "Catégorie",
        "Prochaine action",
        "Ouverte",
        "Jours de retard"
    };
    static final String TOTAL = "Total";
    private static final int LIGNES_EN_MEMOIRE = 200;

    private ClasseurPieces() {}

    public static void ecrire(Iterator<PieceVue> pieces, LocalDate aujourdhui, OutputStream sortie) throws IOException {
        try (SXSSFWorkbook classeur = new SXSSFWorkbook(LIGNES_EN_MEMOIRE)) {
            SXSSFSheet feuille = classeur.createSheet("Pièces");
            CellStyle gras = classeur.createCellStyle();
            Font police = classeur.createFont();
            police.setBold(true);
            gras.setFont(police);
            CellStyle date = classeur.createCellStyle();
            date.setDataFormat(classeur.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle euros = classeur.createCellStyle();
            euros.setDataFormat(classeur.createDataFormat().getFormat("#,##0.00 \"€\""));

            Row entete = feuille.createRow(0);
            for (int i = 0; i < EN_TETES.length; i++) {
                Cell cellule = entete.createCell(i);
                cellule.setCellValue(EN_TETES[i]);
                cellule.setCellStyle(gras);
            }
            feuille.createFreezePane(0, 1);

            BigDecimal totalMontant = BigDecimal.ZERO;
            BigDecimal totalSolde = BigDecimal.ZERO;
            int rang = 1;
            while (pieces.hasNext()) {
                PieceVue p = pieces.next();
                Row ligne = feuille.createRow(rang++);
                ligne.createCell(0).setCellValue(p.numero());
                ligne.createCell(1).setCellValue(p.dossierId());
                dater(ligne, 2, p.dateEmission(), date);
                dater(ligne, 3, p.dateEcheance(), date);
                chiffrer(ligne, 4, p.montant(), euros);
                chiffrer(ligne, 5, p.solde(), euros);
                ligne.createCell(6).setCellValue(p.categorie().name());
                dater(ligne, 7, p.prochaineAction(), date);
                ligne.createCell(8).setCellValue(p.ouverte() ? "oui" : "non");
                ligne.createCell(9)
                        .setCellValue(p.ouverte() ? TrancheAge.joursDeRetard(p.dateEcheance(), aujourdhui) : 0);
                totalMontant = totalMontant.add(p.montant());
                totalSolde = totalSolde.add(p.solde());
            }
            Row totaux = feuille.createRow(rang);
            Cell libelle = totaux.createCell(0);
            libelle.setCellValue(TOTAL);
            libelle.setCellStyle(gras);
            chiffrer(totaux, 4, totalMontant, euros);
            chiffrer(totaux, 5, totalSolde, euros);
            largeurs(feuille);
            classeur.write(sortie);
            classeur.dispose();
        }
    }

    private static void largeurs(Sheet feuille) {
        int[] caracteres = {16, 38, 12, 12, 16, 16, 10, 16, 8, 14};
        for (int i = 0; i < caracteres.length; i++) {
            feuille.setColumnWidth(i, caracteres[i] * 256);
        }
    }

    private static void dater(Row ligne, int colonne, LocalDate valeur, CellStyle style) {
        if (valeur != null) {
            Cell cellule = ligne.createCell(colonne);
            cellule.setCellValue(valeur);
            cellule.setCellStyle(style);
        }
    }

    private static void chiffrer(Row ligne, int colonne, BigDecimal valeur, CellStyle style) {
        Cell cellule = ligne.createCell(colonne);
        cellule.setCellValue(valeur.doubleValue());
        cellule.setCellStyle(style);
    }
}
