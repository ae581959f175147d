package fr.socle.api.commun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.kernel.erreur.Classification;
import fr.socle.kernel.erreur.ErreurClassee;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Les bornes d'une requête GraphQL : taille du corps, et ce que la requête coûte ({@link CoutRequete}). Un corps
 * trop gros ou qui n'est pas une requête GraphQL en JSON reçoit une erreur au format du contrat.
 */
@Configuration
public class LimitesRequetes {

    @Bean
    public Instrumentation coutMaximal(
            @Value("${socle.limites.profondeur:12}") int profondeur,
            @Value("${socle.limites.complexite:400}") int complexite,
            @Value("${socle.limites.introspection.profondeur:15}") int profondeurIntrospection,
            @Value("${socle.limites.introspection.complexite:500}") int complexiteIntrospection) {
        return new CoutRequete(
                new CoutRequete.Bornes(profondeur, complexite),
                new CoutRequete.Bornes(profondeurIntrospection, complexiteIntrospection));
    }

    @Bean
    public OncePerRequestFilter corpsDesRequetes(
            ObjectMapper json,
            @Value("${socle.limites.corps:10MB}") DataSize tailleMax,
            @Value("${spring.graphql.path:/graphql}") String chemin) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest requete) {
                return !"POST".equals(requete.getMethod()) || !chemin.equals(requete.getRequestURI());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                    throws ServletException, IOException {
                long annonce = requete.getContentLengthLong();
                byte[] corps =
                        annonce > tailleMax.toBytes() ? null : lire(requete.getInputStream(), tailleMax.toBytes());
                if (corps == null) {
                    refuser(
                            reponse,
                            json,
                            HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                            "REQUETE_TROP_GROSSE",
                            "Le corps de la requête dépasse " + tailleMax.toMegabytes() + " Mo");
                    return;
                }
                String probleme = probleme(json, corps);
                if (probleme != null) {
                    refuser(reponse, json, HttpServletResponse.SC_BAD_REQUEST, "REQUETE_INVALIDE", probleme);
                    return;
                }
                suite.doFilter(new CorpsRelu(requete, corps), reponse);
            }
        };
    }

    /** Le corps entier, ou {@code null} s'il dépasse {@code max} octets. */
    private static byte[] lire(InputStream entree, long max) throws IOException {
        ByteArrayOutputStream tampon = new ByteArrayOutputStream();
        byte[] bloc = new byte[8192];
        int n;
        while ((n = entree.read(bloc)) != -1) {
            if (tampon.size() + n > max) {
                return null;
            }
            tampon.write(bloc, 0, n);
        }
        return tampon.toByteArray();
    }

    private static String probleme(ObjectMapper json, byte[] corps) {
        JsonNode racine;
        try {
            racine = json.readTree(corps);
        } catch (IOException e) {
            return "Le corps n'est pas du JSON valide";
        }
        if (racine == null || !racine.isObject() || !racine.path("query").isTextual()) {
            return "Le corps doit être un objet JSON avec un champ « query » textuel";
        }
        JsonNode variables = racine.path("variables");
        if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
            return "« variables » doit être un objet JSON";
        }
        return null;
    }

    private static void refuser(
            HttpServletResponse reponse, ObjectMapper json, int statut, String regle, String message)
            throws IOException {
        ErreurClassee erreur = new ErreurClassee(Classification.BAD_REQUEST, null, regle, message);
        reponse.setStatus(statut);
        reponse.setContentType(MediaType.APPLICATION_JSON_VALUE);
        reponse.setCharacterEncoding("UTF-8");
        json.writeValue(
                reponse.getOutputStream(),
                Map.of(
                        "errors",
                        List.of(Map.of(
                                "message", erreur.message(),
                                "extensions",
                                        Map.of(
                                                "classification",
                                                erreur.classification().name(),
                                                "regle",
                                                erreur.regle())))));
    }

    /** La requête dont le corps, déjà lu pour être vérifié, est rendu à la suite de la chaîne. */
    private static final class CorpsRelu extends HttpServletRequestWrapper {
        private final byte[] corps;

        CorpsRelu(HttpServletRequest requete, byte[] corps) {
            super(requete);
            this.corps = corps;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream entree = new ByteArrayInputStream(corps);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return entree.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return entree.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return entree.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public int getContentLength() {
            return corps.length;
        }

        @Override
        public long getContentLengthLong() {
            return corps.length;
        }
    }
}
