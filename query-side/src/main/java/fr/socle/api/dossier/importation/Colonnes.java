package fr.socle.api.dossier.importation;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Siret;
import fr.socle.kernel.valeur.Telephone;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Les colonnes nommées par l'en-tête d'un fichier d'import, dans n'importe quel ordre et sans distinction
 * de casse, et la lecture d'une ligne en titulaire avec les règles de l'API.
 */
public record Colonnes(Map<String, Integer> positions, int nombre) {

    private static final List<String> PERSONNE = List.of("prenom", "nom", "email", "mobile");
    private static final List<String> ENTREPRISE = List.of("raisonsociale", "siret");

    public static Colonnes lire(List<String> entete) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < entete.size(); i++) {
            positions.put(entete.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        }
        if (!positions.keySet().containsAll(PERSONNE) && !positions.keySet().containsAll(ENTREPRISE)) {
            throw Refus.invalide(
                    "COLONNE_MANQUANTE",
                    "La première ligne doit nommer les colonnes "
                            + "prenom;nom;email;mobile et/ou raisonSociale;siret");
        }
        return new Colonnes(positions, entete.size());
    }

    /** Une ligne dont la raison sociale ou le SIRET est rempli est une entreprise, sinon une personne. */
    public Titulaire titulaire(List<String> valeurs) {
        if (valeurs.size() != nombre) {
            throw Refus.invalide(
                    "COLONNES_INVALIDES", "La ligne a " + valeurs.size() + " colonne(s), l'en-tête en nomme " + nombre);
        }
        Adresse adresse = valeur(valeurs, "ligne1") == null
                        && valeur(valeurs, "codepostal") == null
                        && valeur(valeurs, "ville") == null
                ? null
                : Saisie.lire(
                        "adresse",
                        () -> new Adresse(
                                valeur(valeurs, "ligne1"), valeur(valeurs, "codepostal"), valeur(valeurs, "ville")));
        if (valeur(valeurs, "raisonsociale") != null || valeur(valeurs, "siret") != null) {
            return new Entreprise(
                    valeur(valeurs, "raisonsociale"),
                    Saisie.obligatoire("siret", valeur(valeurs, "siret"), Siret::new),
                    adresse);
        }
        return new Personne(
                Saisie.facultatif("civilite", valeur(valeurs, "civilite"), Colonnes::civilite),
                valeur(valeurs, "prenom"),
                valeur(valeurs, "nom"),
                Saisie.obligatoire("email", valeur(valeurs, "email"), Email::new),
                Saisie.obligatoire("mobile", valeur(valeurs, "mobile"), Telephone::mobile),
                adresse);
    }

    /**
     * La clé de la ligne dans le système d'origine (colonne facultative {@code cle}), absente si le fichier
     * n'en donne pas : elle fait l'identifiant du dossier de la ligne ({@link CleDeLigne}).
     */
    public String cle(List<String> valeurs) {
        return valeurs.size() == nombre ? valeur(valeurs, "cle") : null;
    }

    private String valeur(List<String> valeurs, String colonne) {
        Integer position = positions.get(colonne);
        return position == null || valeurs.get(position).isBlank()
                ? null
                : valeurs.get(position).strip();
    }

    private static Civilite civilite(String saisie) {
        try {
            return Civilite.valueOf(saisie.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refus.invalide("CIVILITE_INVALIDE", "La civilité « " + saisie + " » n'est ni M ni MME");
        }
    }
}
