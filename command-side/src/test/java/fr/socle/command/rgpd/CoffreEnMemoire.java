package fr.socle.command.rgpd;

import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Un coffre de clés en mémoire pour les tests du chiffrement, qui compte ses lectures. */
final class CoffreEnMemoire implements CoffreCles {

    final Map<String, byte[]> cles = new ConcurrentHashMap<>();
    final Set<String> effaces = ConcurrentHashMap.newKeySet();
    final AtomicInteger lectures = new AtomicInteger();

    @Override
    public byte[] cle(String sujet) {
        lectures.incrementAndGet();
        return cles.computeIfAbsent(sujet, s -> {
            byte[] cle = new byte[32];
            new SecureRandom().nextBytes(cle);
            return cle;
        });
    }

    @Override
    public Optional<byte[]> cleExistante(String sujet) {
        lectures.incrementAndGet();
        return Optional.ofNullable(cles.get(sujet));
    }

    @Override
    public void detruire(String sujet) {
        effaces.add(sujet);
        cles.keySet().removeIf(s -> s.equals(sujet) || s.startsWith(sujet + SEPARATEUR));
    }

    @Override
    public boolean efface(String sujet) {
        return SujetDonneesPersonnelles.lignee(sujet).stream().anyMatch(effaces::contains);
    }
}
