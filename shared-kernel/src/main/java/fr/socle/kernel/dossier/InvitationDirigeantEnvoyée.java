package fr.socle.kernel.dossier;

import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.valeur.Email;
import org.axonframework.serialization.Revision;

/** L'invitation du dirigeant est partie (l'envoi est consigné, pas effectué par le moteur). */
@Revision("1")
public record InvitationDirigeantEnvoyée(
        String dossierId, @DonneePersonnelle Email email) {}
