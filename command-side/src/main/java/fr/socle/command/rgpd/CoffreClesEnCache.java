package fr.socle.command.rgpd;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Les clés déjà lues restent en mémoire : chiffrer ou déchiffrer un événement ne coûte plus une requête au
 * coffre (deux à la création d'une clé), ni en écriture ni en rejeu.
 * <ul>
 *   <li>Une clé n'entre en mémoire qu'une fois durable : après la validation de l'unité de travail qui l'a
 *   lue ou créée (elle pourrait n'exister que dans sa transaction), tout de suite hors de toute unité.</li>
 *   <li>Un sujet détruit est marqué, et ni une lecture en cours ni une validation tardive n'y remettent sa
 *   clé : marquer et retenir passent par le même verrou par sujet. Un sous-sujet d'un sujet détruit ne
 *   rentre pas non plus.</li>
 * </ul>
 */
public final class CoffreClesEnCache implements CoffreCles {

    private final CoffreCles coffre;
    private final Cache<String, byte[]> cles;
    private final Set<String> detruits = ConcurrentHashMap.newKeySet();

    public CoffreClesEnCache(CoffreCles coffre) {
        this.coffre = coffre;
        this.cles = Caffeine.newBuilder().maximumSize(200_000).build();
    }

    @Override
    public byte[] cle(String sujet) {
        byte[] connue = cles.getIfPresent(sujet);
        if (connue != null) {
            return connue;
        }
        byte[] cle = coffre.cle(sujet);
        retenirUneFoisDurable(sujet, cle);
        return cle;
    }

    @Override
    public Optional<byte[]> cleExistante(String sujet) {
        byte[] connue = cles.getIfPresent(sujet);
        if (connue != null) {
            return Optional.of(connue);
        }
        Optional<byte[]> cle = coffre.cleExistante(sujet);
        cle.ifPresent(c -> retenirUneFoisDurable(sujet, c));
        return cle;
    }

    @Override
    public void detruire(String sujet) {
        cles.asMap().compute(sujet, (s, ancienne) -> {
            detruits.add(s);
            return null;
        });
        cles.asMap().keySet().removeIf(s -> s.startsWith(sujet + SEPARATEUR));
        coffre.detruire(sujet);
    }

    @Override
    public boolean efface(String sujet) {
        return SujetDonneesPersonnelles.lignee(sujet).stream().anyMatch(detruits::contains) || coffre.efface(sujet);
    }

    private void retenirUneFoisDurable(String sujet, byte[] cle) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> retenir(sujet, cle));
        } else {
            retenir(sujet, cle);
        }
    }

    private void retenir(String sujet, byte[] cle) {
        cles.asMap()
                .compute(
                        sujet,
                        (s, ancienne) ->
                                SujetDonneesPersonnelles.lignee(s).stream().anyMatch(detruits::contains) ? null : cle);
    }
}
