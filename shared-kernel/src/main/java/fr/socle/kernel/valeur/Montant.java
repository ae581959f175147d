package fr.socle.kernel.valeur;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.socle.kernel.erreur.Refus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Une somme d'argent en euros, exacte : un décimal à deux chiffres après la virgule, jamais un
 * flottant binaire. Peut être nulle (un solde réglé) ; {@link #positif} exige plus que zéro. C'est la
 * seule maison de ces règles : le scalaire GraphQL {@code Montant} produit ce type, rien ne les revérifie.
 */
public record Montant(@JsonValue BigDecimal valeur) implements Comparable<Montant> {

    private static final Pattern SYNTAXE = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]{1,40})?");
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
            throw Refus.invalide(
                    "MONTANT_INVALIDE",
                    "Un montant a au plus deux chiffres après la virgule : " + valeur.toPlainString());
        }
        if (valeur.abs().compareTo(PLAFOND) >= 0) {
            throw Refus.invalide("MONTANT_INVALIDE", "Le montant " + valeur.toPlainString() + " est démesuré");
        }
    }

    /** Un montant écrit en texte : des chiffres, un point décimal facultatif, jamais d'exposant ni de virgule. */
    public static Montant lire(String texte) {
        String saisie = texte.strip();
        if (!SYNTAXE.matcher(saisie).matches()) {
            throw Refus.invalide(
                    "MONTANT_INVALIDE", "Un montant s'écrit en chiffres avec un point décimal, par exemple 1250.00");
        }
        return new Montant(new BigDecimal(saisie));
    }

    /** Ce montant, s'il est strictement positif (ce qu'on facture, paie ou promet) ; {@code champ} nomme la saisie refusée. */
    public Montant positif(String champ) {
        if (valeur.signum() <= 0) {
            throw Refus.invalide(champ, "MONTANT_NON_POSITIF", "Le montant " + champ + " doit être positif : " + this);
        }
        return this;
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

    @Override
    public String toString() {
        return valeur.toPlainString();
    }
}
