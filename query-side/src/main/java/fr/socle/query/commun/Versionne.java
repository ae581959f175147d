package fr.socle.query.commun;

/** Un modèle de lecture qui sait jusqu'à quel événement de son agrégat il a été projeté. */
public interface Versionne {
    long version();
}
