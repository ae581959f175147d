package fr.socle.kernel.valeur;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.socle.kernel.erreur.Refus;

/** Un SIRET : 14 chiffres dont la clé de Luhn est juste (les espaces de la saisie sont ignorés). */
public record Siret(@JsonValue String valeur) {

    @JsonCreator
    public Siret {
        if (valeur == null || valeur.isBlank()) {
            throw Refus.invalide("OBLIGATOIRE", "Le SIRET est obligatoire");
        }
        valeur = valeur.replaceAll("\\s", "");
        if (!valeur.matches("[0-9]{14}")) {
            throw Refus.invalide("SIRET_INVALIDE", "Un SIRET compte exactement 14 chiffres");
        }
        if (!luhn(valeur)) {
            throw Refus.invalide("SIRET_INVALIDE", "Le SIRET " + valeur + " a une clé de contrôle fausse (Luhn)");
        }
    }

    static boolean luhn(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            int chiffre = chiffres.charAt(chiffres.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                chiffre *= 2;
                if (chiffre > 9) {
                    chiffre -= 9;
                }
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }

    @Override
    public String toString() {
        return valeur;
    }
}
