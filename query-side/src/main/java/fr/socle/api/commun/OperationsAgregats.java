package fr.socle.api.commun;

import fr.socle.kernel.valeur.Identifiant;
import fr.socle.query.commun.Versionne;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;

/**
 * Les opérations type du contrat, déclarées en table. Une mutation type crée un agrégat, ou vise un agrégat
 * existant par son identifiant saisi et sa version attendue ; elle envoie une commande et rend le modèle de
 * lecture de l'agrégat une fois la commande projetée. Une lecture type rend ce modèle par son identifiant.
 * Un sujet (dossier, fiche d'intervenant, pièce…) ne déclare que le nom de chaque opération et la commande
 * qu'elle envoie ; le chemin (rôle exigé, lecture de l'identifiant et de la version, envoi, lecture de ses
 * effets) est écrit ici, une fois pour toutes.
 */
@Configuration
public class OperationsAgregats {

    /** Les opérations type d'un sujet : un composant de son paquet (d'ordinaire son contrôleur) les déclare. */
    public interface Declaration {
        void declarer(Table table);
    }

    /** La commande d'une mutation, construite de ses autres arguments, de l'identifiant lu et de la version. */
    @FunctionalInterface
    public interface Commande {
        Object construire(Arguments arguments, String id, Long versionAttendue);
    }

    @Bean
    public RuntimeWiringConfigurer operationsDeclarees(
            List<Declaration> declarations, Ecritures ecritures, Gardes gardes) {
        return wiring -> {
            Table table = new Table(ecritures, gardes);
            declarations.forEach(declaration -> declaration.declarer(table));
            wiring.type("Mutation", type -> type.dataFetchers(table.mutations));
            wiring.type("Query", type -> type.dataFetchers(table.lectures));
        };
    }

    @Bean
    public Gardes gardesOperations() {
        return new Gardes();
    }

    /** Les rôles qu'exigent les opérations type, vérifiés comme ceux des contrôleurs : par les expressions de {@link Roles}. */
    public static class Gardes {

        @PreAuthorize(Roles.ECRITURE)
        public Object ecrire(Supplier<?> mutation) {
            return mutation.get();
        }

        @PreAuthorize(Roles.LECTURE)
        public Object lire(Supplier<?> lecture) {
            return lecture.get();
        }
    }

    /** La table où chaque sujet déclare ses opérations type. */
    public static final class Table {

        private final Ecritures ecritures;
        private final Gardes gardes;
        private final Map<String, DataFetcher> mutations = new LinkedHashMap<>();
        private final Map<String, DataFetcher> lectures = new LinkedHashMap<>();

        private Table(Ecritures ecritures, Gardes gardes) {
            this.ecritures = ecritures;
            this.gardes = gardes;
        }

        /**
         * Les mutations d'un agrégat dont l'identifiant est l'argument {@code champId} (refusé sous ce nom)
         * et dont le modèle de lecture est relu par {@code lecture}.
         */
        public <T extends Versionne> Sujet<T> sujet(String champId, Function<String, Optional<T>> lecture) {
            return new Sujet<>(champId, lecture);
        }

        /** Les agrégats qu'on ne fait que créer : aucune mutation ne les vise ensuite par leur identifiant. */
        public <T extends Versionne> Sujet<T> sujet(Function<String, Optional<T>> lecture) {
            return new Sujet<>(null, lecture);
        }

        /** Les opérations type d'un même agrégat. */
        public final class Sujet<T extends Versionne> {

            private final String champId;
            private final Function<String, Optional<T>> lecture;

            private Sujet(String champId, Function<String, Optional<T>> lecture) {
                this.champId = champId;
                this.lecture = lecture;
            }

            /** Une mutation sans autre argument que l'identifiant et la version attendue. */
            public Sujet<T> mutation(String nom, BiFunction<String, Long, ?> commande) {
                return mutation(nom, (arguments, id, version) -> commande.apply(id, version));
            }

            public Sujet<T> mutation(String nom, Commande commande) {
                exigerIdentifiant(nom);
                return ajouter(mutations, nom, environnement -> gardes.ecrire(() -> executer(commande, environnement)));
            }

            /** La lecture du modèle par son identifiant ; un identifiant inconnu rend {@code null}. */
            public Sujet<T> lecture(String nom) {
                exigerIdentifiant(nom);
                return ajouter(
                        lectures,
                        nom,
                        environnement -> gardes.lire(
                                () -> lecture.apply(Identifiant.lire(environnement.getArgument(champId), champId))
                                        .orElse(null)));
            }

            /** Une mutation qui crée l'agrégat : son identifiant est nouveau, la commande le reçoit. */
            public Sujet<T> creation(String nom, BiFunction<Arguments, String, ?> commande) {
                return ajouter(
                        mutations,
                        nom,
                        environnement -> gardes.ecrire(() -> {
                            String id = Identifiant.nouveau();
                            return ecritures.executer(
                                    id, commande.apply(new Arguments(environnement), id), () -> lecture.apply(id));
                        }));
            }

            private void exigerIdentifiant(String nom) {
                if (champId == null) {
                    throw new IllegalStateException("L'opération " + nom + " vise un sujet sans identifiant");
                }
            }

            private Sujet<T> ajouter(Map<String, DataFetcher> operations, String nom, DataFetcher<?> operation) {
                if (operations.put(nom, operation) != null) {
                    throw new IllegalStateException("L'opération " + nom + " est déclarée deux fois");
                }
                return this;
            }

            private T executer(Commande commande, DataFetchingEnvironment environnement) {
                String id = Identifiant.lire(environnement.getArgument(champId), champId);
                Integer versionAttendue = environnement.getArgument("versionAttendue");
                Object aEnvoyer =
                        commande.construire(new Arguments(environnement), id, Saisie.versionAttendue(versionAttendue));
                return ecritures.executer(id, aEnvoyer, () -> lecture.apply(id));
            }
        }
    }

    /** Les autres arguments d'une mutation, liés à leur type Java comme ceux d'un {@code @Argument}. */
    public static final class Arguments {

        private static final GraphQlArgumentBinder LIENS = new GraphQlArgumentBinder();

        private final DataFetchingEnvironment environnement;

        private Arguments(DataFetchingEnvironment environnement) {
            this.environnement = environnement;
        }

        public <A> A valeur(String nom, Class<A> type) {
            return type.cast(lier(nom, ResolvableType.forClass(type)));
        }

        @SuppressWarnings("unchecked")
        public <A> List<A> liste(String nom, Class<A> type) {
            return (List<A>) lier(nom, ResolvableType.forClassWithGenerics(List.class, type));
        }

        private Object lier(String nom, ResolvableType type) {
            try {
                return LIENS.bind(environnement, nom, type);
            } catch (BindException e) {
                throw new IllegalArgumentException("Argument " + nom + " illisible", e);
            }
        }
    }
}
