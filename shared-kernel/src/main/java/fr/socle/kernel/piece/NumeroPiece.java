package fr.socle.kernel.piece;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.util.Locale;

/** Le numéro d'une pièce, tel que la comptabilité l'a donné ; unique dans son dossier, sans distinction de casse. */
public record NumeroPiece(@JsonValue String valeur) {

    public static final int LONGUEUR_MAX = 40;

    @JsonCreator
    public NumeroPiece {
        if (valeur == null || valeur.isBlank()) {
            throw Refus.invalide("OBLIGATOIRE", "Le numéro de pièce est obligatoire");
        }
        valeur = valeur.strip();
        if (valeur.length() > LONGUEUR_MAX) {
            throw Refus.invalide("TROP_LONG", "Un numéro de pièce a au plus " + LONGUEUR_MAX + " caractères");
        }
        Texte.verifierCaracteres(valeur, null, false);
    }

    /** La forme sous laquelle deux numéros sont comparés : « f-001 » et « F-001 » sont le même numéro. */
    public String cle() {
        return valeur.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return valeur;
    }
}
