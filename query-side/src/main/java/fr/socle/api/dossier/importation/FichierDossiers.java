package fr.socle.api.dossier.importation;

import fr.socle.kernel.erreur.Refus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Un fichier d'import de dossiers lu en lignes de cellules, le même pour la ligne de commande et l'API :
 * ses colonnes (l'en-tête) et ses lignes de données numérotées comme l'utilisateur les voit (l'en-tête est
 * la ligne 1). Les lignes vides restent, pour que la numérotation et l'avancement suivent le fichier.
 *
 * @param lignes les lignes de données, dans l'ordre du fichier
 */
public record FichierDossiers(Colonnes colonnes, List<Ligne> lignes) {

    /** Une ligne de données et ses cellules. */
    public record Ligne(int numero, List<String> valeurs) {
        public boolean vide() {
            return valeurs.stream().allMatch(String::isBlank);
        }
    }

    /** Le premier octet d'une archive ZIP, donc d'un classeur XLSX. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final String SEPARATEUR = ";";

    /**
     * @param lignesMax au-delà, le fichier est refusé (FICHIER_TROP_GROS) sans être lu plus loin
     * @throws Refus FICHIER_VIDE, FICHIER_ILLISIBLE, COLONNE_MANQUANTE ou FICHIER_TROP_GROS, sans champ : le
     *               fichier entier est en cause
     */
    public static FichierDossiers lire(byte[] octets, FormatImport format, int lignesMax) {
        List<List<String>> lignes = format == FormatImport.XLSX ? classeur(octets, lignesMax) : csv(octets, lignesMax);
        if (lignes.stream().allMatch(l -> l.stream().allMatch(String::isBlank))) {
            throw Refus.invalide("FICHIER_VIDE", "Le fichier est vide : sa première ligne doit nommer les colonnes");
        }
        Colonnes colonnes = Colonnes.lire(lignes.get(0));
        List<Ligne> donnees = new ArrayList<>(lignes.size() - 1);
        for (int i = 1; i < lignes.size(); i++) {
            List<String> valeurs = lignes.get(i);
            // Un classeur n'enregistre pas les cellules vides de fin de ligne ; un CSV, lui, doit les séparer.
            if (format == FormatImport.XLSX && valeurs.size() < colonnes.nombre()) {
                List<String> completees = new ArrayList<>(valeurs);
                completees.addAll(Collections.nCopies(colonnes.nombre() - valeurs.size(), ""));
                valeurs = List.copyOf(completees);
            }
            donnees.add(new Ligne(i + 1, valeurs));
        }
        return new FichierDossiers(colonnes, donnees);
    }

    private static List<List<String>> csv(byte[] octets, int lignesMax) {
        if (commencePar(octets, ZIP)) {
            throw illisible("Ce fichier est un classeur (XLSX), pas un CSV : choisissez le format XLSX");
        }
        String texte;
        try {
            texte = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets))
                    .toString();
        } catch (CharacterCodingException e) {
            throw illisible("Le fichier CSV n'est pas en UTF-8");
        }
        List<String> brutes = new ArrayList<>(Arrays.asList(texte.split("\\R", -1)));
        // Comme un éditeur de texte : un saut de ligne final ne fait pas une ligne de plus.
        if (brutes.size() > 1 && brutes.get(brutes.size() - 1).isEmpty()) {
            brutes.remove(brutes.size() - 1);
        }
        borner(brutes.size(), lignesMax);
        return brutes.stream().map(l -> List.of(l.split(SEPARATEUR, -1))).toList();
    }

    /**
     * La première feuille lue en flux (SAX) : un classeur de quelques mégaoctets chargé en entier par POI
     * occuperait des centaines de mégaoctets de mémoire. Chaque cellule est lue comme Excel l'affiche (un
     * numéro de mobile saisi en nombre perd son zéro initial, comme à l'écran).
     */
    private static List<List<String>> classeur(byte[] octets, int lignesMax) {
        if (!commencePar(octets, ZIP)) {
            throw illisible("Ce fichier n'est pas un classeur XLSX");
        }
        Feuille feuille = new Feuille(lignesMax);
        try (OPCPackage paquet = OPCPackage.open(new ByteArrayInputStream(octets))) {
            XSSFReader lecteur = new XSSFReader(paquet);
            Iterator<InputStream> feuilles = lecteur.getSheetsData();
            if (!feuilles.hasNext()) {
                throw illisible("Le classeur n'a aucune feuille");
            }
            try (InputStream premiere = feuilles.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(
                        lecteur.getStylesTable(),
                        new ReadOnlySharedStringsTable(paquet),
                        feuille,
                        new DataFormatter(),
                        false));
                xml.parse(new InputSource(premiere));
            }
        } catch (Refus refus) {
            throw refus;
        } catch (Exception e) {
            // POI signale un classeur abîmé par toutes sortes d'exceptions (ZIP, XML, format) : toutes disent la même
            // chose.
            if (e.getCause() instanceof Refus refus) {
                throw refus;
            }
            throw illisible("Le classeur XLSX est illisible");
        }
        return feuille.lignes;
    }

    /** Les lignes de la feuille, les lignes absentes du classeur comptées comme vides. */
    private static final class Feuille implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<List<String>> lignes = new ArrayList<>();
        final int lignesMax;
        TreeMap<Integer, String> cellules;

        Feuille(int lignesMax) {
            this.lignesMax = lignesMax;
        }

        @Override
        public void startRow(int rang) {
            borner(rang + 1, lignesMax);
            while (lignes.size() < rang) {
                lignes.add(List.of());
            }
            cellules = new TreeMap<>();
        }

        @Override
        public void endRow(int rang) {
            String[] valeurs = new String[cellules.isEmpty() ? 0 : cellules.lastKey() + 1];
            Arrays.fill(valeurs, "");
            cellules.forEach((colonne, valeur) -> valeurs[colonne] = valeur);
            lignes.add(List.of(valeurs));
        }

        @Override
        public void cell(String reference, String valeur, XSSFComment commentaire) {
            if (valeur != null && !valeur.isBlank()) {
                cellules.put((int) new CellReference(reference).getCol(), valeur);
            }
        }
    }

    private static void borner(int lignes, int lignesMax) {
        // L'en-tête ne compte pas.
        if (lignes - 1 > lignesMax) {
            throw Refus.invalide("FICHIER_TROP_GROS", "Le fichier a plus de " + lignesMax + " lignes de données");
        }
    }

    private static boolean commencePar(byte[] octets, byte[] debut) {
        return octets.length >= debut.length && Arrays.equals(octets, 0, debut.length, debut, 0, debut.length);
    }

    private static Refus illisible(String message) {
        return Refus.invalide("FICHIER_ILLISIBLE", message);
    }
}
