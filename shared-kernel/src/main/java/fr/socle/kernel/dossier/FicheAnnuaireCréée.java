package fr.socle.kernel.dossier;

import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import org.axonframework.serialization.Revision;

/** Une fiche de l'annuaire est créée (e-mail et mobile absents pour une fiche créée à la volée). */
@Revision("1")
public record FicheAnnuaireCréée(String ficheId, TypeFiche type, Civilite civilite, String nom, String prenom, Email email, Telephone mobile) {
}
