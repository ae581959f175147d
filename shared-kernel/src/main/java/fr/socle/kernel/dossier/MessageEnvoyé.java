package fr.socle.kernel.dossier;

import fr.socle.kernel.rgpd.DonneePersonnelle;
import org.axonframework.serialization.Revision;

/** Un e-mail ou un SMS envoyé au sujet du dossier (consigné, pas envoyé par le moteur) ; son statut initial est ENVOYE. */
@Revision("1")
public record MessageEnvoyé(
        String dossierId,
        String messageId,
        CanalMessage canal,
        @DonneePersonnelle String destinataire,
        String objet) {}
