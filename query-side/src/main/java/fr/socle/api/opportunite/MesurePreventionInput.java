package fr.socle.api.opportunite;

import fr.socle.kernel.opportunite.MesurePrevention;

public record MesurePreventionInput(String situation, String mesure) {
    MesurePrevention lire() {
        return new MesurePrevention(situation, mesure);
    }
}
