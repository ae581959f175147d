package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.moteur.Moteur;
import fr.socle.banc.rapport.Chiffre;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;
import static fr.socle.banc.outils.Mesures.secondesDepuis;

/**
 * {@code heap_mib_1m}, mode complet seulement : le magasin est porté à un million d'événements par copie
 * de vrais cycles de dossier ({@link Remplissage}, moteur arrêté : c'est un remplissage, pas une mesure),
 * puis le moteur redémarre comme après un arrêt brutal, toutes ses projections rejouent le magasin depuis
 * le début, et on mesure le tas occupé après un GC complet.
 */
public final class TasMillion implements Scenario {
    /** L'objectif de heap_mib_1m : celui que le README annonce. */
    private static final double OBJECTIF = 256;

    @Override
    public String nom() {
        return "tas après un million d'événements (heap_mib_1m)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        if (ctx.mode().evenementsMillion() <= 0 || ctx.sansMillion()) {
            ctx.rapport().chiffre(Chiffre.absent("heap_mib_1m", "mode complet seulement", OBJECTIF, true));
            return;
        }
        long deja = ctx.moteur().compterEvenements();
        long manquants = ctx.mode().evenementsMillion() - deja;
        long dossiersInitiaux = compterDossiersInitiaux(ctx.moteur());
        etape("tas : remplissage du magasin jusqu'à " + ctx.mode().evenementsMillion() + " événements (" + manquants + " copiés)");
        ctx.moteur().arreter();
        long dossiersCopies = Remplissage.remplir(ctx.donnees(), manquants);
        // La marque d'un arrêt brutal : au redémarrage, le moteur efface ses modèles de lecture et chaque
        // projection rejoue tout le magasin depuis le début, comme après une panne.
        Files.writeString(ctx.donnees().resolve("modeles-lecture.en-service"), "banc : rejeu complet demandé\n");
        etape("  " + dossiersCopies + " dossiers copiés ; redémarrage, toutes les projections rejouent le magasin entier");
        ctx.moteur(Moteur.demarrer(ctx.donnees(), ctx.jfr()));
        long total = ctx.moteur().compterEvenements();
        long debut = System.nanoTime();
        long vus = attendreRattrapage(ctx, dossiersCopies + dossiersInitiaux, total, debut);
        rapporter(ctx, total, vus, secondesDepuis(debut));
    }

    /** Attend, une heure au plus, que tous les dossiers soient projetés et qu'aucun processeur n'ait de retard ; rend les dossiers vus. */
    private static long attendreRattrapage(Contexte ctx, long attendus, long total, long debut) throws Exception {
        long vus = 0;
        long retard = Long.MAX_VALUE;
        while ((vus < attendus || retard > 0) && secondesDepuis(debut) < 3600) {
            // Compter les dossiers parcourt toute la collection : pas plus souvent que toutes les 10 s.
            Thread.sleep(10_000);
            vus = ctx.client().executer("admin", "{ dossiers(first: 1) { totalCount } }").path("data").path("dossiers")
                    .path("totalCount").asLong();
            retard = ctx.client().retardDesProjections();
            etape(String.format(Locale.ROOT, "  … %d/%d dossiers projetés, %d événements de retard en tout, %.0f événements/s", vus, attendus,
                    retard, total / secondesDepuis(debut)));
        }
        return vus;
    }

    private static void rapporter(Contexte ctx, long total, long vus, double secondes) {
        double tas = ctx.moteur().tasApresGc();
        ObjectNode m = ctx.rapport().mesures().putObject("million");
        m.put("store_events", total);
        m.put("dossiers", vus);
        m.put("full_replay_all_projections_seconds", arrondi(secondes));
        m.put("full_replay_events_per_s", arrondi(total / secondes));
        m.put("heap_method", "toutes les projections rejouent le magasin depuis le début (modèles effacés au démarrage), "
                + "puis GC.run et GC.heap_info (tas occupé)");
        ctx.rapport().evenements().put("store_events_full", total);
        ctx.rapport().chiffre(Chiffre.mesure("heap_mib_1m", tas, OBJECTIF, true));
        etape(String.format(Locale.ROOT, "  rejeu complet de %d événements en %.0f s ; tas occupé ensuite : %.1f Mio", total, secondes, tas));
    }

    private static long compterDossiersInitiaux(Moteur moteur) throws SQLException {
        try (Connection c = moteur.sqlite(); Statement st = c.createStatement(); ResultSet r = st.executeQuery(
                "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%DossierCr%'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
