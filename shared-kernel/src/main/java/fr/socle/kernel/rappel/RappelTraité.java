package fr.socle.kernel.rappel;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RappelTraité(String rappelId) {}
