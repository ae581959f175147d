package fr.socle.api.dossier.importation;

import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.valeur.Adresse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * L'identifiant du dossier d'une ligne importée, tiré de sa clé : le même fichier importé deux fois, ou
 * repris après un arrêt, retrouve les mêmes dossiers au lieu d'en créer de nouveaux. La clé est celle
 * que le système d'origine donne à la ligne (colonne {@code cle}) ; à défaut, les valeurs de la ligne
 * telles que les règles les normalisent (e-mail en minuscules, mobile au format international…), si bien
 * que deux lignes identiques d'un fichier sans clé désignent un seul dossier.
 *
 * <p>L'identifiant est un UUID nommé (version 3 du JDK, {@link UUID#nameUUIDFromBytes}) sur la clé préfixée
 * d'un espace propre à l'import de dossiers.
 */
final class CleDeLigne {

    /** L'espace de noms des dossiers importés ; le changer redonnerait un nouveau dossier à chaque ligne déjà importée. */
    private static final UUID ESPACE = UUID.fromString("5b0b3c1e-8f4a-4d2e-9c61-2f7d0a9e4b13");

    /** Sépare les valeurs : aucune saisie d'une ligne de CSV ne le contient sans que le résultat change de sens. */
    private static final char SEPARATEUR = '\u001F';

    private CleDeLigne() {}

    /**
     * @param cle la clé de la ligne dans le système d'origine, absente ({@code null}) si le fichier n'en donne pas
     */
    static String dossierId(String cle, Titulaire titulaire) {
        return uuid(cle != null ? "cle" + SEPARATEUR + cle : "valeurs" + SEPARATEUR + valeurs(titulaire));
    }

    private static String valeurs(Titulaire titulaire) {
        StringBuilder valeurs = new StringBuilder();
        if (titulaire instanceof Personne p) {
            ajouter(
                    valeurs,
                    "personne",
                    p.civilite(),
                    p.prenom(),
                    p.nom(),
                    p.email().valeur(),
                    p.mobile().valeur());
            adresse(valeurs, p.adresse());
        } else if (titulaire instanceof Entreprise e) {
            ajouter(valeurs, "entreprise", e.raisonSociale(), e.siret().valeur());
            adresse(valeurs, e.adresse());
        }
        return valeurs.toString();
    }

    private static void adresse(StringBuilder valeurs, Adresse adresse) {
        if (adresse != null) {
            ajouter(valeurs, adresse.ligne1(), adresse.codePostal(), adresse.ville());
        }
    }

    private static void ajouter(StringBuilder valeurs, Object... champs) {
        for (Object champ : champs) {
            valeurs.append(Objects.toString(champ, "")).append(SEPARATEUR);
        }
    }

    private static String uuid(String nom) {
        return UUID.nameUUIDFromBytes((ESPACE.toString() + SEPARATEUR + nom).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
