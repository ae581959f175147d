package fr.socle.api.intervenant;

import fr.socle.api.commun.AdresseInput;
import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.valeur.Civilite;
import java.util.List;

public record CreerIntervenantInput(
        Civilite civilite,
        String nom,
        String prenom,
        AdresseInput adresse,
        List<String> telephones,
        String email,
        String nir,
        NatureIntervenant nature,
        List<String> competences,
        List<DisponibiliteInput> disponibilites,
        String gerePar) {}
