package fr.socle.command.rgpd;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.io.IOException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Le JSON des événements avec leurs données personnelles ({@link DonneePersonnelle}) chiffrées. Le sujet
 * d'une donnée est celui que nomme l'événement qui la porte ({@link SujetDonneesPersonnelles}), sinon
 * l'agrégat visé par la commande en cours, celle dont l'unité de travail enregistre les événements. Ne s'applique qu'au sérialiseur des événements : ni l'API ni les modèles de lecture ne
 * voient de forme chiffrée.
 */
public final class DonneesPersonnellesJson {

    private static final CommandTargetResolver CIBLES =
            AnnotationCommandTargetResolver.builder().build();

    private DonneesPersonnellesJson() {}

    /** Une copie de {@code base} qui chiffre à l'écriture et déchiffre (ou efface) à la lecture. */
    public static ObjectMapper appliquer(ObjectMapper base, Chiffreur chiffreur) {
        ObjectMapper clair = base.copy();
        ObjectMapper chiffrant = base.copy();
        chiffrant.setAnnotationIntrospector(AnnotationIntrospector.pair(
                new Introspecteur(clair, chiffreur),
                chiffrant.getSerializationConfig().getAnnotationIntrospector()));
        return chiffrant;
    }

    /**
     * Le sujet que nomme l'objet le plus proche qui englobe la donnée ({@link SujetDonneesPersonnelles} :
     * l'événement, ou une valeur qu'il contient), sinon l'agrégat visé par la commande en cours.
     */
    static String sujetEnglobant(JsonStreamContext contexte) {
        for (JsonStreamContext c = contexte; c != null; c = c.getParent()) {
            if (c.getCurrentValue() instanceof SujetDonneesPersonnelles porteur) {
                return porteur.sujetDonneesPersonnelles();
            }
        }
        return sujetCourant();
    }

    /** L'agrégat dont l'unité de travail en cours écrit les événements, s'il est connu. */
    static String sujetCourant() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        Message<?> message = CurrentUnitOfWork.get().getMessage();
        if (message instanceof DomainEventMessage<?> evenement) {
            return evenement.getAggregateIdentifier();
        }
        if (message instanceof CommandMessage<?> commande) {
            try {
                return CIBLES.resolveTarget(commande).getIdentifier();
            } catch (IllegalArgumentException sansCible) {
                return null;
            }
        }
        return null;
    }

    private static final class Introspecteur extends NopAnnotationIntrospector {
        private final transient ObjectMapper clair;
        private final transient Chiffreur chiffreur;

        Introspecteur(ObjectMapper clair, Chiffreur chiffreur) {
            this.clair = clair;
            this.chiffreur = chiffreur;
        }

        @Override
        public Object findSerializer(Annotated membre) {
            return membre.hasAnnotation(DonneePersonnelle.class) ? new Chiffrant(clair, chiffreur) : null;
        }

        @Override
        public Object findDeserializer(Annotated membre) {
            return membre.hasAnnotation(DonneePersonnelle.class)
                    ? new Dechiffrant(clair, chiffreur, membre.getType())
                    : null;
        }
    }

    private static final class Chiffrant extends JsonSerializer<Object> {
        private final ObjectMapper clair;
        private final Chiffreur chiffreur;

        Chiffrant(ObjectMapper clair, Chiffreur chiffreur) {
            this.clair = clair;
            this.chiffreur = chiffreur;
        }

        @Override
        public void serialize(Object valeur, JsonGenerator sortie, SerializerProvider contexte) throws IOException {
            String json = clair.writeValueAsString(valeur);
            String sujet = sujetEnglobant(sortie.getOutputContext());
            if (sujet == null) {
                // Hors d'une commande sur un agrégat (aucun cas connu), la donnée ne peut être rattachée à personne.
                sortie.writeRawValue(json);
            } else {
                sortie.writeString(chiffreur.chiffrer(sujet, json));
            }
        }
    }

    private static final class Dechiffrant extends StdDeserializer<Object> {
        private final transient ObjectMapper clair;
        private final transient Chiffreur chiffreur;
        private final JavaType type;

        Dechiffrant(ObjectMapper clair, Chiffreur chiffreur, JavaType type) {
            super(type);
            this.clair = clair;
            this.chiffreur = chiffreur;
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser entree, DeserializationContext contexte) throws IOException {
            if (entree.currentToken() == JsonToken.VALUE_STRING && Chiffreur.estChiffre(entree.getText())) {
                String json = chiffreur.dechiffrer(entree.getText()).orElse(null);
                return json == null ? efface() : clair.readValue(json, type);
            }
            return clair.readValue(entree, type);
        }

        /**
         * La valeur d'une donnée effacée : une collection vide pour une collection (un événement effacé garde
         * sa forme, ses lecteurs n'ont pas à craindre {@code null}), la marque si le type se lit depuis un
         * texte, sinon rien.
         */
        private Object efface() {
            try {
                if (type.isCollectionLikeType() || type.isArrayType()) {
                    return clair.readValue("[]", type);
                }
                if (type.isMapLikeType()) {
                    return clair.readValue("{}", type);
                }
                return clair.readValue(clair.writeValueAsString(DonneePersonnelle.EFFACEE), type);
            } catch (IOException | RuntimeException illisible) {
                return null;
            }
        }
    }
}
