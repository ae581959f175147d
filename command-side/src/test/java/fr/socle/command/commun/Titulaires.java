package fr.socle.command.commun;

import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Siret;
import fr.socle.kernel.valeur.Telephone;

/** Les titulaires de dossier des tests du côté commande : une personne et une entreprise valides. */
public final class Titulaires {

    public static final Personne JEANNE = new Personne(
            Civilite.MME,
            "Jeanne",
            "Martin",
            new Email("jeanne.martin@exemple.fr"),
            Telephone.mobile("0612345678"),
            null);
    public static final Entreprise ACME = new Entreprise("ACME", new Siret("73282932000074"), null);

    private Titulaires() {}
}
