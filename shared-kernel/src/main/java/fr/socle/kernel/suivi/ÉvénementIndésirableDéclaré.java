package fr.socle.kernel.suivi;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ÉvénementIndésirableDéclaré(
        String evenementId,
        String dossierId,
        String intervenantId,
        String encadrant,
        String description,
        LocalDate date) {}
