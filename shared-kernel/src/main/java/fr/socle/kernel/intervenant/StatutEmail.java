package fr.socle.kernel.intervenant;

import java.util.EnumSet;
import java.util.Set;

/**
 * L'état d'un e-mail envoyé à un intervenant : délivré à l'envoi, puis ouvert par le destinataire
 * ou bloqué par sa messagerie. Ouvert et bloqué sont finaux.
 */
public enum StatutEmail {
    DELIVRE,
    OUVERT,
    BLOQUE;

    public Set<StatutEmail> suivantsPermis() {
        return this == DELIVRE ? EnumSet.of(OUVERT, BLOQUE) : EnumSet.noneOf(StatutEmail.class);
    }
}
