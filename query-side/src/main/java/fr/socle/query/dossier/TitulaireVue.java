package fr.socle.query.dossier;

import fr.socle.kernel.dossier.Titulaire;

/**
 * Le titulaire dans les modèles de lecture : des textes simples, que l'effacement RGPD peut remplacer.
 * Les noms des classes sont ceux des types de l'union GraphQL {@code Titulaire}.
 */
public sealed interface TitulaireVue permits TitulaireVue.Personne, TitulaireVue.Entreprise {

    record Personne(String civilite, String prenom, String nom, String email, String mobile, AdresseVue adresse)
            implements TitulaireVue {}

    record Entreprise(String raisonSociale, String siret, AdresseVue adresse) implements TitulaireVue {}

    record AdresseVue(String ligne1, String codePostal, String ville) {
        static AdresseVue de(fr.socle.kernel.valeur.Adresse a) {
            return a == null ? null : new AdresseVue(a.ligne1(), a.codePostal(), a.ville());
        }
    }

    static TitulaireVue de(Titulaire titulaire) {
        if (titulaire instanceof fr.socle.kernel.dossier.Personne p) {
            return new Personne(
                    p.civilite() == null ? null : p.civilite().name(),
                    p.prenom(),
                    p.nom(),
                    p.email().valeur(),
                    p.mobile().valeur(),
                    AdresseVue.de(p.adresse()));
        }
        fr.socle.kernel.dossier.Entreprise e = (fr.socle.kernel.dossier.Entreprise) titulaire;
        return new Entreprise(e.raisonSociale(), e.siret().valeur(), AdresseVue.de(e.adresse()));
    }
}
