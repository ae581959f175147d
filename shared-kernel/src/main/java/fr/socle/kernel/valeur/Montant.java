package fr.socle.kernel.valeur;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.socle.kernel.erreur.Refus;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Une somme d'argent en euros, exacte : un décimal à deux chiffres après la virgule, jamais un
 * flottant binaire. Peut être nulle (un solde réglé) ; {@link #positif} exige plus que zéro.
 */
public record Montant(BigDecimal valeur) implements Comparable<Montant> {

    private static final BigDecimal PLAFOND = new BigDecimal("1000000000000");
    public static final Montant ZERO = new Montant(BigDecimal.ZERO);

    @JsonCreator
    public Montant {
        if (valeur == null) {
            throw Refus.invalide("OBLIGATOIRE", "Le montant est obligatoire");
        }
        try {
            valeur = valeur.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw Refus.invalide("MONTANT_INVALIDE", "Un montant a au plus deux chiffres après la virgule : " + valeur.toPlainString());
        }
        if (valeur.abs().compareTo(PLAFOND) >= 0) {
            throw Refus.invalide("MONTANT_INVALIDE", "Le montant " + valeur.toPlainString() + " est démesuré");
        }
    }

    /** Un montant strictement positif : ce qu'on facture, paie ou promet. */
    public static Montant positif(BigDecimal valeur) {
        Montant montant = new Montant(valeur);
        if (montant.valeur.signum() <= 0) {
            throw Refus.invalide("MONTANT_NON_POSITIF", "Le montant doit être positif : " + montant);
        }
        return montant;
    }

    public Montant plus(Montant autre) {
        return new Montant(valeur.add(autre.valeur));
    }

    public Montant moins(Montant autre) {
        return new Montant(valeur.subtract(autre.valeur));
    }

    public boolean estNul() {
        return valeur.signum() == 0;
    }

    public boolean depasse(Montant autre) {
        return compareTo(autre) > 0;
    }

    @Override
    public int compareTo(Montant autre) {
        return valeur.compareTo(autre.valeur);
    }

    @JsonValue
    @Override
    public BigDecimal valeur() {
        return valeur;
    }

    @Override
    public String toString() {
        return valeur.toPlainString();
    }
}
