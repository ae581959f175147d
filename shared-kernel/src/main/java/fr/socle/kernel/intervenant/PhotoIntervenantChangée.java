package fr.socle.kernel.intervenant;

import fr.socle.kernel.rgpd.DonneePersonnelle;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PhotoIntervenantChangée(
        String intervenantId, @DonneePersonnelle Photo photo) {}
