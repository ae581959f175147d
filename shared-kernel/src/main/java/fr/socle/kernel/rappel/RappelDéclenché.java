package fr.socle.kernel.rappel;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Le rappel a sonné, une fois pour toutes. L'alerte de {@code gerePar}, et son e-mail si
 * {@code alerteMail}, sont consignés par cet événement.
 */
@Revision("1")
public record RappelDéclenché(String rappelId, LocalDate jour, String gerePar, boolean alerte, boolean alerteMail) {}
