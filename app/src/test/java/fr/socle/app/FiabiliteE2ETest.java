package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.Personne;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Ce qui ne doit jamais entrer, ni bloquer : saisies malformées, requêtes démesurées, événements poison. */
@Import(FiabiliteE2ETest.ProjectionFragile.class)
class FiabiliteE2ETest extends MoteurEmbarqueTest {

    /** Une projection de test qui échoue sur un nom donné, tant qu'on ne l'a pas « corrigée ». */
    static final AtomicBoolean POISON_ACTIF = new AtomicBoolean(true);

    @TestConfiguration
    static class ProjectionFragile {
        @Bean
        Temoin temoin() {
            return new Temoin();
        }
    }

    @ProcessingGroup("temoin-fragile")
    static class Temoin {
        final List<String> vus = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventHandler
        void on(DossierCréé evenement) {
            refuserLePoison(POISON_ACTIF, evenement);
            vus.add(evenement.dossierId());
        }
    }

    /** La donnée qu'une projection fragile ne sait pas traiter, tant que {@code actif} : un dossier « Poison ». */
    static void refuserLePoison(AtomicBoolean actif, DossierCréé evenement) {
        if (actif.get()
                && evenement.titulaire() instanceof Personne p
                && p.nom().equals("Poison")) {
            throw new IllegalStateException("donnée que cette projection ne sait pas traiter");
        }
    }

    /** Un cas de saisie malformée et la classification attendue. */
    record Cas(
            String nom,
            String utilisateur,
            String requete,
            Map<String, Object> variables,
            String classification,
            String champ) {
        Cas(String nom, String requete, Map<String, Object> variables, String classification) {
            this(nom, GESTIONNAIRE, requete, variables, classification, null);
        }

        Cas(String nom, String utilisateur, String requete, Map<String, Object> variables, String classification) {
            this(nom, utilisateur, requete, variables, classification, null);
        }

        /** Le même cas, dont l'erreur doit nommer {@code champ}. */
        Cas surChamp(String champ) {
            return new Cas(nom, utilisateur, requete, variables, classification, champ);
        }
    }

