package fr.socle.api.piece;

import fr.socle.api.commun.ErreursExports;
import fr.socle.api.commun.PagesMongo;
import fr.socle.api.commun.Roles;
import fr.socle.kernel.piece.Categorie;
import fr.socle.query.piece.ClasseurPieces;
import fr.socle.query.piece.PieceFiltre;
import fr.socle.query.piece.PieceVue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * L'export Excel d'une liste de pièces, avec les filtres de la requête {@code pieces} :
 * {@code GET /exports/pieces.xlsx?dossierId=…&ouverte=true&categorie=PDP}. Mêmes rôles que les lectures.
 */
@RestController
public class ExportPieces implements ErreursExports.Export {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MongoTemplate mongo;
    private final Clock horloge;

    public ExportPieces(MongoTemplate mongo, Clock horloge) {
        this.mongo = mongo;
        this.horloge = horloge;
    }

    @GetMapping("/exports/pieces.xlsx")
    @PreAuthorize(Roles.LECTURE)
    public void exporter(
            @RequestParam(required = false) String dossierId,
            @RequestParam(required = false) Boolean ouverte,
            @RequestParam(required = false) Categorie categorie,
            @RequestParam(required = false) String numero,
            HttpServletResponse reponse)
            throws IOException {
        Query requete = Query.query(new PieceFiltre(dossierId, ouverte, categorie, numero).criteres())
                .with(Sort.by(PagesMongo.POSITION));
        LocalDate aujourdhui = LocalDate.now(horloge);
        reponse.setContentType(XLSX.toString());
        reponse.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("pieces-" + aujourdhui + ".xlsx")
                        .build()
                        .toString());
        try (Stream<PieceVue> pieces = mongo.stream(requete, PieceVue.class)) {
            ClasseurPieces.ecrire(pieces.iterator(), aujourdhui, reponse.getOutputStream());
        }
    }
}
