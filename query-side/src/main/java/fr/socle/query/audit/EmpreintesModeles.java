package fr.socle.query.audit;

import fr.socle.api.dossier.importation.ImportDossiers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * L'empreinte de chaque modèle de lecture : un SHA-256 de tous ses documents, dans l'ordre de leur
 * {@code _id}, champs triés par nom. Deux modèles de même contenu ont la même empreinte quel que soit
 * l'ordre dans lequel leurs champs ont été écrits : c'est ce qui prouve qu'une reconstruction rend les
 * modèles à l'identique. Les jetons de suivi des projections et les comptes rendus d'import n'en sont pas.
 */
@Component
public class EmpreintesModeles {

    /** @param documents le nombre de documents du modèle */
    public record EmpreinteModele(String collection, long documents, String empreinte) {}

    private final MongoTemplate mongo;

    public EmpreintesModeles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<EmpreinteModele> calculer() {
        return mongo.getCollectionNames().stream()
                .filter(nom -> !nom.startsWith("tracking")
                        && !nom.startsWith("system")
                        && !nom.equals(ImportDossiers.COLLECTION))
                .sorted()
                .map(this::empreinte)
                .toList();
    }

    private EmpreinteModele empreinte(String collection) {
        MessageDigest sha = sha256();
        long[] documents = {0};
        mongo.stream(new Query().with(Sort.by("_id")), Document.class, collection)
                .forEach(d -> {
                    sha.update(new Document(trie(d)).toJson().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                    documents[0]++;
                });
        return new EmpreinteModele(collection, documents[0], HexFormat.of().formatHex(sha.digest()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> trie(Map<String, Object> document) {
        Map<String, Object> trie = new TreeMap<>();
        document.forEach((cle, valeur) -> trie.put(
                cle,
                valeur instanceof Map<?, ?> m
                        ? new Document(trie((Map<String, Object>) m))
                        : valeur instanceof List<?> l
                                ? l.stream()
                                        .map(e -> e instanceof Map<?, ?> m
                                                ? new Document(trie((Map<String, Object>) m))
                                                : e)
                                        .toList()
                                : valeur));
        return trie;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