    static Map<String, Object> vars(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> personne(Map<String, Object> surcharge) {
        return DossierE2ETest.personne(surcharge);
    }

    private static final Object NUL = DossierE2ETest.NUL;

    List<Cas> casMalformes(String dossierExistant) {
        List<Cas> cas = new ArrayList<>();
        String creer = DossierE2ETest.CREER;
        for (String email : List.of(
                "",
                " ",
                "a",
                "a@",
                "@b.fr",
                "a@b",
                "a b@c.fr",
                "a@@b.fr",
                "a@b..fr",
                "a@-b.fr",
                "jeanne.exemple.fr",
                "jeanne@exemple.fr ;drop",
                "<script>@x.fr",
                "x".repeat(250) + "@b.fr",
                "a@b.f r",
                "a@b.c@d.fr",
                ".@b.fr",
                "a@.fr",
                "a@b.",
                "a\u0000@b.fr",
                "a@b_c.fr",
                "a@b.fr>",
                "a,b@c.fr",
                "(a)@b.fr",
                "a@[1.2.3.4")) {
            cas.add(new Cas("email " + email, creer, vars("input", personne(Map.of("email", email))), "BAD_REQUEST"));
        }
        for (String mobile : List.of(
                "",
                "06",
                "0612",
                "061234567",
                "06123456789",
                "0112345678",
                "0912345678",
                "+44 6 12 34 56 78",
                "abcdefghij",
                "06-12-34-56-7a",
                "+33 1 23 45 67 89",
                "0033 1 23 45 67 89",
                "06 12 34 56 78 90",
                "9".repeat(40),
                "０６１２３４５６７８",
                "+33",
                "+336123456789",
                "0612345678x",
                "06/12/34/56/78",
                "6 12 34 56 78",
                "+33 (0) 6 12 34 56 78 9",
                "0800123456",
                "0512345678",
                "tel:0612345678",
                "06 12 34 56 7")) {
            cas.add(new Cas(
                    "mobile " + mobile, creer, vars("input", personne(Map.of("mobile", mobile))), "BAD_REQUEST"));
        }
        for (String siret : List.of(
                "",
                "1",
                "7328293200007",
                "732829320000745",
                "73282932000075",
                "ABCDEFGHIJKLMN",
                "7328293200007A",
                "12345678901234",
                "00000000000001",
                "73282932000073",
                "732 829 320 00075",
                "-73282932000074",
                "7.3282932000074",
                "７３２８２９３２０００７４",
                "73282932000074 x",
                "73282932000074732829320000",
                "00000000000000x",
                "7328293200007 4 5",
                "1e13",
                "732829320O0074",
                "73282932000070",
                "73282932000072",
                "73282932000076",
                "73282932000078",
                "73282932000079")) {
            cas.add(new Cas(
                    "siret " + siret,
                    creer,
                    vars(
                            "input",
                            Map.of("titulaire", Map.of("entreprise", Map.of("raisonSociale", "ACME", "siret", siret)))),
                    "BAD_REQUEST"));
        }
        for (String cp : List.of("", "7500", "750011", "ABCDE", "00100", "99000", "75 01", "2A004", "-7500")) {
            cas.add(new Cas(
                    "code postal " + cp,
                    creer,
                    vars(
                            "input",
                            personne(Map.of(
                                    "adresse",
                                    Map.of("ligne1", "1 rue de la Paix", "codePostal", cp, "ville", "Paris")))),
                    "BAD_REQUEST"));
        }
        for (String champ : List.of("prenom", "nom", "email", "mobile")) {
            cas.add(new Cas("sans " + champ, creer, vars("input", personne(Map.of(champ, NUL))), "BAD_REQUEST"));
            cas.add(new Cas(champ + " vide", creer, vars("input", personne(Map.of(champ, "   "))), "BAD_REQUEST"));
            cas.add(new Cas(
                    champ + " démesuré",
                    creer,
                    vars("input", personne(Map.of(champ, "x".repeat(5000)))),
                    "BAD_REQUEST"));
            cas.add(new Cas(champ + " nombre", creer, vars("input", personne(Map.of(champ, 12))), "BAD_REQUEST"));
        }
        for (String champ : List.of("prenom", "nom")) {
            for (String controle : List.of("\u0000", "Jean\u0007ne", "a\u001Fb")) {
                cas.add(new Cas(
                        champ + " avec caractère de contrôle",
                        creer,
                        vars("input", personne(Map.of(champ, controle))),
                        "BAD_REQUEST"));
            }
        }
        for (Map.Entry<String, String> adresse : Map.of("ligne1", "x".repeat(300), "ville", "   ", "codePostal", "   ")
                .entrySet()) {
            Map<String, Object> a =
                    new LinkedHashMap<>(Map.of("ligne1", "1 rue", "codePostal", "75001", "ville", "Paris"));
            a.put(adresse.getKey(), adresse.getValue());
            cas.add(new Cas(
                    "adresse " + adresse.getKey() + " invalide",
                    creer,
                    vars("input", personne(Map.of("adresse", a))),
                    "BAD_REQUEST"));
        }
        for (String id : List.of(
                "",
                "x",
                "1",
                "3905a02a",
                "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
                "' OR ''='",
                "{}",
                "null",
                "x".repeat(500),
                "3905a02a-15a5-43ba-9d42-cc99050194490")) {
            cas.add(new Cas(
                    "lecture id " + id, "query($id: ID!) { dossier(id: $id) { id } }", vars("id", id), "BAD_REQUEST"));
            cas.add(new Cas(
                    "historique id " + id,
                    ADMIN,
                    "query($id: ID!) { historique(aggregatId: $id) { totalCount } }",
                    vars("id", id),
                    "BAD_REQUEST"));
        }
        cas.add(new Cas(
                "historique inconnu",
                ADMIN,
                "query($id: ID!) { historique(aggregatId: $id) { totalCount } }",
                vars("id", "6f1c1c1c-1111-4111-8111-111111111111"),
                "NOT_FOUND"));
        for (String etat : List.of("", "ouvert", "FERMÉ", "1", "EN-COURS")) {
            cas.add(new Cas(
                    "filtre état " + etat,
                    "query($f: DossierFiltre) { dossiers(filtre: $f) { totalCount } }",
                    vars("f", Map.of("etat", etat)),
                    "BAD_REQUEST"));
        }
        for (String adresseManquante : List.of("ligne1", "codePostal", "ville")) {
            Map<String, Object> adresse =
                    new LinkedHashMap<>(Map.of("ligne1", "1 rue", "codePostal", "75001", "ville", "Paris"));
            adresse.remove(adresseManquante);
            cas.add(new Cas(
                    "adresse sans " + adresseManquante,
                    creer,
                    vars("input", personne(Map.of("adresse", adresse))),
                    "BAD_REQUEST"));
        }
        cas.add(new Cas("titulaire absent", creer, vars("input", Map.of()), "BAD_REQUEST"));
        cas.add(new Cas("input absent", creer, vars(), "BAD_REQUEST"));
        cas.add(new Cas(
                "deux titulaires",
                creer,
                vars(
                        "input",
                        Map.of(
                                "titulaire",
                                Map.of(
                                        "personne",
                                                Map.of(
                                                        "prenom",
                                                        "J",
                                                        "nom",
                                                        "M",
                                                        "email",
                                                        "j@m.fr",
                                                        "mobile",
                                                        "0612345678"),
                                        "entreprise", Map.of("raisonSociale", "A", "siret", "73282932000074")))),
                "BAD_REQUEST"));
        cas.add(new Cas("aucun titulaire", creer, vars("input", Map.of("titulaire", Map.of())), "BAD_REQUEST"));
        cas.add(new Cas(
                "civilité inconnue", creer, vars("input", personne(Map.of("civilite", "MONSEIGNEUR"))), "BAD_REQUEST"));
        cas.add(new Cas("champ inconnu", creer, vars("input", personne(Map.of("age", 3))), "BAD_REQUEST"));
        cas.add(new Cas(
                "raison sociale absente",
                creer,
                vars("input", Map.of("titulaire", Map.of("entreprise", Map.of("siret", "73282932000074")))),
                "BAD_REQUEST"));

        String changer = DossierE2ETest.CHANGER;
        for (String id : List.of(
                "",
                "x",
                "123",
                "3905a02a-15a5-43ba-9d42",
                "3905a02a-15a5-43ba-9d42-cc9905019449-0",
                "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
                "' OR 1=1 --",
                "{\"$gt\":\"\"}",
                "../../etc/passwd",
                "x".repeat(1000))) {
            cas.add(new Cas("id " + id, changer, vars("id", id, "etat", "EN_COURS"), "BAD_REQUEST"));
        }
        for (String etat : List.of("", "ouvert", "FERME", "EN COURS", "0", "null", "CLOTUREE")) {
            cas.add(new Cas("état " + etat, changer, vars("id", dossierExistant, "etat", etat), "BAD_REQUEST"));
        }
        for (Object version : List.of(5, 99, -1, 1_000_000)) {
            cas.add(new Cas(
                    "version " + version,
                    changer,
                    vars("id", dossierExistant, "etat", "EN_COURS", "v", version),
                    "CONFLICT"));
        }
        for (Object version : List.of("zéro", 1.5, "1e3", 99_999_999_999L)) {
            cas.add(new Cas(
                    "version mal typée " + version,
                    changer,
                    vars("id", dossierExistant, "etat", "EN_COURS", "v", version),
                    "BAD_REQUEST"));
        }
        cas.add(new Cas("saut à FACTURE", changer, vars("id", dossierExistant, "etat", "FACTURE"), "BAD_REQUEST"));
        cas.add(new Cas(
                "dossier inconnu",
                changer,
                vars("id", "6f1c1c1c-1111-4111-8111-111111111111", "etat", "EN_COURS"),
                "NOT_FOUND"));

        String liste = "query($first: Int, $after: String) { dossiers(first: $first, after: $after) { totalCount } }";
        for (Object first : List.of(-1, 501, 100_000, "dix", 2.5)) {
            cas.add(new Cas("first " + first, liste, vars("first", first), "BAD_REQUEST"));
        }
        for (String after : List.of("x", "cDp4", "%%%", "cDo=====", "eyJwIjoxfQ", "p:12", "null")) {
            cas.add(new Cas("after " + after, liste, vars("after", after), "BAD_REQUEST"));
        }
        for (String syntaxe : List.of(
                "{",
                "}",
                "mutation {",
                "{ dossiers { totalCount }",
                "query { dossier(id:) { id } }",
                "{ dossiers(first: \"x\") { totalCount } }",
                "{ champInconnu }",
                "{ dossiers { champInconnu } }",
                "mutation { creerDossier { id } }",
                "subscription { rien }",
                "{ dossier(id: \"a\", id: \"b\") { id } }",
                "query A { __typename } query A { __typename }",
                "fragment F on Dossier { id } { __typename }")) {
            cas.add(new Cas("syntaxe " + syntaxe, syntaxe, vars(), "BAD_REQUEST"));
        }
        String intervenant = IntervenantE2ETest.CREER;
        for (String nir : List.of(
                "1",
                "185057800000",
                "1850578000001",
                "18505780000010",
                "185057800000101",
                "385057800000199",
                "1850578A0000199",
                "185052C00000199",
                "x".repeat(15),
                "1850578000001 99 9")) {
            cas.add(new Cas(
                            "NIR " + nir,
                            intervenant,
                            vars("input", IntervenantE2ETest.saisie("Nir", "nir", nir)),
                            "BAD_REQUEST")
                    .surChamp("nir"));
        }
        for (String nature : List.of("BENEVOLE", "salarie", "")) {
            cas.add(new Cas(
                            "nature " + nature,
                            intervenant,
                            vars("input", IntervenantE2ETest.saisie("Nature", "nature", nature)),
                            "BAD_REQUEST")
                    .surChamp("nature"));
        }
        for (String telephone : List.of("12", "06 12", "abcdefghij", "+1 212 555 0100")) {
            cas.add(new Cas(
                    "téléphone " + telephone,
                    intervenant,
                    vars("input", IntervenantE2ETest.saisie("Tel", "telephones", List.of(telephone))),
                    "BAD_REQUEST"));
        }
        cas.add(new Cas(
                "intervenant sans nom", intervenant, vars("input", IntervenantE2ETest.saisie("  ")), "BAD_REQUEST"));
        cas.add(new Cas(
                        "intervenant e-mail",
                        intervenant,
                        vars("input", IntervenantE2ETest.saisie("Mail", "email", "x@")),
                        "BAD_REQUEST")
                .surChamp("email"));

        String piece = PieceE2ETest.ENREGISTRER;
        java.time.LocalDate echeance = java.time.LocalDate.of(2026, 10, 1);
        for (String montant :
                List.of("10.005", "-5.00", "0", "0.00", "douze", "1e3", "1,50", "99999999999999.99", "")) {
            cas.add(new Cas(
                            "montant " + montant,
                            piece,
                            vars("input", PieceE2ETest.piece(dossierExistant, "M-" + montant, echeance, montant)),
                            "BAD_REQUEST")
                    .surChamp("montant"));
        }
        for (String date : List.of("2026-13-01", "01/10/2026", "2026-02-30", "hier")) {
            Map<String, Object> saisie =
                    new LinkedHashMap<>(PieceE2ETest.piece(dossierExistant, "D-" + date, echeance, "10.00"));
            saisie.put("dateEcheance", date);
            cas.add(new Cas("date " + date, piece, vars("input", saisie), "BAD_REQUEST").surChamp("dateEcheance"));
        }
        cas.add(new Cas(
                "pièce pour un dossier inconnu",
                piece,
                vars("input", PieceE2ETest.piece("6f1c1c1c-1111-4111-8111-111111111111", "X-1", echeance, "10.00")),
                "NOT_FOUND"));
        cas.add(new Cas(
                        "catégorie inconnue",
                        PieceE2ETest.CATEGORISER,
                        vars("id", dossierExistant, "input", Map.of("categorie", "AUTRE")),
                        "BAD_REQUEST")
                .surChamp("categorie"));

        cas.add(new Cas(
                "requête trop profonde",
                "{ "
                        + "__schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }",
                vars(),
                "BAD_REQUEST"));
        StringBuilder large = new StringBuilder("{ ");
        for (int i = 0; i < 300; i++) {
            large.append("a").append(i).append(": dossiers { totalCount edges { node { id etat } } } ");
        }
        cas.add(new Cas("requête trop complexe", large.append("}").toString(), vars(), "BAD_REQUEST"));
        return cas;
    }

    @Test
    void aucune_saisie_malformee_n_entre_ni_ne_casse_rien() throws InterruptedException {
        String existant = client.executer(
                        GESTIONNAIRE, DossierE2ETest.CREER, "input", DossierE2ETest.personne("Témoin", "t@exemple.fr"))
                .donnees()
                .path("creerDossier")
                .path("id")
                .asText();
        long evenementsAvant = evenements();
        Map<String, Long> lectureAvant = modelesDeLectureAuRepos();

        List<Cas> cas = casMalformes(existant);
        for (Cas c : cas) {
            ClientGraphQL.Reponse r = client.executer(
                    c.utilisateur(),
                    c.requete(),
                    c.variables().entrySet().stream()
                            .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                            .toArray());
            assertThat(r.statut()).as(c.nom()).isIn(200, 400);
            assertThat(r.classification()).as("%s → %s", c.nom(), r.corps()).isEqualTo(c.classification());
            if (c.classification().equals("BAD_REQUEST")) {
                assertThat(r.regle()).as("%s : règle", c.nom()).isNotBlank();
            }
            if (c.champ() != null) {
                assertThat(r.champ()).as("%s → %s", c.nom(), r.corps()).isEqualTo(c.champ());
            }
            assertThat(r.corps().toString())
                    .as(c.nom())
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }

        List<String> corpsBruts = List.of(
                "",
                "{",
                "null",
                "[]",
                "\"query\"",
                "{\"query\": 12}",
                "{\"query\": null}",
                "{\"variables\": {}}",
                "{\"query\": \"{ __typename }\", \"variables\": []}",
                "\u0000\u0001",
                "{\"query\": \"{ __typename }\"");
        for (String corps : corpsBruts) {
            ClientGraphQL.Reponse r = client.brut(GESTIONNAIRE, corps);
            assertThat(r.statut()).as("corps %s", corps).isEqualTo(400);
            assertThat(r.classification()).as("corps %s", corps).isEqualTo("BAD_REQUEST");
        }
        ClientGraphQL.Reponse enorme = client.brut(
                GESTIONNAIRE, "{\"query\": \"{ __typename }\", \"x\": \"" + "a".repeat(11 * 1024 * 1024) + "\"}");
        assertThat(enorme.statut()).isEqualTo(413);
        assertThat(enorme.regle()).isEqualTo("REQUETE_TROP_GROSSE");

        System.out.printf(
                "%d saisies malformées, %d corps bruts, 1 corps démesuré : toutes classées%n",
                cas.size(), corpsBruts.size());
        assertThat(cas.size() + corpsBruts.size() + 1).isGreaterThanOrEqualTo(200);
        assertRienEcrit(evenementsAvant, lectureAvant);
    }

    @Test
    void un_evenement_poison_part_en_lettre_morte_sans_bloquer_la_suite(
            @org.springframework.beans.factory.annotation.Autowired Temoin temoin) throws InterruptedException {
        String poison = client.executer(
                        GESTIONNAIRE, DossierE2ETest.CREER, "input", DossierE2ETest.personne("Poison", "p@exemple.fr"))
                .donnees()
                .path("creerDossier")
                .path("id")
                .asText();
        String sain = client.executer(
                        GESTIONNAIRE, DossierE2ETest.CREER, "input", DossierE2ETest.personne("Sain", "s@exemple.fr"))
                .donnees()
                .path("creerDossier")
                .path("id")
                .asText();
        attendre(() -> temoin.vus.contains(sain));
        assertThat(temoin.vus).doesNotContain(poison);

        String lettres = "{ lettresMortes(projection: \"temoin-fragile\") { projection aggregatId type cause } }";
        JsonNode mortes = client.executer(ADMIN, lettres).donnees().path("lettresMortes");
        assertThat(mortes).hasSize(1);
        assertThat(mortes.get(0).path("aggregatId").asText()).isEqualTo(poison);
        assertThat(mortes.get(0).path("type").asText()).isEqualTo("DossierCréé");
        assertThat(mortes.get(0).path("cause").asText()).contains("ne sait pas traiter");
        assertThat(client.executer(GESTIONNAIRE, lettres).classification()).isEqualTo("FORBIDDEN");

        POISON_ACTIF.set(false);
        assertThat(client.executer(ADMIN, "mutation { reessayerLettresMortes(projection: \"temoin-fragile\") }")
                        .donnees()
                        .path("reessayerLettresMortes")
                        .asInt())
                .isEqualTo(1);
        assertThat(temoin.vus).contains(poison);
        assertThat(client.executer(ADMIN, lettres).donnees().path("lettresMortes"))
                .isEmpty();
        assertThat(client.executer(ADMIN, "{ lettresMortes(projection: \"inconnue\") { type } }")
                        .regle())
                .isEqualTo("PROJECTION_INCONNUE");
    }

    private static void attendre(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition atteinte à temps").isLessThan(limite);
            Thread.sleep(50);
        }
    }
}
