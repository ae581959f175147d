package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Une note de suivi : obligatoire, 5 000 caractères au plus (une note n'est pas un document). */
public record AjouterNote(
        @TargetAggregateIdentifier String dossierId,
        String noteId,
        String texte,
        @TargetAggregateVersion Long versionAttendue) {

    public static final int LONGUEUR_MAX = 5000;

    public AjouterNote {
        if (texte == null || texte.isBlank()) {
            throw Refus.invalide("texte", "OBLIGATOIRE", "Le texte de la note est obligatoire");
        }
        texte = texte.strip();
        if (texte.length() > LONGUEUR_MAX) {
            throw Refus.invalide("texte", "TROP_LONG", "Une note compte au plus " + LONGUEUR_MAX + " caractères");
        }
        Texte.verifierCaracteres(texte, "texte", true);
    }
}
