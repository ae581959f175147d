package fr.socle.query.rappel;

import fr.socle.kernel.erreur.Classification;
import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.rappel.DeclencherRappel;
import fr.socle.kernel.rappel.SituationRappel;
import fr.socle.query.commun.ConfigurationLecture;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fait sonner les rappels dus. L'échéance vit dans les événements du rappel, et le modèle de lecture
 * qu'on interroge ici se reconstruit depuis eux : un redémarrage ne perd aucun rappel. Un rappel vu dû
 * deux fois (tour suivant avant projection, plusieurs instances) est refusé la seconde fois par
 * l'agrégat : il sonne exactement une fois.
 */
@Component
@EnableScheduling
public class PlanificateurRappels {

    /** L'auteur des déclenchements dans l'historique. */
    public static final String AUTEUR = "planificateur-rappels";

    private static final Logger LOG = LoggerFactory.getLogger(PlanificateurRappels.class);

    private final MongoTemplate mongo;
    private final CommandGateway commandes;
    private final Clock horloge;

    public PlanificateurRappels(MongoTemplate mongo, CommandGateway commandes, Clock horloge) {
        this.mongo = mongo;
        this.commandes = commandes;
        this.horloge = horloge;
    }

    /** Un tour : déclenche chaque rappel dû et pas encore sonné ; rend le nombre de rappels qui ont sonné. */
    @Scheduled(
            fixedDelayString = "${socle.rappels.intervalle:PT1M}",
            initialDelayString = "${socle.rappels.delai-initial:PT15S}")
    public int declencherLesRappelsDus() {
        LocalDate jour = LocalDate.now(horloge);
        Query dus = Query.query(Criteria.where("declenche")
                .is(false)
                .and("situation")
                .is(SituationRappel.A_TRAITER)
                .and("echeance")
                .lte(jour));
        List<RappelVue> aSonner;
        try {
            aSonner = mongo.find(dus, RappelVue.class);
        } catch (DataAccessResourceFailureException injoignable) {
            // Une ligne par tour, sans pile d'appels : la santé « mongo » dit déjà la panne, et le tour suivant
            // retrouvera les mêmes rappels dus.
            LOG.warn(
                    "MongoDB injoignable (rappels dus) : {} ; nouvel essai au prochain tour",
                    injoignable.getClass().getSimpleName());
            return 0;
        }
        int sonnes = 0;
        for (RappelVue rappel : aSonner) {
            try {
                commandes.sendAndWait(GenericCommandMessage.asCommandMessage(new DeclencherRappel(rappel.id(), jour))
                        .andMetaData(Map.of(ConfigurationLecture.AUTEUR, AUTEUR)));
                sonnes++;
            } catch (RuntimeException e) {
                boolean dejaFait = Classifieur.classer(e)
                        .filter(erreur -> erreur.classification() == Classification.CONFLICT)
                        .isPresent();
                if (dejaFait) {
                    LOG.debug("Rappel {} non déclenché : {}", rappel.id(), e.getMessage());
                } else {
                    LOG.warn("Rappel {} non déclenché, nouvel essai au prochain tour", rappel.id(), e);
                }
            }
        }
        return sonnes;
    }
}
