package fr.socle.app.ligne;

import java.util.List;

/**
 * Une commande d'exploitation lancée par {@code java -jar socle.jar <nom> <arguments…>} : le moteur
 * démarre sans serveur web, exécute la commande, puis s'arrête avec son code de sortie.
 */
public interface CommandeEnLigne {

    /** Tout s'est bien passé. */
    int SUCCES = 0;
    /** La commande est allée au bout, mais une partie des données a été refusée. */
    int PARTIEL = 1;
    /** Les arguments ou le fichier donnés sont inutilisables : rien n'a été fait. */
    int USAGE = 2;

    /** Le premier argument qui désigne cette commande, par exemple {@code importer-dossiers}. */
    String nom();

    /** Une ligne d'aide : arguments et effet. */
    String usage();

    /** @return le code de sortie du processus */
    int executer(List<String> arguments) throws Exception;
}
