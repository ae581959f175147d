package fr.socle.command.intervenant;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Les compteurs sont des agrégats {@link CompteurNumeros}, chargés dans l'unité de travail de la commande en cours. */
@Component
public class NumerotationParCompteurs implements Numerotation {

    private final Repository<CompteurNumeros> compteurs;

    public NumerotationParCompteurs(Repository<CompteurNumeros> compteurs) {
        this.compteurs = compteurs;
    }

    @Override
    public long suivant(String compteur) {
        try {
            return compteurs.loadOrCreate(compteur, CompteurNumeros::new).invoke(c -> c.allouer(compteur));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
