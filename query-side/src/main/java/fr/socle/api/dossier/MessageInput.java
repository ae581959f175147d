package fr.socle.api.dossier;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.CanalMessage;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;

public record MessageInput(CanalMessage canal, String destinataire, String objet) {
    /** Le destinataire a la forme de son canal : une adresse e-mail ou un mobile. */
    String destinataireLu() {
        return Saisie.obligatoire(
                "destinataire",
                destinataire,
                d -> canal == CanalMessage.SMS ? Telephone.mobile(d).valeur() : new Email(d).valeur());
    }
}
