package fr.socle.command.intervenant;

/**
 * Les dossiers des clients, tels que le magasin d'événements les connaît : un client d'intervenant est un
 * dossier qui existe, pas un identifiant quelconque.
 */
public interface RegistreDossiers {

    /** Vrai si {@code id} désigne un dossier (et non un autre agrégat, ni rien). */
    boolean existe(String id);
}
