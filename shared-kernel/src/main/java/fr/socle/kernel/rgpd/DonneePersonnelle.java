package fr.socle.kernel.rgpd;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marque une donnée personnelle (nom, e-mail, téléphone, adresse, NIR) d'un événement : elle est écrite
 * chiffrée sous la clé de la personne concernée (l'agrégat de l'événement), et devient illisible quand
 * cette clé est détruite (effacement RGPD). Relue sans clé, elle vaut {@link #EFFACEE} si son type se lit
 * depuis un texte, sinon elle est absente : un type valeur portant une donnée personnelle doit donc
 * accepter {@link #EFFACEE}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DonneePersonnelle {

    /** Ce qu'on lit à la place d'une donnée effacée. */
    String EFFACEE = "[effacé]";
}
