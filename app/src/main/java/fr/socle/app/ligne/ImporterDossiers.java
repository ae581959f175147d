package fr.socle.app.ligne;

import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.ErreurClassee;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Siret;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.query.commun.Saisie;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code importer-dossiers <fichier.csv>} : un dossier par ligne, par le bus de commandes, avec les
 * mêmes règles que l'API. Une ligne refusée n'écrit rien ; elle est rapportée avec son numéro, le
 * champ et la règle en cause, et l'import continue.
 *
 * <p>Le fichier est en UTF-8, séparé par « ; », sans guillemets ; sa première ligne nomme les colonnes,
 * dans n'importe quel ordre : {@code prenom;nom;email;mobile} (personnes) et/ou
 * {@code raisonSociale;siret} (entreprises), plus {@code civilite} (M, MME), {@code ligne1},
 * {@code codePostal}, {@code ville} facultatifs. Une ligne dont la raison sociale ou le SIRET est rempli
 * est une entreprise, sinon une personne.
 */
@Component
public class ImporterDossiers implements CommandeEnLigne {

    private static final String SEPARATEUR = ";";

    private final CommandGateway commandes;

    public ImporterDossiers(CommandGateway commandes) {
        this.commandes = commandes;
    }

    @Override
    public String nom() {
        return "importer-dossiers";
    }

    @Override
    public String usage() {
        return "importer-dossiers <fichier.csv>   crée un dossier par ligne (en-têtes prenom;nom;email;mobile "
                + "et/ou raisonSociale;siret, séparateur « ; », UTF-8) et rapporte les lignes refusées";
    }

    record Rejet(int ligne, String champ, String regle, String message) {
        @Override
        public String toString() {
            return "ligne " + ligne + " : " + (champ == null ? "-" : champ) + " " + regle + " — " + message;
        }
    }

    @Override
    public int executer(List<String> arguments) throws Exception {
        if (arguments.size() != 1 || !Files.isReadable(Path.of(arguments.get(0)))) {
            System.err.println("Usage : " + usage());
            return USAGE;
        }
        List<String> lignes = Files.readAllLines(Path.of(arguments.get(0)), StandardCharsets.UTF_8);
        Colonnes colonnes;
        try {
            colonnes = Colonnes.lire(lignes.isEmpty() ? "" : lignes.get(0));
        } catch (Refus refus) {
            System.err.println(refus.getMessage());
            return USAGE;
        }
        int crees = 0;
        List<Rejet> rejets = new ArrayList<>();
        Progression progression = new Progression(nom(), lignes.size() - 1L, System.err);
        for (int i = 1; i < lignes.size(); i++) {
            if (!lignes.get(i).isBlank()) {
                try {
                    String id = Identifiant.nouveau();
                    commandes.sendAndWait(new CreerDossier(id, colonnes.titulaire(lignes.get(i))));
                    crees++;
                } catch (RuntimeException e) {
                    ErreurClassee erreur = Classifieur.classer(e).orElseThrow(() -> e);
                    rejets.add(new Rejet(i + 1, erreur.champ(), erreur.regle(), erreur.message()));
                }
            }
            progression.avancer(i);
        }
        System.out.printf("%s : %d dossier(s) créé(s), %d ligne(s) refusée(s)%n", nom(), crees, rejets.size());
        rejets.forEach(System.out::println);
        return rejets.isEmpty() ? SUCCES : PARTIEL;
    }

    /** Les colonnes nommées par l'en-tête, et la lecture d'une ligne en titulaire. */
    record Colonnes(Map<String, Integer> positions, int nombre) {

        static Colonnes lire(String entete) {
            String[] noms = entete.replace("\uFEFF", "").split(SEPARATEUR, -1);
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < noms.length; i++) {
                positions.put(noms[i].strip().toLowerCase(Locale.ROOT), i);
            }
            boolean personnes = positions.keySet().containsAll(List.of("prenom", "nom", "email", "mobile"));
            boolean entreprises = positions.keySet().containsAll(List.of("raisonsociale", "siret"));
            if (!personnes && !entreprises) {
                throw Refus.invalide("ENTETE_INVALIDE", "La première ligne doit nommer les colonnes "
                        + "prenom;nom;email;mobile et/ou raisonSociale;siret, séparées par « ; »");
            }
            return new Colonnes(positions, noms.length);
        }

        Titulaire titulaire(String ligne) {
            String[] valeurs = ligne.split(SEPARATEUR, -1);
            if (valeurs.length != nombre) {
                throw Refus.invalide("COLONNES_INVALIDES",
                        "La ligne a " + valeurs.length + " colonne(s), l'en-tête en nomme " + nombre);
            }
            Adresse adresse = valeur(valeurs, "ligne1") == null && valeur(valeurs, "codepostal") == null
                    && valeur(valeurs, "ville") == null ? null
                    : Saisie.lire("adresse", () -> new Adresse(valeur(valeurs, "ligne1"),
                    valeur(valeurs, "codepostal"), valeur(valeurs, "ville")));
            if (valeur(valeurs, "raisonsociale") != null || valeur(valeurs, "siret") != null) {
                return new Entreprise(valeur(valeurs, "raisonsociale"),
                        Saisie.obligatoire("siret", valeur(valeurs, "siret"), Siret::new), adresse);
            }
            return new Personne(
                    Saisie.facultatif("civilite", valeur(valeurs, "civilite"), Colonnes::civilite),
                    valeur(valeurs, "prenom"), valeur(valeurs, "nom"),
                    Saisie.obligatoire("email", valeur(valeurs, "email"), Email::new),
                    Saisie.obligatoire("mobile", valeur(valeurs, "mobile"), Telephone::mobile),
                    adresse);
        }

        private String valeur(String[] valeurs, String colonne) {
            Integer position = positions.get(colonne);
            return position == null || valeurs[position].isBlank() ? null : valeurs[position].strip();
        }

        private static Civilite civilite(String saisie) {
            try {
                return Civilite.valueOf(saisie.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refus.invalide("CIVILITE_INVALIDE", "La civilité « " + saisie + " » n'est ni M ni MME");
            }
        }
    }
}
