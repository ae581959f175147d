package fr.socle.kernel.intervenant;

/** Un ordre adressé à un rendez-vous existant de l'intervenant, qu'il désigne par son identifiant. */
public interface CommandeRendezVous {

    String rendezVousId();
}
