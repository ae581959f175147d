package fr.socle.api.commun;

import fr.socle.kernel.erreur.Classification;
import fr.socle.kernel.erreur.ErreurClassee;
import fr.socle.kernel.erreur.Refus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Les refus des exports HTTP (classeurs Excel) ont la forme des erreurs GraphQL : classification, champ,
 * règle. Un export se déclare en implémentant {@link Export}.
 */
@RestControllerAdvice(assignableTypes = ErreursExports.Export.class)
public class ErreursExports {

    /** Un point HTTP qui rend un fichier à partir des modèles de lecture. */
    public interface Export {}

    @ExceptionHandler(Refus.class)
    public ResponseEntity<ErreurClassee> refus(Refus refus) {
        ErreurClassee erreur = refus.erreur();
        HttpStatus statut =
                erreur.classification() == Classification.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(statut)
                .contentType(MediaType.APPLICATION_JSON)
                .body(erreur);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ErreurClassee> parametreInvalide(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErreurClassee(
                        Classification.BAD_REQUEST,
                        e.getName(),
                        "VALEUR_INCONNUE",
                        "Valeur invalide pour " + e.getName()));
    }
}
