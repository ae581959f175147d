package fr.socle.app;

import static org.axonframework.eventhandling.EventUtils.upcastAndDeserializeTrackedEvents;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.query.audit.Evenement;
import fr.socle.query.audit.JournalFiltre;
import fr.socle.query.audit.SourceJournal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Le journal du mode embarqué, filtré dans SQLite : type d'agrégat, noms d'événements, période et auteur
 * deviennent des conditions SQL sur des colonnes indexées ou sur les métadonnées JSON ; seule la page
 * demandée est désérialisée, et le total est un {@code count(*)}.
 */
@Component
@Primary
@Profile("!production")
public class JournalSqlite implements SourceJournal {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcasterChain upcasters;
    private final ObjectMapper json;
    private final EventSchema schema = EventSchema.builder().build();

    public JournalSqlite(
            DataSource dataSource,
            @Qualifier("eventSerializer") Serializer serializer,
            ObjectProvider<EventUpcaster> upcasters,
            ObjectMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
        this.upcasters = new EventUpcasterChain(upcasters.orderedStream().toList());
        this.json = json;
    }

    /** Les conditions SQL d'un filtre et leurs paramètres. */
    private record Conditions(String sql, List<Object> parametres) {}

    private Conditions conditions(JournalFiltre filtre, long apres) {
        StringBuilder sql = new StringBuilder(" WHERE " + schema.globalIndexColumn() + " > ?");
        List<Object> parametres = new ArrayList<>(List.of(apres));
        if (filtre.aggregatType() != null) {
            sql.append(" AND ").append(schema.typeColumn()).append(" = ?");
            parametres.add(filtre.aggregatType());
        }
        if (!filtre.types().isEmpty()) {
            // Le magasin garde le nom complet de la classe ; GLOB distingue la casse, contrairement à LIKE.
            sql.append(" AND (")
                    .append(String.join(
                            " OR ",
                            filtre.types().stream()
                                    .map(t -> schema.payloadTypeColumn() + " GLOB ?")
                                    .toList()))
                    .append(")");
            filtre.types().forEach(t -> parametres.add("*." + t.replaceAll("[*?\\[\\]]", "")));
        }
        // Les instants sont écrits au format ISO à trois décimales fixes : l'ordre du texte est celui du temps.
        if (filtre.depuis() != null) {
            sql.append(" AND ").append(schema.timestampColumn()).append(" >= ?");
            parametres.add(DateTimeUtils.formatInstant(filtre.depuis()));
        }
        if (filtre.jusqua() != null) {
            sql.append(" AND ").append(schema.timestampColumn()).append(" <= ?");
            parametres.add(DateTimeUtils.formatInstant(filtre.jusqua()));
        }
        if (filtre.auteur() != null) {
            sql.append(" AND json_extract(CAST(")
                    .append(schema.metaDataColumn())
                    .append(" AS TEXT), '$.auteur') = ?");
            parametres.add(filtre.auteur());
        }
        return new Conditions(sql.toString(), parametres);
    }

    @Override
    public List<Evenement> lire(JournalFiltre filtre, long apres, int limite) {
        Conditions c = conditions(filtre, apres);
        List<Object> parametres = new ArrayList<>(c.parametres());
        parametres.add(limite);
        List<TrackedDomainEventData<?>> lignes = jdbc.query(
                "SELECT "
                        + String.join(
                                ", ",
                                schema.globalIndexColumn(),
                                schema.typeColumn(),
                                schema.aggregateIdentifierColumn(),
                                schema.sequenceNumberColumn(),
                                schema.eventIdentifierColumn(),
                                schema.timestampColumn(),
                                schema.payloadTypeColumn(),
                                schema.payloadRevisionColumn(),
                                schema.payloadColumn(),
                                schema.metaDataColumn())
                        + " FROM " + schema.domainEventTable() + c.sql()
                        + " ORDER BY " + schema.globalIndexColumn() + " LIMIT ?",
                (rs, i) -> ligne(rs),
                parametres.toArray());
        return upcastAndDeserializeTrackedEvents(lignes.stream(), serializer, upcasters)
                .filter(m -> m instanceof DomainEventMessage<?> d && filtre.accepte(d))
                .map(m -> Evenement.duFlux(m, json).orElseThrow())
                .toList();
    }

    private TrackedDomainEventData<?> ligne(ResultSet rs) throws SQLException {
        return new TrackedDomainEventData<>(
                GapAwareTrackingToken.newInstance(rs.getLong(1), List.of()),
                new GenericDomainEventEntry<>(
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBytes(9),
                        rs.getBytes(10)));
    }

    @Override
    public long compter(JournalFiltre filtre) {
        Conditions c = conditions(filtre, -1);
        return jdbc.queryForObject(
                "SELECT count(*) FROM " + schema.domainEventTable() + c.sql(),
                Long.class,
                c.parametres().toArray());
    }
}
