package fr.socle.api.dossier.importation;

/**
 * Une ligne du fichier refusée : rien n'a été écrit pour elle.
 *
 * @param ligne le numéro de la ligne telle que l'utilisateur la voit dans son fichier (l'en-tête est la ligne 1)
 * @param champ la colonne en cause, absente quand c'est la ligne entière
 */
public record Rejet(int ligne, String champ, String regle, String message) {
    @Override
    public String toString() {
        return "ligne " + ligne + " : " + (champ == null ? "-" : champ) + " " + regle + " — " + message;
    }
}
