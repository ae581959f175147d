package fr.socle.api.commun;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Montant;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Les scalaires du contrat : DateTime (instant UTC ISO-8601), Date, Montant (euros en texte décimal), JSON. */
@Configuration
public class Scalaires {

    @Bean
    public RuntimeWiringConfigurer scalairesDuContrat() {
        return wiring -> wiring.scalar(texte(
                        "DateTime",
                        "Un instant ISO-8601 en UTC, par exemple 2026-11-22T08:30:00Z",
                        Instant.class,
                        Instant::parse,
                        Instant::toString))
                .scalar(texte(
                        "Date",
                        "Une date ISO-8601, par exemple 2026-11-22",
                        LocalDate.class,
                        LocalDate::parse,
                        LocalDate::toString))
                .scalar(texte(
                        "Montant",
                        "Un montant en euros, en texte décimal à deux chiffres après la virgule : \"1250.00\"",
                        Montant.class,
                        Montant::lire,
                        Montant::toString))
                .scalar(json());
    }

    private static <T> GraphQLScalarType texte(
            String nom, String description, Class<T> type, Function<String, T> lire, Function<T, String> ecrire) {
        return GraphQLScalarType.newScalar()
                .name(nom)
                .description(description)
                .coercing(new Coercing<T, String>() {
                    @Override
                    public String serialize(Object valeur, GraphQLContext contexte, Locale locale) {
                        if (type.isInstance(valeur)) {
                            return ecrire.apply(type.cast(valeur));
                        }
                        // Les modèles de lecture gardent les montants en BigDecimal (Decimal128 dans MongoDB).
                        if (valeur instanceof String || valeur instanceof BigDecimal) {
                            return ecrire.apply(
                                    lire.apply(valeur instanceof BigDecimal b ? b.toPlainString() : (String) valeur));
                        }
                        throw new CoercingSerializeException(
                                nom + " attendu, reçu " + valeur.getClass().getSimpleName());
                    }

                    @Override
                    public T parseValue(Object saisie, GraphQLContext contexte, Locale locale) {
                        if (type.isInstance(saisie)) {
                            return type.cast(saisie);
                        }
                        if (saisie instanceof String s) {
                            return lireOuRefuser(s, CoercingParseValueException::new);
                        }
                        throw new CoercingParseValueException(nom + " invalide : un texte est attendu");
                    }

                    @Override
                    public T parseLiteral(
                            Value<?> litteral, CoercedVariables variables, GraphQLContext contexte, Locale locale) {
                        if (litteral instanceof StringValue s) {
                            return lireOuRefuser(s.getValue(), CoercingParseLiteralException::new);
                        }
                        throw new CoercingParseLiteralException(nom + " invalide : un texte est attendu");
                    }

                    private <E extends RuntimeException> T lireOuRefuser(String s, Function<String, E> refus) {
                        try {
                            return lire.apply(s);
                        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException | Refus e) {
                            throw refus.apply(nom + " invalide « " + (s.length() > 40 ? s.substring(0, 40) + "…" : s)
                                    + " » : "
                                    + (e.getMessage() == null ? "format attendu : " + description : e.getMessage()));
                        }
                    }
                })
                .build();
    }

    private static GraphQLScalarType json() {
        return GraphQLScalarType.newScalar()
                .name("JSON")
                .description("Une valeur JSON quelconque")
                .coercing(new Coercing<Object, Object>() {
                    @Override
                    public Object serialize(Object valeur, GraphQLContext contexte, Locale locale) {
                        return valeur;
                    }

                    @Override
                    public Object parseValue(Object saisie, GraphQLContext contexte, Locale locale) {
                        return saisie;
                    }

                    @Override
                    public Object parseLiteral(
                            Value<?> litteral, CoercedVariables variables, GraphQLContext contexte, Locale locale) {
                        return litteral(litteral, variables);
                    }
                })
                .build();
    }

    private static Object litteral(Value<?> valeur, CoercedVariables variables) {
        if (valeur instanceof StringValue s) {
            return s.getValue();
        }
        if (valeur instanceof IntValue i) {
            return i.getValue();
        }
        if (valeur instanceof FloatValue f) {
            return f.getValue();
        }
        if (valeur instanceof BooleanValue b) {
            return b.isValue();
        }
        if (valeur instanceof NullValue) {
            return null;
        }
        if (valeur instanceof VariableReference v) {
            return variables.get(v.getName());
        }
        if (valeur instanceof ArrayValue a) {
            return a.getValues().stream().map(v -> litteral(v, variables)).toList();
        }
        if (valeur instanceof ObjectValue o) {
            Map<String, Object> objet = new LinkedHashMap<>();
            o.getObjectFields().forEach(c -> objet.put(c.getName(), litteral(c.getValue(), variables)));
            return objet;
        }
        return List.of();
    }
}
