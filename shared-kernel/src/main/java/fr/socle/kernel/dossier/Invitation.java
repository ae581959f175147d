package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Texte;
import java.util.List;
import java.util.Objects;

/** Le dirigeant d'une entreprise cliente invité sur la plateforme, et les thèmes qui lui sont partagés. */
public record Invitation(
        @DonneePersonnelle Email email,
        @DonneePersonnelle String nom,
        @DonneePersonnelle String prenom,
        List<String> themes) {

    public Invitation {
        Refus.obligatoire(email, "email", "L'e-mail du dirigeant est obligatoire");
        nom = Texte.obligatoire(nom, "nom");
        prenom = Texte.obligatoire(prenom, "prenom");
        themes = themes == null
                ? List.of()
                : themes.stream()
                        .map(t -> Texte.facultatif(t, "themes"))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
    }
}
