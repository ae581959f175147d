package fr.socle.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/** Crée le répertoire des données ({@code socle.donnees}) avant que SQLite n'y ouvre son fichier. */
public class RepertoireDonnees implements EnvironmentPostProcessor {

    public static final String PROPRIETE = "socle.donnees";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environnement, SpringApplication application) {
        String repertoire = environnement.getProperty(PROPRIETE);
        if (repertoire == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(repertoire));
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de créer le répertoire des données " + repertoire, e);
        }
    }
}
