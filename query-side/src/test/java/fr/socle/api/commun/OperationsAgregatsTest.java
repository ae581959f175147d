package fr.socle.api.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.query.commun.Versionne;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationsAgregatsTest {

    private record Fiche(String id, long version) implements Versionne {}

    private static final String CONNU = Identifiant.nouveau();

    private static Optional<Fiche> lire(String id) {
        return CONNU.equals(id) ? Optional.of(new Fiche(id, 3)) : Optional.empty();
    }

    private static RuntimeWiring cabler(OperationsAgregats.Declaration... declarations) {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        new OperationsAgregats()
                .operationsDeclarees(List.of(declarations), null, new OperationsAgregats.Gardes())
                .configure(wiring);
        return wiring.build();
    }

    @Test
    void chaque_operation_declaree_est_cablee_sous_son_type() {
        RuntimeWiring wiring = cabler(table -> table.sujet("ficheId", OperationsAgregatsTest::lire)
                .lecture("fiche")
                .creation("creerFiche", (a, id) -> id)
                .mutation("archiverFiche", (id, version) -> id));

        assertThat(wiring.getDataFetchers().get("Query")).containsOnlyKeys("fiche");
        assertThat(wiring.getDataFetchers().get("Mutation")).containsOnlyKeys("creerFiche", "archiverFiche");
    }

    @Test
    void la_lecture_lit_l_identifiant_sous_son_nom_et_rend_null_pour_un_inconnu() throws Exception {
        DataFetcher<?> fiche = cabler(table ->
                        table.sujet("ficheId", OperationsAgregatsTest::lire).lecture("fiche"))
                .getDataFetchers()
                .get("Query")
                .get("fiche");

        assertThat(fiche.get(avec("ficheId", CONNU))).isEqualTo(new Fiche(CONNU, 3));
        assertThat(fiche.get(avec("ficheId", Identifiant.nouveau()))).isNull();
        assertThatThrownBy(() -> fiche.get(avec("ficheId", "pas-un-identifiant")))
                .isInstanceOfSatisfying(
                        Refus.class, refus -> assertThat(refus.erreur().champ()).isEqualTo("ficheId"));
    }

    @Test
    void une_operation_declaree_deux_fois_empeche_le_demarrage() {
        assertThatThrownBy(() -> cabler(
                        table -> table.sujet("id", OperationsAgregatsTest::lire).mutation("archiver", (i, v) -> i),
                        table -> table.sujet("id", OperationsAgregatsTest::lire).mutation("archiver", (i, v) -> i)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("archiver");
    }

    @Test
    void un_sujet_sans_identifiant_n_a_que_des_creations() {
        assertThatThrownBy(() -> cabler(
                        table -> table.sujet(OperationsAgregatsTest::lire).mutation("archiver", (i, v) -> i)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sans identifiant");
    }

    private static DataFetchingEnvironment avec(String argument, String valeur) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .arguments(Map.of(argument, valeur))
                .build();
    }
}
