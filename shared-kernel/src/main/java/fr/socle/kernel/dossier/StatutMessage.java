package fr.socle.kernel.dossier;

import fr.socle.kernel.valeur.CycleDeVie;
import java.util.EnumSet;
import java.util.Set;

/** Le sort d'un e-mail ou d'un SMS envoyé, tel que le prestataire d'envoi le rapporte. */
public enum StatutMessage implements CycleDeVie<StatutMessage> {
    ENVOYE,
    DELIVRE,
    OUVERT,
    BLOQUE,
    ECHEC;

    @Override
    public Set<StatutMessage> suivantsPermis() {
        return switch (this) {
            case ENVOYE -> EnumSet.of(DELIVRE, BLOQUE, ECHEC);
            case DELIVRE -> EnumSet.of(OUVERT);
            case OUVERT, BLOQUE, ECHEC -> EnumSet.noneOf(StatutMessage.class);
        };
    }
}
