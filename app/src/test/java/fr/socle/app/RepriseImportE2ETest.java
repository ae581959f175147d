package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.api.dossier.importation.FichierDossiers;
import fr.socle.api.dossier.importation.FormatImport;
import fr.socle.api.dossier.importation.ImportateurDossiers;
import fr.socle.app.ligne.CommandeEnLigne;
import fr.socle.app.ligne.LigneDeCommande;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Un import interrompu puis relancé en entier, sur le moteur embarqué réel : aucune ligne importée n'est
 * perdue, aucune n'est créée deux fois, ni dans le magasin d'événements ni dans les modèles de lecture.
 */
@ExtendWith(OutputCaptureExtension.class)
class RepriseImportE2ETest {

    @TempDir
    Path temporaire;

    /** 250 lignes (bien plus que d'en vol à la fois), une fautive toutes les 25, une entreprise toutes les 10. */
    private static List<String> lignes() {
        List<String> lignes = new ArrayList<>();
        lignes.add("civilite;prenom;nom;email;mobile;raisonSociale;siret");
        for (int i = 0; i < 250; i++) {
            if (i % 25 == 7) {
                lignes.add("M;Paul;Faux" + i + ";paul" + i + "@exemple;0612345678;;");
            } else if (i % 10 == 3) {
                lignes.add(";;;;;Société " + i + ";" + siret(i));
            } else {
                lignes.add("MME;Jeanne;Nom" + i + ";jeanne." + i + "@exemple.fr;06" + String.format("%08d", i) + ";;");
            }
        }
        return lignes;
    }

    /** Un SIRET valide (clé de Luhn) et propre à {@code i}. */
    private static String siret(int i) {
        String debut = String.format("9%07d0001", i);
        for (int fin = 0; ; fin++) {
            String siret = debut + String.format("%02d", fin);
            int somme = 0;
            for (int k = 0; k < 14; k++) {
                int chiffre = siret.charAt(13 - k) - '0';
                somme += k % 2 == 1 ? (chiffre * 2 > 9 ? chiffre * 2 - 9 : chiffre * 2) : chiffre;
            }
            if (somme % 10 == 0) {
                return siret;
            }
        }
    }

