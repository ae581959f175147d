package fr.socle.kernel.suivi;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ÉvénementIndésirableTraité(String evenementId) {}
