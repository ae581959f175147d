package fr.socle.banc.moteur;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static fr.socle.banc.outils.Json.JSON;

/**
 * Le schéma, lu par introspection : les opérations présentes, et de quoi appeler une mutation inconnue du
 * banc avec ses seuls arguments obligatoires.
 */
public final class Schema {
    static final String TYPE = "name kind ofType { name kind ofType { name kind ofType { name kind } } }";
    public final Map<String, JsonNode> mutations = new LinkedHashMap<>();
    public final Map<String, JsonNode> requetes = new LinkedHashMap<>();
    final Map<String, JsonNode> types = new LinkedHashMap<>();

    public static Schema lire(Client client) {
        JsonNode r = client.executer("admin", "{ __schema { types { name kind "
                + "fields { name args { name type { " + TYPE + " } } type { " + TYPE + " } } "
                + "inputFields { name type { " + TYPE + " } } enumValues { name } } "
                + "queryType { name } mutationType { name } } }").path("data").path("__schema");
        Schema s = new Schema();
        for (JsonNode t : r.path("types")) {
            s.types.put(t.path("name").asText(), t);
        }
        for (JsonNode f : s.types.getOrDefault(r.path("queryType").path("name").asText(), JSON.createObjectNode()).path("fields")) {
            s.requetes.put(f.path("name").asText(), f);
        }
        for (JsonNode f : s.types.getOrDefault(r.path("mutationType").path("name").asText(), JSON.createObjectNode()).path("fields")) {
            s.mutations.put(f.path("name").asText(), f);
        }
        return s;
    }

    /** Un appel d'une mutation sur un dossier existant, ses arguments obligatoires remplis par des valeurs plausibles. */
    public record Appel(String nom, JsonNode champ, Schema schema) {
        public String document(String dossierId, long n) {
            StringBuilder args = new StringBuilder();
            for (JsonNode a : champ.path("args")) {
                if (!"NON_NULL".equals(a.path("type").path("kind").asText())) {
                    continue;
                }
                args.append(args.isEmpty() ? "" : ", ").append(a.path("name").asText()).append(": ")
                        .append(schema.valeur(a.path("name").asText(), a.path("type"), dossierId, n, 0));
            }
            JsonNode retour = nu(champ.path("type"));
            String selection = "OBJECT".equals(retour.path("kind").asText())
                    ? schema.types.get(retour.path("name").asText()).path("fields").findValuesAsText("name").contains("version")
                      ? " { version }" : " { __typename }"
                    : "";
            return "mutation { " + nom + (args.isEmpty() ? "" : "(" + args + ")") + selection + " }";
        }
    }

    public Optional<Appel> appel(String nom) {
        return Optional.ofNullable(mutations.get(nom)).map(f -> new Appel(nom, f, this));
    }

    static JsonNode nu(JsonNode type) {
        while (type.path("ofType").isObject() && !type.path("ofType").isEmpty()) {
            type = type.path("ofType");
        }
        return type;
    }

    String valeur(String champ, JsonNode type, String dossierId, long n, int profondeur) {
        if ("LIST".equals(type.path("kind").asText()) || "LIST".equals(type.path("ofType").path("kind").asText())) {
            JsonNode element = "LIST".equals(type.path("kind").asText()) ? type.path("ofType") : type.path("ofType").path("ofType");
            return "[" + valeur(champ, element, dossierId, n, profondeur) + "]";
        }
        JsonNode t = nu(type);
        String nomType = t.path("name").asText();
        return switch (t.path("kind").asText()) {
            case "ENUM" -> types.get(nomType).path("enumValues").path(0).path("name").asText();
            case "INPUT_OBJECT" -> objet(nomType, dossierId, n, profondeur);
            default -> scalaire(champ, nomType, dossierId, n);
        };
    }

    private String objet(String nomType, String dossierId, long n, int profondeur) {
        StringBuilder s = new StringBuilder("{ ");
        for (JsonNode f : types.get(nomType).path("inputFields")) {
            if ("NON_NULL".equals(f.path("type").path("kind").asText()) && profondeur < 4) {
                s.append(f.path("name").asText()).append(": ")
                        .append(valeur(f.path("name").asText(), f.path("type"), dossierId, n, profondeur + 1)).append(" ");
            }
        }
        return s.append("}").toString();
    }

    private static String scalaire(String champ, String nomType, String dossierId, long n) {
        return switch (nomType) {
            case "ID" -> "\"" + dossierId + "\"";
            case "Int" -> "1";
            case "Float" -> "1.0";
            case "Boolean" -> "false";
            case "Date" -> "\"" + LocalDate.now() + "\"";
            case "DateTime" -> "\"" + Instant.now() + "\"";
            case "Montant" -> "\"1.00\"";
            default -> champ.toLowerCase(Locale.ROOT).contains("email")
                    ? "\"banc" + n + "@exemple.fr\""
                    : "\"Note de banc numéro " + n + "\"";
        };
    }
}
