package fr.socle.api.dossier;

import fr.socle.kernel.dossier.Commande;
import java.time.LocalDate;

public record CommandeInput(String numero, LocalDate debut, LocalDate fin) {
    Commande lire() {
        return new Commande(numero, debut, fin);
    }
}
