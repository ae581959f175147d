package fr.socle.kernel.intervenant;

import fr.socle.kernel.valeur.Email;
import org.axonframework.serialization.Revision;

@Revision("1")
public record EmailIntervenantEnregistré(String intervenantId, String emailId, Email destinataire, String objet) {}
