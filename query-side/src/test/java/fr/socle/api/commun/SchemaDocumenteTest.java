package fr.socle.api.commun;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.DirectiveDefinition;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Le schéma est le contrat public : chaque type, champ, argument, champ d'entrée, valeur d'enum et scalaire
 * y dit ce qu'il signifie. Les extensions ({@code extend type Query}) n'ont pas de description propre, mais
 * leurs champs en ont une.
 */
@SuppressWarnings("rawtypes")
class SchemaDocumenteTest {

    private static final String SCHEMAS = "classpath*:graphql/*.graphqls";

    @Test
    void chaque_element_du_schema_est_decrit() throws IOException {
        TypeDefinitionRegistry registre = registre();
        List<String> manquants = new ArrayList<>();

        List<TypeDefinition> types = new ArrayList<>(registre.types().values());
        registre.scalars().values().stream()
                .filter(s -> !ScalarInfo.isGraphqlSpecifiedScalar(s.getName()))
                .forEach(types::add);
        types.forEach(type -> verifierType(type, false, manquants));
        List<TypeDefinition> extensions = new ArrayList<>();
        registre.objectTypeExtensions().values().forEach(extensions::addAll);
        registre.interfaceTypeExtensions().values().forEach(extensions::addAll);
        registre.unionTypeExtensions().values().forEach(extensions::addAll);
        registre.enumTypeExtensions().values().forEach(extensions::addAll);
        registre.scalarTypeExtensions().values().forEach(extensions::addAll);
        registre.inputObjectTypeExtensions().values().forEach(extensions::addAll);
        extensions.forEach(extension -> verifierType(extension, true, manquants));
        for (DirectiveDefinition directive : registre.getDirectiveDefinitions().values()) {
            if (!DirectiveInfo.isGraphqlSpecifiedDirective(directive.getName())) {
                exiger(directive.getDescription(), "directive @" + directive.getName(), manquants);
                directive
                        .getInputValueDefinitions()
                        .forEach(a -> exiger(
                                a.getDescription(),
                                "argument @" + directive.getName() + "(" + a.getName() + ")",
                                manquants));
            }
        }

        assertThat(manquants).as("éléments du schéma sans description").isEmpty();
    }

    @Test
    void pageinfo_suit_la_specification_relay() throws IOException {
        ObjectTypeDefinition pageInfo =
                registre().getType("PageInfo", ObjectTypeDefinition.class).orElseThrow();
        assertThat(pageInfo.getFieldDefinitions())
                .extracting(f -> f.getName() + ": " + graphql.language.AstPrinter.printAst(f.getType()))
                .contains(
                        "hasNextPage: Boolean!",
                        "hasPreviousPage: Boolean!",
                        "startCursor: String",
                        "endCursor: String");
    }

    private static void verifierType(TypeDefinition type, boolean extension, List<String> manquants) {
        String nom = type.getName();
        if (!extension) {
            exiger(description(type), "type " + nom, manquants);
        }
        if (type instanceof ObjectTypeDefinition objet) {
            verifierChamps(nom, objet.getFieldDefinitions(), manquants);
        } else if (type instanceof InterfaceTypeDefinition interfaceType) {
            verifierChamps(nom, interfaceType.getFieldDefinitions(), manquants);
        } else if (type instanceof InputObjectTypeDefinition entree) {
            entree.getInputValueDefinitions()
                    .forEach(c -> exiger(c.getDescription(), "champ d'entrée " + nom + "." + c.getName(), manquants));
        } else if (type instanceof EnumTypeDefinition enumeration) {
            enumeration
                    .getEnumValueDefinitions()
                    .forEach(v -> exiger(v.getDescription(), "valeur " + nom + "." + v.getName(), manquants));
        }
    }

    private static void verifierChamps(String type, List<FieldDefinition> champs, List<String> manquants) {
        for (FieldDefinition champ : champs) {
            exiger(champ.getDescription(), "champ " + type + "." + champ.getName(), manquants);
            for (InputValueDefinition argument : champ.getInputValueDefinitions()) {
                exiger(
                        argument.getDescription(),
                        "argument " + type + "." + champ.getName() + "(" + argument.getName() + ")",
                        manquants);
            }
        }
    }

    private static Description description(TypeDefinition type) {
        if (type instanceof ObjectTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof InterfaceTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof UnionTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof EnumTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof InputObjectTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof ScalarTypeDefinition t) {
            return t.getDescription();
        }
        return null;
    }

    private static void exiger(Description description, String element, List<String> manquants) {
        if (description == null
                || description.getContent() == null
                || description.getContent().isBlank()) {
            manquants.add(element);
        }
    }

    private static TypeDefinitionRegistry registre() throws IOException {
        Resource[] fichiers = new PathMatchingResourcePatternResolver().getResources(SCHEMAS);
        assertThat(fichiers).as("fichiers " + SCHEMAS).isNotEmpty();
        SchemaParser lecteur = new SchemaParser();
        TypeDefinitionRegistry registre = new TypeDefinitionRegistry();
        for (Resource fichier : fichiers) {
            try (Reader texte = new InputStreamReader(fichier.getInputStream(), StandardCharsets.UTF_8)) {
                registre.merge(lecteur.parse(texte));
            }
        }
        return registre;
    }
}
