package fr.socle.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.socle.api.commun.SecuriteOidc;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;

/**
 * Les pièces du moteur et le sens de leurs flèches : le noyau ne connaît aucun cadre, les commandes
 * ignorent les lectures et inversement, l'exploitation commune ignore le domaine, une projection n'écrit
 * que son modèle de lecture, et seul le chemin des écritures envoie des commandes. Chaque règle échoue la
 * construction en nommant la classe fautive.
 */
@AnalyzeClasses(packages = "fr.socle", importOptions = ImportOption.DoNotIncludeTests.class)
class CouchesTest {

    @ArchTest
    static final ArchRule le_noyau_ne_connait_ni_spring_ni_mongodb_ni_le_web = noClasses()
            .that()
            .resideInAPackage("fr.socle.kernel..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "jakarta.servlet..",
                    "graphql..",
                    "org.apache.poi..",
                    "fr.socle.command..",
                    "fr.socle.query..",
                    "fr.socle.api..",
                    "fr.socle.app..");

    @ArchTest
    static final ArchRule le_cote_commandes_ignore_le_cote_lectures = noClasses()
            .that()
            .resideInAPackage("fr.socle.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "fr.socle.query..",
                    "fr.socle.api..",
                    "fr.socle.app..",
                    "graphql..",
                    "org.springframework.graphql..",
                    "org.springframework.data.mongodb..");

    @ArchTest
    static final ArchRule le_cote_lectures_ignore_le_cote_commandes = noClasses()
            .that()
            .resideInAPackage("fr.socle.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("fr.socle.command..", "fr.socle.app..");

    /** Ce que les deux côtés partagent pour l'exploitation (MongoDB attendu, sa santé) ne sait rien du domaine. */
    @ArchTest
    static final ArchRule l_exploitation_commune_ignore_le_domaine_et_les_cotes = noClasses()
            .that()
            .resideInAPackage("fr.socle.exploitation..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "fr.socle.kernel..", "fr.socle.command..", "fr.socle.query..", "fr.socle.api..", "fr.socle.app..");

    /**
     * Deux pièces du côté requêtes : les projections et leurs modèles de lecture ({@code fr.socle.query}),
     * et l'API qui les lit et envoie les commandes ({@code fr.socle.api}). Les premières ignorent la seconde,
     * et le protocole : GraphQL, HTTP et l'authentification sont l'affaire de l'API.
     */
    @ArchTest
    static final ArchRule les_modeles_de_lecture_ignorent_l_api_et_le_protocole = noClasses()
            .that()
            .resideInAPackage("fr.socle.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "fr.socle.api..",
                    "graphql..",
                    "org.springframework.graphql..",
                    "org.springframework.web..",
                    "org.springframework.security..",
                    "jakarta.servlet..");

    /**
     * La console est un client de l'API comme un autre : ses pages ne parlent au moteur que par GraphQL, et
     * son code Java ne fait que les servir et ouvrir la session ; il ignore les modèles de lecture, les
     * commandes et les contrôleurs GraphQL.
     */
    @ArchTest
    static final ArchRule la_console_ne_passe_que_par_l_api_publique = noClasses()
            .that()
            .resideInAPackage("fr.socle.console..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                            "fr.socle.query..",
                            "fr.socle.command..",
                            "fr.socle.api..",
                            "fr.socle.kernel..",
                            "org.axonframework..",
                            "org.springframework.data..",
                            "graphql..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(SecuriteOidc.class))))
            .because("elle ne partage avec l'API que la validation des jetons du fournisseur (SecuriteOidc)");

    private static final DescribedPredicate<JavaClass> UNE_PROJECTION = describe(
            "traitent des événements (projections)",
            classe -> classe.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(EventHandler.class)));

    /** Envoyer, pas configurer : enregistrer un intercepteur sur le bus n'envoie rien. */
    private static final DescribedPredicate<JavaMethodCall> ENVOI_DE_COMMANDE = describe(
            "envoient une commande",
            appel -> appel.getTargetOwner().isAssignableTo(CommandGateway.class)
                            && appel.getName().startsWith("send")
                    || appel.getTargetOwner().isAssignableTo(CommandBus.class)
                            && appel.getName().equals("dispatch"));

    @ArchTest
    static final ArchRule une_projection_n_envoie_pas_de_commande = noClasses()
            .that()
            .resideInAPackage("fr.socle.query..")
            .and(UNE_PROJECTION)
            .should()
            .callMethodWhere(ENVOI_DE_COMMANDE);

    /**
     * Envoient des commandes : le chemin des mutations de l'API, l'horloge des rappels, les politiques du
     * côté commandes, la ligne de commande. Rien d'autre.
     */
    private static final DescribedPredicate<JavaClass> AUTORISE_A_COMMANDER = describe(
            "le chemin des écritures",
            classe -> Set.of("fr.socle.api.commun.Ecritures", "fr.socle.query.rappel.PlanificateurRappels")
                            .contains(classe.getName())
                    || classe.getPackageName().startsWith("fr.socle.app.ligne")
                    || classe.getPackageName().startsWith("fr.socle.command")
                            && classe.isAnnotatedWith(ProcessingGroup.class));

    @ArchTest
    static final ArchRule seul_le_chemin_des_ecritures_envoie_des_commandes = noClasses()
            .that(DescribedPredicate.not(AUTORISE_A_COMMANDER))
            .should()
            .callMethodWhere(ENVOI_DE_COMMANDE);

    /** Un événement est ce qu'un agrégat ou une projection reçoit ; son nom et sa forme sont publics, donc versionnés. */
    @ArchTest
    static void chaque_evenement_porte_sa_revision(JavaClasses classes) {
        Set<String> evenements = new TreeSet<>();
        Set<String> sansRevision = new TreeSet<>();
        for (JavaClass classe : classes) {
            for (JavaMethod methode : classe.getMethods()) {
                if (!methode.isAnnotatedWith(EventHandler.class)
                        && !methode.isAnnotatedWith(EventSourcingHandler.class)) {
                    continue;
                }
                List<JavaClass> parametres = methode.getRawParameterTypes();
                if (parametres.isEmpty() || !parametres.get(0).getPackageName().startsWith("fr.socle.kernel")) {
                    continue;
                }
                JavaClass evenement = parametres.get(0);
                evenements.add(evenement.getName());
                if (!evenement.isAnnotatedWith(Revision.class)) {
                    sansRevision.add(evenement.getName());
                }
            }
        }
        assertThat(evenements).as("événements trouvés").hasSizeGreaterThan(40);
        assertThat(sansRevision).as("événements sans @Revision").isEmpty();
    }
}
