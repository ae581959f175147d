package fr.socle.banc.outils;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Le seul ObjectMapper du banc : corps des requêtes GraphQL et fichier de résultats. */
public final class Json {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }
}
