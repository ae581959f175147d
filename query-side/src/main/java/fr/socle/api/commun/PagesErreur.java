package fr.socle.api.commun;

import fr.socle.kernel.erreur.Classification;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Les réponses d'erreur hors GraphQL (chemin inconnu, méthode refusée…), au format du contrat. Appelée
 * directement, sans erreur en cours, la page d'erreur n'est qu'un chemin inconnu : 404, jamais 500.
 */
@RestController
public class PagesErreur implements ErrorController {

    @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> erreur(HttpServletRequest requete) {
        HttpStatus statut = statut(requete.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        Map<String, Object> erreur = Map.of(
                "message",
                statut == HttpStatus.NOT_FOUND ? "Aucune ressource à ce chemin" : statut.getReasonPhrase(),
                "extensions",
                Map.of("classification", classification(statut).name()));
        return ResponseEntity.status(statut)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(erreur)));
    }

    private static HttpStatus statut(Object code) {
        if (!(code instanceof Integer valeur)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus connu = HttpStatus.resolve(valeur);
        return connu == null ? HttpStatus.INTERNAL_SERVER_ERROR : connu;
    }

    private static Classification classification(HttpStatus statut) {
        return switch (statut) {
            case NOT_FOUND -> Classification.NOT_FOUND;
            case UNAUTHORIZED -> Classification.UNAUTHORIZED;
            case FORBIDDEN -> Classification.FORBIDDEN;
            case CONFLICT -> Classification.CONFLICT;
            default -> statut.is4xxClientError() ? Classification.BAD_REQUEST : Classification.INTERNAL_ERROR;
        };
    }
}
