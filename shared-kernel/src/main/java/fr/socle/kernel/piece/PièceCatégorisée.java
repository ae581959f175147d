package fr.socle.kernel.piece;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PièceCatégorisée(String pieceId, Categorie ancienne, Categorisation categorisation) {}
