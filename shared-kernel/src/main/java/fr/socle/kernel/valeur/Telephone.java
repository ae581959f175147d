package fr.socle.kernel.valeur;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.rgpd.DonneePersonnelle;

/**
 * Un numéro de téléphone français, normalisé en dix chiffres ({@code 0612345678}) quelle que soit la
 * saisie : espaces, points, tirets, préfixe {@code +33} ou {@code 0033}.
 */
public record Telephone(@JsonValue String valeur) {

    /** Un numéro effacé (RGPD) se relit tel quel. */
    @JsonCreator
    public Telephone {
        valeur = DonneePersonnelle.EFFACEE.equals(valeur) ? valeur : normaliser(valeur, "TELEPHONE_INVALIDE");
    }

    /** Un mobile : un numéro en 06 ou 07. */
    public static Telephone mobile(String saisie) {
        Telephone telephone = new Telephone(normaliser(saisie, "MOBILE_INVALIDE"));
        if (!telephone.estMobile()) {
            throw Refus.invalide("MOBILE_INVALIDE", "Le numéro " + telephone + " n'est pas un mobile (06 ou 07)");
        }
        return telephone;
    }

    public boolean estMobile() {
        return valeur.startsWith("06") || valeur.startsWith("07");
    }

    private static String normaliser(String saisie, String regle) {
        if (saisie == null || saisie.isBlank()) {
            throw Refus.invalide("OBLIGATOIRE", "Le numéro de téléphone est obligatoire");
        }
        if (saisie.length() > 30) {
            throw Refus.invalide(regle, "Le numéro de téléphone est trop long");
        }
        String chiffres = saisie.strip().replaceAll("[\\s.\\-()]", "");
        if (chiffres.startsWith("+33")) {
            chiffres = "0" + chiffres.substring(3);
        } else if (chiffres.startsWith("0033")) {
            chiffres = "0" + chiffres.substring(4);
        }
        if (!chiffres.matches("0[1-9][0-9]{8}")) {
            throw Refus.invalide(regle, "« " + Email.abrege(saisie) + " » n'est pas un numéro français à dix chiffres");
        }
        return chiffres;
    }

    @Override
    public String toString() {
        return valeur;
    }
}
