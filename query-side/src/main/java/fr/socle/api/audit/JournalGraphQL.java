package fr.socle.api.audit;

import fr.socle.api.commun.Connexion;
import fr.socle.api.commun.Curseur;
import fr.socle.api.commun.Roles;
import fr.socle.query.audit.Evenement;
import fr.socle.query.audit.JournalFiltre;
import fr.socle.query.audit.SourceJournal;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Le journal : tous les événements du magasin, dans l'ordre, filtrés, paginés par leur position globale. */
@Controller
public class JournalGraphQL {

    private final SourceJournal source;

    /** @param source la lecture générique, ou celle, plus rapide, propre au magasin s'il en déclare une ({@code @Primary}) */
    public JournalGraphQL(SourceJournal source) {
        this.source = source;
    }

    @QueryMapping
    @PreAuthorize(Roles.AUDIT)
    public Connexion<Evenement> journal(
            @Argument JournalFiltre filtre, @Argument Integer first, @Argument String after) {
        int taille = Curseur.taille(first);
        long apres = Curseur.decoder(after);
        JournalFiltre criteres = filtre == null ? JournalFiltre.TOUT : filtre;
        List<Evenement> lus = taille == 0 ? List.of() : source.lire(criteres, apres, taille + 1);
        return Connexion.depuis(lus, taille, Evenement::position, source.compter(criteres), after);
    }
}
