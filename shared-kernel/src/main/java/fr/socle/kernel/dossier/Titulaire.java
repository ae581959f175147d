package fr.socle.kernel.dossier;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Le titulaire d'un dossier : une personne (le bénéficiaire) ou une entreprise. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Personne.class, name = "Personne"),
    @JsonSubTypes.Type(value = Entreprise.class, name = "Entreprise")
})
public sealed interface Titulaire permits Personne, Entreprise {

    /** Le nom sous lequel on cherche ce titulaire (nom de famille ou raison sociale). */
    String nomAffiche();
}
