package fr.socle.banc.scenario;

/** Une phase du banc : elle pilote le moteur du contexte et rapporte ses chiffres et ses mesures. */
public interface Scenario {
    /** Le nom affiché dans la ligne d'avancement qui annonce le scénario. */
    String nom();

    void executer(Contexte contexte) throws Exception;
}
