package fr.socle.command.intervenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.command.commun.ConfigurationCommandes;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.AjouterClientIntervenant;
import fr.socle.kernel.intervenant.AnnoterRendezVous;
import fr.socle.kernel.intervenant.ChangerGestionnaireIntervenant;
import fr.socle.kernel.intervenant.ChangerNatureIntervenant;
import fr.socle.kernel.intervenant.ChangerPhotoIntervenant;
import fr.socle.kernel.intervenant.ChangerStatutEmailIntervenant;
import fr.socle.kernel.intervenant.ClientIntervenantAjouté;
import fr.socle.kernel.intervenant.CloreRendezVous;
import fr.socle.kernel.intervenant.CreerIntervenant;
import fr.socle.kernel.intervenant.DesactiverIntervenant;
import fr.socle.kernel.intervenant.EmailIntervenantEnregistré;
import fr.socle.kernel.intervenant.EnregistrerEmailIntervenant;
import fr.socle.kernel.intervenant.GenererMatricule;
import fr.socle.kernel.intervenant.GenererNumeroDossier;
import fr.socle.kernel.intervenant.GestionnaireIntervenantChangé;
import fr.socle.kernel.intervenant.IntervenantCréé;
import fr.socle.kernel.intervenant.IntervenantDésactivé;
import fr.socle.kernel.intervenant.IntervenantMisEnFavori;
import fr.socle.kernel.intervenant.IntervenantRetiréDesFavoris;
import fr.socle.kernel.intervenant.IntervenantRéactivé;
import fr.socle.kernel.intervenant.IntervenantSupprimé;
import fr.socle.kernel.intervenant.MatriculeGénéré;
import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.intervenant.NatureIntervenantChangée;
import fr.socle.kernel.intervenant.NuméroDossierGénéré;
import fr.socle.kernel.intervenant.PhotoIntervenantChangée;
import fr.socle.kernel.intervenant.PlanifierRendezVous;
import fr.socle.kernel.intervenant.ReactiverIntervenant;
import fr.socle.kernel.intervenant.RendezVousAnnoté;
import fr.socle.kernel.intervenant.RendezVousClos;
import fr.socle.kernel.intervenant.RendezVousPlanifié;
import fr.socle.kernel.intervenant.RepondreRendezVous;
import fr.socle.kernel.intervenant.RéponseAuRendezVousDonnée;
import fr.socle.kernel.intervenant.Situation;
import fr.socle.kernel.intervenant.StatutEmail;
import fr.socle.kernel.intervenant.StatutEmailIntervenantChangé;
import fr.socle.kernel.intervenant.SupprimerIntervenant;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.suivi.AjouterNoteSuiviIntervenant;
import fr.socle.kernel.suivi.NoteSuiviIntervenantAjoutée;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Texte;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * La fiche d'un intervenant (un travailleur) : identité, nature et matricule, gestionnaire,
 * situation, rendez-vous, e-mails envoyés, clients servis, photo. Les favoris de chaque utilisateur sont
 * à part ({@link Favoris}).
 */
