package fr.socle.kernel.intervenant;

import fr.socle.kernel.valeur.CycleDeVie;
import java.util.EnumSet;
import java.util.Set;

/**
 * L'état d'un e-mail envoyé à un intervenant : délivré à l'envoi, puis ouvert par le destinataire
 * ou bloqué par sa messagerie. Ouvert et bloqué sont finaux.
 */
public enum StatutEmail implements CycleDeVie<StatutEmail> {
    DELIVRE,
    OUVERT,
    BLOQUE;

    @Override
    public Set<StatutEmail> suivantsPermis() {
        return this == DELIVRE ? EnumSet.of(OUVERT, BLOQUE) : EnumSet.noneOf(StatutEmail.class);
    }
}
