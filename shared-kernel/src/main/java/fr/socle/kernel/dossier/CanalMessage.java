package fr.socle.kernel.dossier;

public enum CanalMessage {
    EMAIL,
    SMS
}
