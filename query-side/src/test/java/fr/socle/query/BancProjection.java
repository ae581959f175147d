package fr.socle.query;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.valeur.Adresse;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.test.MongoEmbarque;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Le banc d'essai d'une projection : un MongoDB embarqué joint par le vrai pilote, un {@link MongoTemplate}
 * construit comme celui du côté requêtes (même configuration {@code query-side.yml}, mêmes
 * auto-configurations de Spring Boot, même paquet d'entités), et la projection enveloppée dans l'adaptateur
 * d'Axon : ses gestionnaires reçoivent de vrais messages d'événements, suivis (jeton de position globale)
 * et datés, avec leur agrégat, leur numéro de séquence et leurs métadonnées.
 * <p>
 * Une extension JUnit : {@code @RegisterExtension static final BancProjection banc = new BancProjection();}
 * démarre le serveur et le contexte pour la classe de test, et vide la base avant chaque test.
 */
public final class BancProjection implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Le début des horodatages des événements envoyés ; chacun est daté une minute après le précédent. */
    public static final Instant ORIGINE = Instant.parse("2024-03-01T08:00:00Z");

    /** L'adresse des personnes des tests de projection : celle qu'une vue doit recopier puis effacer. */
    public static final Adresse LILAS = new Adresse("3 rue des Lilas", "69003", "Lyon");

    /** Le côté requêtes tel que ses projections le voient : le client MongoDB et le MongoTemplate de Boot. */
    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = QuerySideApplication.class)
    @ImportAutoConfiguration({MongoAutoConfiguration.class, MongoDataAutoConfiguration.class})
    static class Lecture {}

    private MongoEmbarque serveur;
    private ConfigurableApplicationContext contexte;
    private MongoTemplate mongo;
    private final AtomicLong position = new AtomicLong();

    @Override
    public void beforeAll(ExtensionContext classe) {
        serveur = MongoEmbarque.demarrer();
        contexte = new SpringApplicationBuilder(Lecture.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run("--" + QuerySideApplication.CONFIGURATION, "--spring.data.mongodb.uri=" + serveur.uri());
        mongo = contexte.getBean(MongoTemplate.class);
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        vider();
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    /** Efface toutes les collections : chaque test part d'une base vide. */
    public void vider() {
        mongo.getDb().drop();
    }

    /**
     * La projection, prête à recevoir des événements par l'adaptateur d'Axon. Une projection rangée en
     * plusieurs composants d'un même groupe de traitement se donne en entier : comme leur processeur, le banc
     * livre chaque événement à chacun des composants qui le traitent, dans l'ordre donné, et les remet tous
     * à zéro ensemble.
     */
    public Projection projection(Object... composants) {
        return new Projection(Arrays.stream(composants)
                .map(AnnotationEventHandlerAdapter::new)
                .toList());
    }

    /** Le document brut tel que MongoDB le garde (pour voir les champs absents), ou {@code null}. */
    public Document document(Class<?> modele, String id) {
        return mongo.findById(id, Document.class, mongo.getCollectionName(modele));
    }

    public long nombre(Class<?> modele) {
        return mongo.getCollection(mongo.getCollectionName(modele)).countDocuments();
    }

    public boolean collectionExiste(Class<?> modele) {
        return mongo.collectionExists(modele);
    }

    /**
     * Les types d'événements que traitent plusieurs des composants d'une projection. Il n'en faut aucun :
     * {@link fr.socle.query.commun.Versions#avancer} n'écrit qu'une fois par séquence, et un second
     * gestionnaire du même événement trouverait la version déjà avancée.
     */
    public static Set<Class<?>> evenementsPartages(Class<?>... composants) {
        Map<Class<?>, Long> gestionnaires = Arrays.stream(composants)
                .flatMap(composant -> {
                    Set<Class<?>> traites = Arrays.stream(composant.getDeclaredMethods())
                            .filter(m -> m.isAnnotationPresent(EventHandler.class))
                            .map(m -> m.getParameterTypes()[0])
                            .collect(Collectors.toSet());
                    if (traites.isEmpty()) {
                        throw new AssertionError(composant.getSimpleName() + " ne traite aucun événement");
                    }
                    return traites.stream();
                })
                .collect(Collectors.groupingBy(evenement -> evenement, Collectors.counting()));
        return gestionnaires.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** Des métadonnées d'un événement émis par {@code auteur}, comme les signe le bus de commandes. */
    public static MetaData par(String auteur) {
        return MetaData.with(ConfigurationLecture.AUTEUR, auteur);
    }

    @Override
    public void afterAll(ExtensionContext classe) {
        try {
            if (contexte != null) {
                contexte.close();
            }
        } finally {
            serveur.close();
        }
    }

    /** Une projection derrière l'adaptateur d'Axon, un adaptateur par composant. */
    public final class Projection {

        private final List<AnnotationEventHandlerAdapter> adaptateurs;

        private Projection(List<AnnotationEventHandlerAdapter> adaptateurs) {
            this.adaptateurs = adaptateurs;
        }

        /** L'événement {@code sequence} de l'agrégat {@code type}/{@code agregatId}, sans auteur. */
        public TrackedEventMessage<?> envoyer(String type, String agregatId, long sequence, Object evenement) {
            return envoyer(type, agregatId, sequence, evenement, MetaData.emptyInstance());
        }

        /** L'événement suivant du flux : position globale et horodatage avancent d'un cran. */
        public TrackedEventMessage<?> envoyer(
                String type, String agregatId, long sequence, Object evenement, Map<String, ?> metaDonnees) {
            long suivante = position.incrementAndGet();
            DomainEventMessage<?> message = new GenericDomainEventMessage<>(
                    type,
                    agregatId,
                    sequence,
                    evenement,
                    metaDonnees,
                    UUID.randomUUID().toString(),
                    ORIGINE.plusSeconds(60 * suivante));
            TrackedEventMessage<?> suivi =
                    new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(suivante), message);
            renvoyer(suivi);
            return suivi;
        }

        /**
         * Livre (de nouveau) un message tel quel, dans une unité de travail comme le fait un processeur ;
         * l'événement doit avoir un gestionnaire dans la projection.
         */
        public void renvoyer(TrackedEventMessage<?> message) {
            List<AnnotationEventHandlerAdapter> gestionnaires =
                    adaptateurs.stream().filter(a -> a.canHandle(message)).toList();
            if (gestionnaires.isEmpty()) {
                throw new AssertionError(
                        "Aucun gestionnaire pour " + message.getPayloadType().getSimpleName());
            }
            ResultMessage<?> resultat = DefaultUnitOfWork.startAndGet(message).executeWithResult(() -> {
                for (AnnotationEventHandlerAdapter gestionnaire : gestionnaires) {
                    gestionnaire.handle(message);
                }
                return null;
            });
            if (resultat.isExceptional()) {
                throw new AssertionError(
                        "La projection a échoué sur " + message.getPayloadType().getSimpleName(),
                        resultat.exceptionResult());
            }
        }

        /**
         * Relivre des messages déjà traités, comme un rejeu ou une reprise après panne, et vérifie que le
         * document brut {@code modele}/{@code id} n'en a pas bougé : une relivraison n'écrit rien.
         */
        public void renvoyerSansEffet(Class<?> modele, String id, TrackedEventMessage<?>... messages) {
            renvoyerSansEffet(modele, id, List.of(messages));
        }

        /** {@link #renvoyerSansEffet(Class, String, TrackedEventMessage[])} pour une suite de messages. */
        public void renvoyerSansEffet(Class<?> modele, String id, List<? extends TrackedEventMessage<?>> messages) {
            Document avant = document(modele, id);
            messages.forEach(this::renvoyer);
            assertThat(document(modele, id))
                    .as("%s %s relivré", modele.getSimpleName(), id)
                    .isEqualTo(avant);
        }

        /** La projection a-t-elle un gestionnaire pour ce type d'événement ? */
        public boolean gere(Class<?> evenement) {
            return adaptateurs.stream().anyMatch(a -> a.canHandleType(evenement));
        }

        /** Ce que fait un processeur avant de rejouer le flux depuis le début. */
        public void reinitialiser() {
            if (adaptateurs.stream().noneMatch(AnnotationEventHandlerAdapter::supportsReset)) {
                throw new AssertionError("La projection n'a pas de gestionnaire de réinitialisation");
            }
            adaptateurs.forEach(AnnotationEventHandlerAdapter::prepareReset);
        }
    }
}
