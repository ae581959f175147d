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
 * Les mutations type du contrat, déclarées en table : chacune vise un agrégat existant par son identifiant
 * saisi et sa version attendue, envoie une commande, et rend le modèle de lecture de l'agrégat une fois la
 * commande projetée. Un sujet (dossier, fiche d'intervenant, pièce…) ne déclare que le nom de chaque mutation
 * et la commande qu'elle envoie ; le chemin (rôle d'écriture, lecture de l'identifiant et de la version,
 * envoi, lecture de ses effets) est écrit ici, une fois pour toutes.
 */
@Configuration
public class MutationsAgregats {

    /** Les mutations type d'un sujet : un composant de son paquet (d'ordinaire son contrôleur) les déclare. */
    public interface Declaration {
        void declarer(Table table);
    }

    /** La commande d'une mutation, construite de ses autres arguments, de l'identifiant lu et de la version. */
    @FunctionalInterface
    public interface Commande {
        Object construire(Arguments arguments, String id, Long versionAttendue);
    }

    @Bean
    public RuntimeWiringConfigurer mutationsDeclarees(
            List<Declaration> declarations, Ecritures ecritures, GardeEcriture garde) {
        return wiring -> {
            Table table = new Table(ecritures, garde);
            declarations.forEach(declaration -> declaration.declarer(table));
            wiring.type("Mutation", type -> type.dataFetchers(table.lectures));
        };
    }

    @Bean
    public GardeEcriture gardeEcriture() {
        return new GardeEcriture();
    }

    /** Le rôle qu'exige toute mutation type, vérifié comme celui des contrôleurs : par l'expression de {@link Roles}. */
    public static class GardeEcriture {

        @PreAuthorize(Roles.ECRITURE)
        public Object executer(Supplier<?> mutation) {
            return mutation.get();
        }
    }

    /** La table où chaque sujet déclare ses mutations type. */
    public static final class Table {

        private final Ecritures ecritures;
        private final GardeEcriture garde;
        private final Map<String, DataFetcher> lectures = new LinkedHashMap<>();

        private Table(Ecritures ecritures, GardeEcriture garde) {
            this.ecritures = ecritures;
            this.garde = garde;
        }

        /**
         * Les mutations d'un agrégat dont l'identifiant est l'argument {@code champId} (refusé sous ce nom)
         * et dont le modèle de lecture est relu par {@code lecture}.
         */
        public <T extends Versionne> Sujet<T> sujet(String champId, Function<String, Optional<T>> lecture) {
            return new Sujet<>(champId, lecture);
        }

        /** Les mutations type d'un même agrégat. */
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
                if (lectures.put(nom, environnement -> garde.executer(() -> executer(commande, environnement)))
                        != null) {
                    throw new IllegalStateException("La mutation " + nom + " est déclarée deux fois");
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
