package fr.socle.kernel.valeur;

import fr.socle.kernel.erreur.Refus;
import java.util.Set;

/**
 * Un état qui dit lui-même vers quels états il peut passer ; le refus d'un passage interdit est le même
 * pour tous (dossier, message, e-mail) : {@code TRANSITION_INTERDITE}, avec les états permis.
 */
public interface CycleDeVie<S extends Enum<S> & CycleDeVie<S>> {

    Set<S> suivantsPermis();

    default boolean peutPasserA(S cible) {
        return suivantsPermis().contains(cible);
    }

    /** @param sujet ce qui change d'état, tel qu'on le nomme en tête de phrase (« Un dossier ») */
    default Refus passageInterdit(S cible, String champ, String sujet) {
        return Refus.invalide(
                champ,
                "TRANSITION_INTERDITE",
                sujet + " " + this + " ne peut pas passer à " + cible + " (permis : " + suivantsPermis() + ")");
    }
}
