package fr.socle.query.dossier;

import fr.socle.query.commun.Versionne;
import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("conventions")
public record ConventionVue(
        @Id String id, long version, String libelle, BigDecimal tarif, String financeurParDefaut, long position)
        implements Versionne {}
