package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Un client lit dans README quels codes {@code extensions.regle} existent et s'il faut renvoyer la
 * demande : chaque code que le code source peut produire doit y figurer.
 */
class CodesDocumentesTest {

    /** Un code de règle s'écrit en majuscules avec au moins un souligné ({@code EMAIL_INVALIDE}). */
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

    private static final Set<String> CODES_D_UN_MOT = Set.of("OBLIGATOIRE", "INTROUVABLE");

    @Test
    void chaque_code_de_regle_du_code_source_est_dans_le_tableau_du_readme() throws IOException {
        Path racine = Path.of("").toAbsolutePath().getParent();
        String readme = Files.readString(racine.resolve("README.md"));

        Set<String> codes = new TreeSet<>(CODES_D_UN_MOT);
        for (String module : new String[] {"shared-kernel", "command-side", "query-side", "app"}) {
            try (Stream<Path> sources = Files.walk(racine.resolve(module).resolve("src/main/java"))) {
                sources.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    Matcher m = CODE.matcher(lire(f));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                });
            }
        }

        assertThat(codes).hasSizeGreaterThan(50);
        assertThat(codes)
                .as("codes absents du tableau « Erreurs » de README.md")
                .allSatisfy(code -> assertThat(readme).contains("`" + code + "`"));
    }

    private static String lire(Path fichier) {
        try {
            return Files.readString(fichier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
