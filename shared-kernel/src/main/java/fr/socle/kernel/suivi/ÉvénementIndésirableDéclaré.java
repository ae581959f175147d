package fr.socle.kernel.suivi;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ÉvénementIndésirableDéclaré(String evenementId, String dossierId, String intervenantId,
                                          String encadrant, String description, LocalDate date) {
}
