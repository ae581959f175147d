package fr.socle.kernel.intervenant;

import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Nir;
import fr.socle.kernel.valeur.Telephone;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IntervenantCréé(
        String intervenantId,
        Civilite civilite,
        @DonneePersonnelle String nom,
        @DonneePersonnelle String prenom,
        @DonneePersonnelle Adresse adresse,
        @DonneePersonnelle List<Telephone> telephones,
        @DonneePersonnelle Email email,
        @DonneePersonnelle Nir nir,
        NatureIntervenant nature,
        List<String> competences,
        List<Disponibilite> disponibilites,
        String gerePar) {}
