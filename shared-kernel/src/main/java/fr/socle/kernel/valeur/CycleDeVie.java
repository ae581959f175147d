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

    /**
     * Le passage à {@code cible} est-il un changement ? Vers l'état actuel, non (rien à enregistrer) ; vers
     * un état permis, oui ; vers un autre, il est refusé comme par {@link #exigerPassageA}.
     */
    default boolean changePour(S cible, String champ, String sujet) {
        if (cible == this) {
            return false;
        }
        exigerPassageA(cible, champ, sujet);
        return true;
    }

    /**
     * Refuse le passage à {@code cible} s'il n'est pas permis, au nom de {@code champ}.
     *
     * @param sujet ce qui change d'état, tel qu'on le nomme en tête de phrase (« Un dossier »)
     */
    default void exigerPassageA(S cible, String champ, String sujet) {
        if (!peutPasserA(cible)) {
            throw Refus.invalide(
                    champ,
                    "TRANSITION_INTERDITE",
                    sujet + " " + this + " ne peut pas passer à " + cible + " (permis : " + suivantsPermis() + ")");
        }
    }
}
