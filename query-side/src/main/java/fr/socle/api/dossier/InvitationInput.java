package fr.socle.api.dossier;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.Invitation;
import fr.socle.kernel.valeur.Email;
import java.util.List;

/** {@code envoyer} absent vaut vrai : la case « inviter maintenant » est cochée par défaut. */
public record InvitationInput(String email, String nom, String prenom, List<String> themes, Boolean envoyer) {
    Invitation lire() {
        return new Invitation(Saisie.obligatoire("email", email, Email::new), nom, prenom, themes);
    }

    boolean envoyerMaintenant() {
        return envoyer == null || envoyer;
    }
}