    @Test
    void un_import_interrompu_puis_relance_en_entier_donne_chaque_ligne_une_fois(CapturedOutput sortie)
            throws Exception {
        List<String> lignes = lignes();
        Path donnees = temporaire.resolve("donnees");
        int bonnes = (int)
                lignes.stream().skip(1).filter(l -> !l.contains("@exemple;")).count();

        // Le premier import s'arrête avec le moteur après les 130 premières lignes.
        ImportateurDossiers.Bilan avant = new ImportateurDossiers.Bilan();
        try (ConfigurableApplicationContext moteur =
                LigneDeCommande.demarrer(SocleApplication.class, "--socle.donnees=" + donnees)) {
            byte[] debut = String.join("\n", lignes.subList(0, 131)).getBytes(StandardCharsets.UTF_8);
            moteur.getBean(ImportateurDossiers.class)
                    .importer(
                            FichierDossiers.lire(debut, FormatImport.CSV, Integer.MAX_VALUE),
                            "gestionnaire",
                            avant,
                            () -> {});
            assertThat(avant.rejets()).hasSize(5);
            assertThat(avant.importees()).isEqualTo(125);
        }

        Path csv = temporaire.resolve("dossiers.csv");
        Files.write(csv, lignes);
        try (ConfigurableApplicationContext moteur = LigneDeCommande.demarrer(
                SocleApplication.class, "importer-dossiers", csv.toString(), "--socle.donnees=" + donnees)) {
            assertThat(moteur.getBean(LigneDeCommande.class).getExitCode()).isEqualTo(CommandeEnLigne.PARTIEL);
            assertThat(sortie.getOut())
                    .contains("importer-dossiers : " + (bonnes - 125) + " dossier(s) créé(s), 125 ligne(s) "
                            + "déjà importée(s), 10 ligne(s) refusée(s)");

            JdbcTemplate jdbc = moteur.getBean(JdbcTemplate.class);
            List<Map<String, Object>> creations =
                    jdbc.queryForList("SELECT aggregateIdentifier, count(*) AS n FROM DomainEventEntry"
                            + " WHERE payloadType LIKE '%DossierCréé' GROUP BY aggregateIdentifier");
            assertThat(creations)
                    .hasSize(bonnes)
                    .allSatisfy(c -> assertThat(c.get("n")).isEqualTo(1));
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%SiretRéservé'", Long.class))
                    .isEqualTo(
                            lignes.stream().filter(l -> l.startsWith(";;;;;")).count());
            // Une fiche bénéficiaire par dossier : celles d'une création refusée (déjà importée) n'ont rien laissé.
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%FicheAnnuaireCréée'",
                            Long.class))
                    .isEqualTo(bonnes);
            // Le compte rendu n'est écrit qu'une fois les modèles de lecture à jour : chaque dossier s'y lit, une fois.
            MongoTemplate mongo = moteur.getBean(MongoTemplate.class);
            assertThat(mongo.count(new Query(), "dossiers")).isEqualTo(bonnes);
            assertThat(mongo.findDistinct(new Query(), "_id", "dossiers", String.class))
                    .containsExactlyInAnyOrderElementsOf(creations.stream()
                            .map(c -> (String) c.get("aggregateIdentifier"))
                            .toList());
        }
    }

    @Test
    void la_cle_du_systeme_d_origine_distingue_deux_lignes_de_memes_valeurs(CapturedOutput sortie) throws Exception {
        Path csv = temporaire.resolve("cles.csv");
        Files.write(
                csv,
                List.of(
                        "cle;prenom;nom;email;mobile",
                        "A-1;Jeanne;Martin;jeanne.martin@exemple.fr;0612345678",
                        "A-2;Jeanne;Martin;jeanne.martin@exemple.fr;0612345678",
                        "A-1;Jeanne;Martin-Durand;jeanne.martin@exemple.fr;0612345678"));
        Path donnees = temporaire.resolve("donnees");
        for (String attendu : List.of(
                "importer-dossiers : 2 dossier(s) créé(s), 1 ligne(s) déjà importée(s), 0 ligne(s) refusée(s)",
                "importer-dossiers : 0 dossier(s) créé(s), 3 ligne(s) déjà importée(s), 0 ligne(s) refusée(s)")) {
            try (ConfigurableApplicationContext moteur = LigneDeCommande.demarrer(
                    SocleApplication.class, "importer-dossiers", csv.toString(), "--socle.donnees=" + donnees)) {
                assertThat(moteur.getBean(LigneDeCommande.class).getExitCode()).isEqualTo(CommandeEnLigne.SUCCES);
                assertThat(sortie.getOut()).contains(attendu);
                assertThat(moteur.getBean(MongoTemplate.class).count(new Query(), "dossiers"))
                        .isEqualTo(2);
            }
        }
    }

    @Test
    void des_lignes_identiques_sans_cle_en_vol_ensemble_donnent_un_dossier_et_des_lignes_deja_importees(
            CapturedOutput sortie) throws Exception {
        // Des copies d'une même personne et d'une même entreprise, à la suite : elles sont en vol en même
        // temps, leurs créations se disputent le même dossier (et le même SIRET).
        List<String> lignes = new ArrayList<>();
        lignes.add("civilite;prenom;nom;email;mobile;raisonSociale;siret");
        for (int i = 0; i < 12; i++) {
            lignes.add("MME;Jeanne;Double;jeanne.double@exemple.fr;0612345678;;");
            lignes.add(";;;;;Société Double;" + siret(1));
        }
        Path csv = temporaire.resolve("identiques.csv");
        Files.write(csv, lignes);
        try (ConfigurableApplicationContext moteur = LigneDeCommande.demarrer(
                SocleApplication.class,
                "importer-dossiers",
                csv.toString(),
                "--socle.donnees=" + temporaire.resolve("donnees"))) {
            assertThat(moteur.getBean(LigneDeCommande.class).getExitCode()).isEqualTo(CommandeEnLigne.SUCCES);
            assertThat(sortie.getOut())
                    .contains("importer-dossiers : 2 dossier(s) créé(s), 22 ligne(s) déjà importée(s), "
                            + "0 ligne(s) refusée(s)");
            JdbcTemplate jdbc = moteur.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%DossierCréé'", Long.class))
                    .isEqualTo(2);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%SiretRéservé'", Long.class))
                    .isEqualTo(1);
            assertThat(moteur.getBean(MongoTemplate.class).count(new Query(), "dossiers"))
                    .isEqualTo(2);
        }
    }
}
