package fr.socle.query.dossier;

import fr.socle.kernel.dossier.CollaborateurAffecté;
import fr.socle.kernel.dossier.CollaborateurRetiré;
import fr.socle.kernel.dossier.CommandeEnregistrée;
import fr.socle.kernel.dossier.DirigeantDésigné;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.ExerciceAjouté;
import fr.socle.kernel.dossier.FicheAnnuaireRattachée;
import fr.socle.kernel.dossier.InvitationDirigeantEnvoyée;
import fr.socle.kernel.dossier.PrestationDéfinie;
import fr.socle.kernel.dossier.ÉtatDossierChangé;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.commun.Presence;
import fr.socle.query.commun.Versions;
import fr.socle.query.dossier.DossierVue.CommandeVue;
import fr.socle.query.dossier.DossierVue.ContactVue;
import fr.socle.query.dossier.DossierVue.DirigeantVue;
import fr.socle.query.dossier.DossierVue.ExerciceVue;
import fr.socle.query.dossier.DossierVue.FicheVue;
import fr.socle.query.dossier.DossierVue.FinancementVue;
import fr.socle.query.dossier.DossierVue.MessageVue;
import fr.socle.query.dossier.DossierVue.PrestationVue;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Tient le modèle de lecture des dossiers. Chaque écriture est gardée par la version : rejouer un
 * événement déjà projeté ne change rien (livraison au moins une fois). Les événements d'un même
 * dossier arrivent dans l'ordre, un à la fois : relire puis réécrire une liste y est sûr.
 * <p>
 * Le dossier lui-même est tenu ici ; ce qu'il accumule (contacts, notes, documents, séances, messages)
 * l'est par {@link ProjectionElementsDossiers}, du même groupe : un seul processeur, un seul jeton, les
 * événements d'un dossier dans l'ordre pour les deux, et une remise à zéro qui les vide ensemble.
 */
@Component
@ProcessingGroup(ProjectionDossiers.GROUPE)
public class ProjectionDossiers {

    public static final String GROUPE = "dossiers";

    private final MongoTemplate mongo;

    public ProjectionDossiers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(
            DossierCréé evenement,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur,
            TrackingToken jeton) {
        String siret = evenement.titulaire() instanceof Entreprise e ? e.siret().valeur() : null;
        Presence.creerSiAbsent(
                mongo,
                new DossierVue(
                        evenement.dossierId(),
                        sequence,
                        EtatDossier.OUVERT,
                        TitulaireVue.de(evenement.titulaire()),
                        horodatage,
                        auteurOuAnonyme(auteur),
                        jeton.position().orElse(sequence),
                        Recherche.cle(evenement.titulaire().nomAffiche()),
                        siret,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        0,
                        List.of(),
                        List.of(),
                        List.of()));
    }

    @EventHandler
    void on(ÉtatDossierChangé evenement, @SequenceNumber long sequence) {
        avancer(evenement.dossierId(), sequence, new Update().set("etat", evenement.nouveau()));
    }

    @EventHandler
    void on(FicheAnnuaireRattachée evenement, @SequenceNumber long sequence) {
        String role = switch (evenement.type()) {
            case BENEFICIAIRE -> "beneficiaire";
            case PRESCRIPTEUR -> "prescripteur";
            case AUTRE -> "contactAdmin";
        };
        avancer(
                evenement.dossierId(),
                sequence,
                new Update()
                        .set(
                                role,
                                new FicheVue(
                                        evenement.ficheId(), evenement.nom(), evenement.prenom(), evenement.type())));
    }

    @EventHandler
    void on(PrestationDéfinie evenement, @SequenceNumber long sequence) {
        var p = evenement.prestation();
        avancer(
                evenement.dossierId(),
                sequence,
                new Update()
                        .set(
                                "prestation",
                                new PrestationVue(
                                        p.libelle(),
                                        p.conventionId(),
                                        p.financeurs().stream()
                                                .map(f -> new FinancementVue(f.financeur(), f.montant()))
                                                .toList())));
    }

    @EventHandler
    void on(CommandeEnregistrée evenement, @SequenceNumber long sequence) {
        var c = evenement.commande();
        avancer(
                evenement.dossierId(),
                sequence,
                new Update().set("commande", new CommandeVue(c.numero(), c.debut(), c.fin())));
    }

