package fr.socle.query.dossier;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Une note d'un dossier, rangée sous la clé {@code dossierId/rang} : les notes d'un dossier se lisent par
 * leurs clés (index {@code _id}), sans index secondaire, et en ajouter une ne réécrit pas le dossier.
 *
 * @param noteId l'identifiant donné par l'agrégat, celui que voit le client
 */
@Document("notesDossiers")
public record NoteDossierVue(
        @Id String cle, String noteId, String dossierId, int rang, String texte, String auteur, Instant horodatage) {

    static String cle(String dossierId, int rang) {
        return dossierId + "/" + rang;
    }

    /** Les clés des notes d'un dossier, de la première à la dernière. */
    public static List<String> cles(String dossierId, int nombre) {
        return IntStream.rangeClosed(1, nombre)
                .mapToObj(rang -> cle(dossierId, rang))
                .toList();
    }
}
