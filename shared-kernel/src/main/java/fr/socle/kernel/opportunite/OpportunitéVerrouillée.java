package fr.socle.kernel.opportunite;

import org.axonframework.serialization.Revision;

/** L'opportunité ne change plus ; son contenu se poursuit dans la copie {@code copieId}. */
@Revision("1")
public record OpportunitéVerrouillée(String opportuniteId, String copieId) {}
