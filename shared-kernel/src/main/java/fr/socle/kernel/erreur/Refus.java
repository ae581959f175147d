package fr.socle.kernel.erreur;

/**
 * Un refus métier : une saisie invalide, une règle violée, un objet introuvable. Levé par les types
 * valeur et les agrégats ; il ne produit jamais d'événement.
 */
public class Refus extends RuntimeException {

    private final ErreurClassee erreur;

    public Refus(ErreurClassee erreur) {
        super(erreur.message(), null, false, false);
        this.erreur = erreur;
    }

    public static Refus invalide(String champ, String regle, String message) {
        return new Refus(new ErreurClassee(Classification.BAD_REQUEST, champ, regle, message));
    }

    /** Une valeur invalide dont le champ sera nommé par qui la lit (voir {@link ErreurClassee#sous}). */
    public static Refus invalide(String regle, String message) {
        return invalide(null, regle, message);
    }

    /** Refuse une valeur absente ({@code OBLIGATOIRE}) au nom de {@code champ} ; rend la valeur présente. */
    public static <T> T obligatoire(T valeur, String champ, String message) {
        if (valeur == null) {
            throw invalide(champ, "OBLIGATOIRE", message);
        }
        return valeur;
    }

    public static Refus introuvable(String champ, String message) {
        return new Refus(new ErreurClassee(Classification.NOT_FOUND, champ, "INTROUVABLE", message));
    }

    public static Refus conflit(String champ, String regle, String message) {
        return new Refus(new ErreurClassee(Classification.CONFLICT, champ, regle, message));
    }

    public ErreurClassee erreur() {
        return erreur;
    }

    public Refus sous(String chemin) {
        return new Refus(erreur.sous(chemin));
    }
}
