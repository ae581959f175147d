package fr.socle.api.opportunite;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.opportunite.Mission;
import java.util.List;

public record MissionInput(String prestation, List<String> competences, List<CreneauInput> planning) {
    Mission lire(String missionId) {
        return new Mission(missionId, prestation, competences, Saisie.liste("planning", planning, CreneauInput::lire));
    }
}
