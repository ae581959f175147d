package fr.socle.api.commun;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Les utilisateurs déclarés ({@code socle.securite.utilisateurs}) : là où une saisie nomme un utilisateur
 * (le gestionnaire d'une fiche), ce doit en être un. Vérifié ici, à l'entrée de l'API, le seul endroit où
 * la liste des utilisateurs est connue.
 */
@Component
public class UtilisateursConnus {

    private final Set<String> noms;

    public UtilisateursConnus(Securite.Utilisateurs configuration) {
        this.noms = configuration.utilisateurs().stream()
                .map(Securite.Utilisateur::nom)
                .filter(nom -> nom != null && !nom.isBlank())
                .map(String::strip)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Le nom saisi, sans espaces autour, s'il désigne un utilisateur connu ; {@code null} s'il est absent ou
     * vide (la règle d'obligation ou de défaut reste celle de la commande).
     */
    public String verifier(String saisie, String champ) {
        String nom = Texte.facultatif(saisie, champ);
        if (nom != null && !noms.contains(nom)) {
            throw Refus.invalide(champ, "UTILISATEUR_INCONNU", "« " + nom + " » n'est pas un utilisateur connu");
        }
        return nom;
    }
}