// Révision des instantanés : la 2 retient les notes de suivi versées et l'effacement ; un instantané plus ancien est
// ignoré
// (Axon filtre les instantanés d'une autre révision) et l'agrégat se rejoue depuis ses événements.
@Revision("2")
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class Intervenant {

    /** Les numéros de dossier de télégestion forment une seule suite, toutes natures confondues. */
    static final String COMPTEUR_DOSSIERS = "numero-dossier";

    @AggregateIdentifier
    private String intervenantId;

    private NatureIntervenant nature;
    private Situation situation;
    private String gerePar;
    private Email email;
    private boolean supprime;
    /** La nature pour laquelle le matricule (le numéro de dossier) a été généré : en changer permet d'en générer un autre. */
    private NatureIntervenant natureDuMatricule;

    private NatureIntervenant natureDuNumeroDossier;
    /** Qui l'avait en favori d'après les anciens événements de la fiche ({@code IntervenantMisEnFavori}). */
    private final Set<String> favoris = new HashSet<>();

    private final Map<String, RendezVous> rendezVous = new HashMap<>();
    private final Map<String, StatutEmail> emails = new HashMap<>();
    private final Set<String> clients = new HashSet<>();
    /** Les notes de suivi déjà versées : une note relivrée (même identifiant) ne s'ajoute pas deux fois. */
    private final Set<String> notesSuivi = new HashSet<>();
    /** Vrai une fois ses données personnelles effacées (RGPD). */
    private boolean efface;

    private record RendezVous(Set<String> participants, boolean clos) {}

    protected Intervenant() {}

    @CommandHandler
    public Intervenant(CreerIntervenant commande, @MetaDataValue(ConfigurationCommandes.AUTEUR) String auteur) {
        if (commande.civilite() == null) {
            throw Refus.invalide("civilite", "OBLIGATOIRE", "La civilité est obligatoire");
        }
        String nom = Texte.obligatoire(commande.nom(), "nom");
        if (commande.adresse() == null) {
            throw Refus.invalide("adresse", "OBLIGATOIRE", "L'adresse principale est obligatoire");
        }
        String gestionnaire = Texte.facultatif(commande.gerePar(), "gerePar");
        if (gestionnaire == null) {
            gestionnaire = Texte.obligatoire(auteur, "gerePar");
        }
        apply(new IntervenantCréé(
                commande.intervenantId(),
                commande.civilite(),
                nom,
                Texte.facultatif(commande.prenom(), "prenom"),
                commande.adresse(),
                sansDoublons(commande.telephones()),
                commande.email(),
                commande.nir(),
                commande.nature() == null ? NatureIntervenant.SALARIE : commande.nature(),
                textes(commande.competences(), "competences"),
                sansDoublons(commande.disponibilites()),
                gestionnaire));
    }

    @CommandHandler
    public void handle(GenererMatricule commande, Numerotation numerotation) {
        verifierPresent();
        if (natureDuMatricule == nature) {
            throw Refus.conflit(
                    "matricule",
                    "MATRICULE_DEJA_GENERE",
                    "Le matricule de cette nature (" + nature
                            + ") est déjà généré ; changez de nature pour en générer un autre");
        }
        String matricule = nature.estNumerotee()
                ? nature.matricule(numerotation.suivant(nature.compteur()))
                : NatureIntervenant.MATRICULE_STAGIAIRE;
        apply(new MatriculeGénéré(intervenantId, nature, matricule));
    }

    @CommandHandler
    public void handle(GenererNumeroDossier commande, Numerotation numerotation) {
        verifierPresent();
        if (natureDuNumeroDossier == nature) {
            throw Refus.conflit(
                    "numeroDossier",
                    "NUMERO_DOSSIER_DEJA_GENERE",
                    "Le numéro de dossier est déjà généré pour cette nature (" + nature + ")");
        }
        String numero = String.format("%06d", numerotation.suivant(COMPTEUR_DOSSIERS));
        apply(new NuméroDossierGénéré(intervenantId, nature, numero));
    }

    @CommandHandler
    public void handle(ChangerNatureIntervenant commande) {
        verifierPresent();
        if (commande.nature() == null) {
            throw Refus.invalide("nature", "OBLIGATOIRE", "La nature est obligatoire");
        }
        if (commande.nature() != nature) {
            apply(new NatureIntervenantChangée(intervenantId, nature, commande.nature()));
        }
    }

    @CommandHandler
    public void handle(ChangerGestionnaireIntervenant commande) {
        verifierPresent();
        String nouveau = Texte.obligatoire(commande.gerePar(), "gerePar");
        if (!nouveau.equals(gerePar)) {
            apply(new GestionnaireIntervenantChangé(intervenantId, gerePar, nouveau));
        }
    }

    /** Un intervenant qui part devient inactif : il rejoint les anciens intervenants, rien n'est perdu. */
    @CommandHandler
    public void handle(DesactiverIntervenant commande) {
        verifierPresent();
        if (situation == Situation.ACTIF) {
            apply(new IntervenantDésactivé(intervenantId));
        }
    }

    @CommandHandler
    public void handle(ReactiverIntervenant commande) {
        verifierPresent();
        if (situation == Situation.INACTIF) {
            apply(new IntervenantRéactivé(intervenantId));
        }
    }

    /** Efface les données personnelles dans les modèles de lecture ; l'historique des faits demeure. */
    @CommandHandler
    public void handle(SupprimerIntervenant commande) {
        verifierPresent();
        apply(new IntervenantSupprimé(intervenantId));
    }

    /**
     * Les favoris ne sont plus des événements de la fiche ({@link FavorisIntervenants}) ; ceux d'avant restent
     * dans son historique et disent encore qui l'avait en favori. Refuse une fiche supprimée.
     */
    boolean favoriAvant(String utilisateur) {
        verifierPresent();
        return favoris.contains(utilisateur);
    }

    @CommandHandler
    public void handle(PlanifierRendezVous commande) {
        verifierPresent();
        if (situation == Situation.INACTIF) {
            throw Refus.conflit(
                    "id",
                    "INTERVENANT_INACTIF",
                    "Un ancien intervenant (inactif) ne reçoit plus de rendez-vous : réactivez-le d'abord");
        }
        if (rendezVous.containsKey(commande.rendezVousId())) {
            throw Refus.conflit("rendezVousId", "RENDEZ_VOUS_EXISTANT", "Ce rendez-vous existe déjà");
        }
        String objet = Texte.obligatoire(commande.objet(), "objet");
        if (commande.debut() == null || commande.fin() == null) {
            throw Refus.invalide(
                    commande.debut() == null ? "debut" : "fin", "OBLIGATOIRE", "Un rendez-vous a un début et une fin");
        }
        if (!commande.fin().isAfter(commande.debut())) {
            throw Refus.invalide("fin", "PERIODE_INVALIDE", "Le rendez-vous doit finir après son début");
        }
        apply(new RendezVousPlanifié(
                intervenantId,
                commande.rendezVousId(),
                objet,
                commande.debut(),
                commande.fin(),
                commande.alerte(),
                textes(commande.participants(), "participants")));
    }

    @CommandHandler
    public void handle(RepondreRendezVous commande) {
        RendezVous rdv = rendezVousOuvert(commande.rendezVousId());
        String participant = Texte.obligatoire(commande.participant(), "participant");
        if (!rdv.participants().contains(participant)) {
            throw Refus.invalide(
                    "participant",
                    "PARTICIPANT_INCONNU",
                    participant + " ne participe pas à ce rendez-vous (participants : " + rdv.participants() + ")");
        }
        if (commande.reponse() == null) {
            throw Refus.invalide("reponse", "OBLIGATOIRE", "La réponse est obligatoire");
        }
        apply(new RéponseAuRendezVousDonnée(intervenantId, commande.rendezVousId(), participant, commande.reponse()));
    }

    /** Une note peut suivre un rendez-vous même clos : c'est souvent là qu'on en rend compte. */
    @CommandHandler
    public void handle(AnnoterRendezVous commande) {
        verifierPresent();
        rendezVousExistant(commande.rendezVousId());
        apply(new RendezVousAnnoté(intervenantId, commande.rendezVousId(), Texte.obligatoire(commande.note(), "note")));
    }

    @CommandHandler
    public void handle(CloreRendezVous commande) {
        rendezVousOuvert(commande.rendezVousId());
        if (commande.issue() == null) {
            throw Refus.invalide("issue", "OBLIGATOIRE", "Dites si le rendez-vous a été tenu ou annulé");
        }
        apply(new RendezVousClos(intervenantId, commande.rendezVousId(), commande.issue()));
    }

    @CommandHandler
    public void handle(EnregistrerEmailIntervenant commande) {
        verifierPresent();
        if (email == null) {
            throw Refus.conflit("email", "EMAIL_ABSENT", "Cet intervenant n'a pas d'adresse e-mail");
        }
        if (emails.containsKey(commande.emailId())) {
            throw Refus.conflit("emailId", "EMAIL_EXISTANT", "Cet e-mail est déjà enregistré");
        }
        apply(new EmailIntervenantEnregistré(
                intervenantId, commande.emailId(), email, Texte.obligatoire(commande.objet(), "objet")));
    }

    @CommandHandler
    public void handle(ChangerStatutEmailIntervenant commande) {
        verifierPresent();
        StatutEmail actuel = emails.get(commande.emailId());
        if (actuel == null) {
            throw Refus.introuvable("emailId", "Aucun e-mail " + commande.emailId() + " pour cet intervenant");
        }
        if (commande.statut() == null) {
            throw Refus.invalide("statut", "OBLIGATOIRE", "Le statut est obligatoire");
        }
        if (commande.statut() == actuel) {
            return;
        }
        if (!actuel.suivantsPermis().contains(commande.statut())) {
            throw Refus.invalide(
                    "statut",
                    "TRANSITION_INTERDITE",
                    "Un e-mail " + actuel + " ne peut pas passer à " + commande.statut() + " (permis : "
                            + actuel.suivantsPermis() + ")");
        }
        apply(new StatutEmailIntervenantChangé(intervenantId, commande.emailId(), actuel, commande.statut()));
    }

    /** Un client est le dossier d'un client qui existe : ni un identifiant inventé, ni celui d'un autre objet. */
    @CommandHandler
    public void handle(AjouterClientIntervenant commande, RegistreDossiers dossiers) {
        verifierPresent();
        String dossierId = Texte.obligatoire(commande.dossierId(), "dossierId");
        if (!clients.contains(dossierId)) {
            if (!dossiers.existe(dossierId)) {
                throw Refus.introuvable("dossierId", "Aucun dossier " + dossierId);
            }
            apply(new ClientIntervenantAjouté(intervenantId, dossierId));
        }
    }

    @CommandHandler
    public void handle(ChangerPhotoIntervenant commande) {
        verifierPresent();
        if (commande.photo() == null) {
            throw Refus.invalide("photo", "OBLIGATOIRE", "La photo est obligatoire");
        }
        apply(new PhotoIntervenantChangée(intervenantId, commande.photo()));
    }

    /**
     * Une note de suivi (événement indésirable) passe par les mêmes gardes que tout autre changement : pas
     * sur une fiche supprimée, ni sur celle d'une personne effacée. La même note relivrée ne change rien.
     */
    @CommandHandler
    public void handle(AjouterNoteSuiviIntervenant commande) {
        if (commande.note().noteId() != null
                && notesSuivi.contains(commande.note().noteId())) {
            return;
        }
        verifierPresent();
        if (efface) {
            throw Refus.conflit(
                    "intervenantId",
                    "DONNEES_EFFACEES",
                    "Les données personnelles de cet intervenant ont été effacées : sa fiche ne reçoit plus de note");
        }
        apply(new NoteSuiviIntervenantAjoutée(intervenantId, commande.note()));
    }

    private void verifierPresent() {
        if (supprime) {
            throw Refus.conflit("id", "INTERVENANT_SUPPRIME", "Cet intervenant a été supprimé");
        }
    }

    private RendezVous rendezVousExistant(String rendezVousId) {
        RendezVous rdv = rendezVous.get(rendezVousId);
        if (rdv == null) {
            throw Refus.introuvable("rendezVousId", "Aucun rendez-vous " + rendezVousId + " pour cet intervenant");
        }
        return rdv;
    }

    private RendezVous rendezVousOuvert(String rendezVousId) {
        verifierPresent();
        RendezVous rdv = rendezVousExistant(rendezVousId);
        if (rdv.clos()) {
            throw Refus.conflit("rendezVousId", "RENDEZ_VOUS_CLOS", "Ce rendez-vous est déjà tenu ou annulé");
        }
        return rdv;
    }

    private static <T> List<T> sansDoublons(List<T> valeurs) {
        return valeurs == null
                ? List.of()
                : valeurs.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static List<String> textes(List<String> valeurs, String champ) {
        return valeurs == null
                ? List.of()
                : List.copyOf(valeurs.stream()
                        .map(v -> Texte.obligatoire(v, champ))
                        .collect(LinkedHashSet::new, Set::add, Set::addAll));
    }

    @EventSourcingHandler
    void on(IntervenantCréé evenement) {
        intervenantId = evenement.intervenantId();
        nature = evenement.nature();
        situation = Situation.ACTIF;
        gerePar = evenement.gerePar();
        email = evenement.email();
    }

    @EventSourcingHandler
    void on(MatriculeGénéré evenement) {
        natureDuMatricule = evenement.nature();
    }

    @EventSourcingHandler
    void on(NuméroDossierGénéré evenement) {
        natureDuNumeroDossier = evenement.nature();
    }

    @EventSourcingHandler
    void on(NatureIntervenantChangée evenement) {
        nature = evenement.nouvelle();
    }

    @EventSourcingHandler
    void on(GestionnaireIntervenantChangé evenement) {
        gerePar = evenement.nouveau();
    }

    @EventSourcingHandler
    void on(IntervenantDésactivé evenement) {
        situation = Situation.INACTIF;
    }

    @EventSourcingHandler
    void on(IntervenantRéactivé evenement) {
        situation = Situation.ACTIF;
    }

    @EventSourcingHandler
    void on(IntervenantSupprimé evenement) {
        supprime = true;
        email = null;
    }

    @EventSourcingHandler
    void on(IntervenantMisEnFavori evenement) {
        favoris.add(evenement.utilisateur());
    }

    @EventSourcingHandler
    void on(IntervenantRetiréDesFavoris evenement) {
        favoris.remove(evenement.utilisateur());
    }

    @EventSourcingHandler
    void on(RendezVousPlanifié evenement) {
        rendezVous.put(evenement.rendezVousId(), new RendezVous(Set.copyOf(evenement.participants()), false));
    }

    @EventSourcingHandler
    void on(RendezVousClos evenement) {
        rendezVous.computeIfPresent(evenement.rendezVousId(), (id, rdv) -> new RendezVous(rdv.participants(), true));
    }

    @EventSourcingHandler
    void on(EmailIntervenantEnregistré evenement) {
        emails.put(evenement.emailId(), StatutEmail.DELIVRE);
    }

    @EventSourcingHandler
    void on(StatutEmailIntervenantChangé evenement) {
        emails.put(evenement.emailId(), evenement.nouveau());
    }

    @EventSourcingHandler
    void on(ClientIntervenantAjouté evenement) {
        clients.add(evenement.dossierId());
    }

    @EventSourcingHandler
    void on(NoteSuiviIntervenantAjoutée evenement) {
        if (evenement.note().noteId() != null) {
            notesSuivi.add(evenement.note().noteId());
        }
    }

    @EventSourcingHandler
    void on(DonneesPersonnellesEffacées evenement) {
        efface = true;
    }
}
