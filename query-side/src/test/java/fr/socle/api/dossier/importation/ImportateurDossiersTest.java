package fr.socle.api.dossier.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.api.commun.Ecritures;
import fr.socle.api.dossier.CreateurDossiers;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.Personne;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * Comment l'import mène ses lignes en parallèle et en rend compte dans l'ordre du fichier, quand une
 * panne survient au milieu. Le bus de commandes est remplacé par une création qui écrit l'événement de
 * naissance du dossier dans un magasin Axon en mémoire, après un délai variable : les lignes finissent
 * dans le désordre.
 */
class ImportateurDossiersTest {

    private static final int PANNE = 50;
    private static final int LIGNES = 200;

    private final EmbeddedEventStore magasin = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final AtomicInteger commencees = new AtomicInteger();
    private final AtomicInteger enCours = new AtomicInteger();
    private final AtomicInteger auPlusEnCours = new AtomicInteger();
    private final IllegalStateException panne = new IllegalStateException("Magasin d'événements indisponible");

    /** Une création qui tombe en panne sur la ligne de nom « Panne », sans refus classé. */
    private final CreateurDossiers creations = new CreateurDossiers((Ecritures) null) {
        @Override
        public Ecritures.Ecrit creer(CreerDossier commande, String auteur) {
            commencees.incrementAndGet();
            auPlusEnCours.accumulateAndGet(enCours.incrementAndGet(), Math::max);
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(5));
                if (((Personne) commande.titulaire()).nom().equals("Panne")) {
                    throw panne;
                }
                magasin.publish(new GenericDomainEventMessage<>("Dossier", commande.dossierId(), 0, commande));
                return null;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                enCours.decrementAndGet();
            }
        }
    };

    /**
     * Une ligne sur vingt a un e-mail invalide, refusée aussitôt, avant les créations en cours des lignes
     * qui la précèdent.
     *
     * @param panne le rang de la ligne de données qui tombe en panne, 0 pour aucune
     */
    private static FichierDossiers fichier(int panne) {
        List<String> lignes = new ArrayList<>();
        lignes.add("prenom;nom;email;mobile");
        for (int i = 1; i <= LIGNES; i++) {
            lignes.add("Jeanne;" + (i == panne ? "Panne" : "Nom" + i) + ";jeanne." + i
                    + (i % 20 == 7 ? "@exemple" : "@exemple.fr") + ";06" + String.format("%08d", i));
        }
        return FichierDossiers.lire(
                String.join("\n", lignes).getBytes(StandardCharsets.UTF_8), FormatImport.CSV, Integer.MAX_VALUE);
    }

    @Test
    void une_panne_arrete_l_import_apres_les_lignes_en_cours_et_le_bilan_s_arrete_a_la_ligne_d_avant() {
        ImportateurDossiers importateur = new ImportateurDossiers(creations, magasin, null, null, 8);
        ImportateurDossiers.Bilan bilan = new ImportateurDossiers.Bilan();
        List<Integer> avancement = new ArrayList<>();

        assertThatThrownBy(() -> importateur.importer(
                        fichier(PANNE), "gestionnaire", bilan, () -> avancement.add(bilan.traitees())))
                .isSameAs(panne);

        // Le bilan, rendu dans l'ordre du fichier, couvre exactement les lignes d'avant la panne.
        assertThat(avancement).hasSize(PANNE - 1).isSorted().doesNotHaveDuplicates();
        assertThat(bilan.traitees()).isEqualTo(PANNE - 1);
        assertThat(bilan.rejets()).extracting(Rejet::ligne).containsExactly(8, 28, 48);
        assertThat(bilan.importees()).isEqualTo(PANNE - 1 - 3);
        // Aucune création ne continue après le retour, et l'import n'a pas lancé tout le fichier.
        assertThat(enCours).hasValue(0);
        assertThat(commencees.get()).isLessThan(LIGNES);
    }

    @Test
    void sans_panne_chaque_ligne_est_comptee_une_fois_dans_l_ordre_du_fichier() {
        ImportateurDossiers importateur = new ImportateurDossiers(creations, magasin, null, null, 8);
        ImportateurDossiers.Bilan bilan = new ImportateurDossiers.Bilan();
        List<Integer> avancement = new ArrayList<>();

        importateur.importer(fichier(0), "gestionnaire", bilan, () -> avancement.add(bilan.traitees()));

        assertThat(avancement).hasSize(LIGNES).isSorted().doesNotHaveDuplicates();
        assertThat(bilan.rejets()).extracting(Rejet::ligne).containsExactly(8, 28, 48, 68, 88, 108, 128, 148, 168, 188);
        assertThat(bilan.importees()).isEqualTo(LIGNES - 10);
        assertThat(commencees).hasValue(LIGNES - 10);
        assertThat(auPlusEnCours.get())
                .as("créations menées ensemble")
                .isGreaterThan(1)
                .isLessThanOrEqualTo(8);
    }
}
