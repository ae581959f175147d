package fr.socle.kernel.intervenant;

import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Nir;
import fr.socle.kernel.valeur.Telephone;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Crée la fiche ; {@code gerePar} absent désigne l'auteur de la commande, {@code nature} absente vaut SALARIE. */
public record CreerIntervenant(
        @TargetAggregateIdentifier String intervenantId,
        Civilite civilite,
        String nom,
        String prenom,
        Adresse adresse,
        List<Telephone> telephones,
        Email email,
        Nir nir,
        NatureIntervenant nature,
        List<String> competences,
        List<Disponibilite> disponibilites,
        String gerePar) {}
