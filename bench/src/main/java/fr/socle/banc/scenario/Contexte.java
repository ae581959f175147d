package fr.socle.banc.scenario;

import fr.socle.banc.moteur.Client;
import fr.socle.banc.moteur.Moteur;
import fr.socle.banc.moteur.Schema;
import fr.socle.banc.rapport.Rapport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Ce que les scénarios partagent : le mode, le moteur en marche, son schéma, le rapport et les dossiers créés. */
public final class Contexte {
    private final Mode mode;
    private final boolean jfr;
    private final boolean sansMillion;
    private final Path donnees;
    private final Rapport rapport;
    /** Les dossiers créés jusqu'ici, ceux que lisent les requêtes mesurées. */
    private final List<String> idsDossiers = new ArrayList<>();
    private Moteur moteur;
    private Schema schema;

    public Contexte(Mode mode, boolean jfr, boolean sansMillion, Path donnees, Rapport rapport) {
        this.mode = mode;
        this.jfr = jfr;
        this.sansMillion = sansMillion;
        this.donnees = donnees;
        this.rapport = rapport;
    }

    public Mode mode() {
        return mode;
    }

    public boolean jfr() {
        return jfr;
    }

    /** Mode complet sans le million d'événements : les mêmes mesures longues, en dix minutes. */
    public boolean sansMillion() {
        return sansMillion;
    }

    /** Le répertoire de cette exécution : données du moteur, journaux, profils JFR. */
    public Path donnees() {
        return donnees;
    }

    public Rapport rapport() {
        return rapport;
    }

    public List<String> idsDossiers() {
        return idsDossiers;
    }

    public Moteur moteur() {
        return moteur;
    }

    public Client client() {
        return moteur.client;
    }

    public Schema schema() {
        return schema;
    }

    /** Le moteur démarré (ou redémarré) ; le schéma est lu au premier démarrage. */
    public void moteur(Moteur moteur) {
        this.moteur = moteur;
    }

    public void schema(Schema schema) {
        this.schema = schema;
    }
}
