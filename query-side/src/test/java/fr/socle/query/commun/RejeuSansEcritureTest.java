package fr.socle.query.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class RejeuSansEcritureTest {

    private final MessageDispatchInterceptor<CommandMessage<?>> verrou = RejeuSansEcriture.refuserPendantUnRejeu();
    private final CommandMessage<?> commande = GenericCommandMessage.asCommandMessage("une commande");

    private void traiter(TrackingToken jeton, Runnable gestionnaire) {
        DefaultUnitOfWork.startAndGet(
                        new GenericTrackedEventMessage<>(jeton, GenericEventMessage.asEventMessage("un événement")))
                .execute(gestionnaire);
    }

    @Test
    void une_commande_envoyee_pendant_le_traitement_d_un_evenement_rejoue_est_refusee() {
        TrackingToken rejeu =
                ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(3));
        assertThatThrownBy(() -> traiter(rejeu, () -> verrou.handle(commande)))
                .isInstanceOf(RejeuSansEcriture.EcritureDuranteUnRejeu.class);
    }

    @Test
    void hors_rejeu_la_commande_passe() {
        traiter(
                new GlobalSequenceTrackingToken(3),
                () -> assertThat(verrou.handle(commande)).isSameAs(commande));
        assertThat(verrou.handle(commande)).isSameAs(commande);
    }
}