    @EventHandler
    void on(ExerciceAjouté evenement, @SequenceNumber long sequence) {
        var e = evenement.exercice();
        avancer(evenement.dossierId(), sequence, new Update().push("exercices", new ExerciceVue(e.debut(), e.fin())));
    }

    @EventHandler
    void on(DirigeantDésigné evenement, @SequenceNumber long sequence) {
        var i = evenement.invitation();
        avancer(
                evenement.dossierId(),
                sequence,
                new Update()
                        .set("dirigeant", new DirigeantVue(i.email().valeur(), i.nom(), i.prenom(), i.themes(), null)));
    }

    @EventHandler
    void on(InvitationDirigeantEnvoyée evenement, @SequenceNumber long sequence, @Timestamp Instant horodatage) {
        avancer(evenement.dossierId(), sequence, new Update().set("dirigeant.invitationEnvoyeeLe", horodatage));
    }

    @EventHandler
    void on(CollaborateurAffecté evenement, @SequenceNumber long sequence) {
        avancer(evenement.dossierId(), sequence, new Update().push("collaborateurs", evenement.collaborateur()));
    }

    @EventHandler
    void on(CollaborateurRetiré evenement, @SequenceNumber long sequence) {
        avancer(evenement.dossierId(), sequence, new Update().pull("collaborateurs", evenement.collaborateur()));
    }

    /**
     * Les données personnelles du dossier (titulaire, fiches rattachées, contacts, dirigeant, destinataires)
     * ne se lisent plus ; une reconstruction donne le même résultat, puisque les événements relus les
     * donnent déjà effacées. Les contacts et les messages, tenus par {@link ProjectionElementsDossiers}, sont
     * effacés ici aussi : l'effacement avance la version une seule fois, et un second gestionnaire du même
     * événement la trouverait déjà avancée et n'effacerait rien.
     */
    @EventHandler
    void on(DonneesPersonnellesEffacées evenement, @SequenceNumber long sequence) {
        DossierVue dossier = mongo.findById(evenement.aggregatId(), DossierVue.class);
        if (dossier == null) {
            return;
        }
        String e = DonneePersonnelle.EFFACEE;
        Update effacement = new Update();
        if (dossier.titulaire() instanceof TitulaireVue.Personne personne) {
            effacement
                    .set("titulaire", new TitulaireVue.Personne(personne.civilite(), e, e, e, e, null))
                    .set("nomRecherche", e);
        }
        Map<String, FicheVue> fiches = new HashMap<>();
        fiches.put("beneficiaire", dossier.beneficiaire());
        fiches.put("prescripteur", dossier.prescripteur());
        fiches.put("contactAdmin", dossier.contactAdmin());
        fiches.forEach((role, fiche) -> {
            if (fiche != null) {
                effacement.set(role, new FicheVue(fiche.id(), e, e, fiche.type()));
            }
        });
        if (dossier.dirigeant() != null) {
            effacement.set("dirigeant.email", e).set("dirigeant.nom", e).set("dirigeant.prenom", e);
        }
        effacement.set(
                "contacts",
                Optional.ofNullable(dossier.contacts()).orElse(List.of()).stream()
                        .map(c -> new ContactVue(c.id(), e, e, c.fonction(), e, e))
                        .toList());
        effacement.set(
                "messages",
                Optional.ofNullable(dossier.messages()).orElse(List.of()).stream()
                        .map(m -> new MessageVue(m.id(), m.canal(), e, m.objet(), m.statut(), m.envoyeLe()))
                        .toList());
        avancer(dossier.id(), sequence, effacement);
    }

    /** Applique {@code modification} si l'événement {@code sequence} n'est pas encore projeté. */
    private void avancer(String dossierId, long sequence, Update modification) {
        Versions.avancer(mongo, dossierId, sequence, modification, DossierVue.class);
    }

    static String auteurOuAnonyme(String auteur) {
        return auteur == null ? ConfigurationLecture.ANONYME : auteur;
    }

    /** Les dossiers ; leurs notes et le contenu de leurs documents, par {@link ProjectionElementsDossiers}. */
    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(DossierVue.class);
    }
}
