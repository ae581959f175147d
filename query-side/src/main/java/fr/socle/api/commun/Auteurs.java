package fr.socle.api.commun;

import fr.socle.query.commun.ConfigurationLecture;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** L'auteur de chaque commande : l'utilisateur authentifié de la requête, inscrit dans ses métadonnées. */
@Configuration
public class Auteurs {

    /**
     * Chaque commande porte l'utilisateur authentifié qui l'a émise ; ses événements en héritent. Une
     * commande émise hors requête (politique réagissant à un événement, planificateur) garde l'auteur
     * qu'elle porte déjà : celui de l'événement qui l'a causée, ou le nom du processus.
     */
    @Autowired
    public void signerLesCommandes(CommandGateway commandes) {
        commandes.registerDispatchInterceptor((MessageDispatchInterceptor<CommandMessage<?>>)
                messages -> (i, commande) -> auteurCourant().equals(ConfigurationLecture.ANONYME)
                                && commande.getMetaData().containsKey(ConfigurationLecture.AUTEUR)
                        ? commande
                        : commande.andMetaData(Map.of(ConfigurationLecture.AUTEUR, auteurCourant())));
    }

    public static String auteurCourant() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth.getName() == null
                ? ConfigurationLecture.ANONYME
                : auth.getName();
    }
}
