package fr.socle.kernel.ecriture;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * La réponse du bus de commandes : la nouvelle version (le numéro de séquence du dernier événement) de
 * chaque agrégat qu'une commande a écrit. Qui l'a envoyée attend ses modèles de lecture à ces versions
 * sans relire le magasin ; un agrégat absent n'a rien reçu.
 * <p>
 * Les événements d'une commande ne sont connus du magasin qu'à la préparation de sa validation, après
 * son traitement : la réponse se remplit alors, avant d'être rendue à l'expéditeur.
 */
public final class VersionsEcrites {

    private final Map<String, Long> versions;

    public VersionsEcrites() {
        this(Map.of());
    }

    @JsonCreator
    public VersionsEcrites(@JsonProperty("versions") Map<String, Long> versions) {
        this.versions = new ConcurrentHashMap<>(versions == null ? Map.of() : versions);
    }

    public void noter(String aggregatId, long sequence) {
        versions.merge(aggregatId, sequence, Math::max);
    }

    public OptionalLong de(String aggregatId) {
        Long version = versions.get(aggregatId);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    @JsonProperty("versions")
    public Map<String, Long> versions() {
        return Map.copyOf(versions);
    }

    @Override
    public String toString() {
        return "VersionsEcrites" + versions;
    }
}
