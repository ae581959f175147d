package fr.socle.command.dossier;

import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.DefinirPrestation;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.FicheAnnuaireCréée;
import fr.socle.kernel.dossier.FicheAnnuaireRattachée;
import fr.socle.kernel.dossier.FicheSaisie;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.Prestation;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.dossier.TypeFiche;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Identifiant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Les écritures du dossier qui touchent plusieurs agrégats, dans une seule unité de travail (une seule
 * transaction du magasin) : la réservation du SIRET, les fiches de l'annuaire créées ou reprises, la
 * convention lue pour son financeur par défaut, puis le dossier lui-même.
 */
@Component
public class CreationDossiers {

    private final Repository<Dossier> dossiers;
    private final Repository<ReservationSiret> reservations;
    private final Repository<FicheAnnuaire> annuaire;
    private final Repository<Convention> conventions;
    private final Calendrier calendrier;
    private final EventStore magasin;

    public CreationDossiers(
            @Qualifier("dossierRepository") Repository<Dossier> dossiers,
            @Qualifier("reservationSiretRepository") Repository<ReservationSiret> reservations,
            @Qualifier("ficheAnnuaireRepository") Repository<FicheAnnuaire> annuaire,
            @Qualifier("conventionRepository") Repository<Convention> conventions,
            Calendrier calendrier,
            EventStore magasin) {
        this.dossiers = dossiers;
        this.reservations = reservations;
        this.annuaire = annuaire;
        this.conventions = conventions;
        this.calendrier = calendrier;
        this.magasin = magasin;
    }

    @CommandHandler
    public String handle(CreerDossier commande) throws Exception {
        String dossierId = commande.dossierId();
        List<FicheAnnuaireRattachée> fiches = new ArrayList<>();
        Titulaire titulaire = commande.titulaire();
        Aggregate<FicheAnnuaire> reprise = null;
        if (commande.beneficiaire() != null) {
            reprise = fiche(commande.beneficiaire(), TypeFiche.BENEFICIAIRE, "beneficiaire");
            if (titulaire == null) {
                titulaire = reprise.invoke(f -> f.commeTitulaire("beneficiaire"));
            }
        }
        if (titulaire == null) {
            throw Refus.invalide(
                    "titulaire", "OBLIGATOIRE", "Saisissez le titulaire ou reprenez une fiche bénéficiaire");
        }
        EntrepriseDossier.verifierCreation(commande, titulaire);
        if (titulaire instanceof Entreprise entreprise) {
            reserver(entreprise, dossierId);
        }
        Aggregate<FicheAnnuaire> beneficiaire = reprise != null ? reprise : creerFiche(ficheBeneficiaire(titulaire));
        fiches.add(beneficiaire.invoke(f -> f.rattacheeA(dossierId)));
        rattacher(commande.prescripteur(), TypeFiche.PRESCRIPTEUR, "prescripteur", dossierId)
                .ifPresent(fiches::add);
        rattacher(commande.contactAdmin(), TypeFiche.AUTRE, "contactAdmin", dossierId)
                .ifPresent(fiches::add);
        Prestation prestation =
                commande.prestation() == null ? null : resoudre(commande.prestation(), "prestation.conventionId");
        Titulaire retenu = titulaire;
        dossiers.newInstance(() -> new Dossier(commande, retenu, fiches, prestation, calendrier.aujourdhui()));
        return dossierId;
    }

    @CommandHandler
    public void handle(DefinirPrestation commande) {
        Prestation prestation = resoudre(commande.prestation(), "conventionId");
        dossiers.load(commande.dossierId(), commande.versionAttendue()).execute(d -> d.definirPrestation(prestation));
    }

    /**
     * Le SIRET est libre s'il n'a pas de réservation ; deux créations simultanées passent toutes deux ce
     * contrôle mais la seconde échoue à la clé unique du magasin, rien de son écriture ne reste, et
     * l'émetteur de la commande traduit cet échec en SIRET_DEJA_UTILISE (voir DossierGraphQL).
     */
    private void reserver(Entreprise entreprise, String dossierId) throws Exception {
        String id = ReservationSiret.identifiant(entreprise.siret());
        Optional<String> detenteur = charger(reservations, id).map(r -> r.invoke(ReservationSiret::dossierId));
        if (detenteur.isPresent()) {
            throw entreprise.siretDejaUtilise(detenteur.get());
        }
        reservations.newInstance(() -> new ReservationSiret(entreprise.siret(), dossierId));
    }

    private Optional<FicheAnnuaireRattachée> rattacher(
            FicheSaisie saisie, TypeFiche type, String champ, String dossierId) throws Exception {
        if (saisie == null) {
            return Optional.empty();
        }
        Aggregate<FicheAnnuaire> fiche = saisie.estReprise()
                ? fiche(saisie.ficheId(), type, champ + ".ficheId")
                : creerFiche(new FicheAnnuaireCréée(
                        Identifiant.nouveau(), type, null, saisie.nom(), saisie.prenom(), null, null));
        return Optional.of(fiche.invoke(f -> f.rattacheeA(dossierId)));
    }

    /** La fiche bénéficiaire d'un nouveau titulaire : une entreprise y figure sous sa raison sociale. */
    private static FicheAnnuaireCréée ficheBeneficiaire(Titulaire titulaire) {
        String id = Identifiant.nouveau();
        return titulaire instanceof Personne p
                ? new FicheAnnuaireCréée(
                        id, TypeFiche.BENEFICIAIRE, p.civilite(), p.nom(), p.prenom(), p.email(), p.mobile())
                : new FicheAnnuaireCréée(id, TypeFiche.BENEFICIAIRE, null, titulaire.nomAffiche(), null, null, null);
    }

    private Aggregate<FicheAnnuaire> creerFiche(FicheAnnuaireCréée creation) throws Exception {
        return annuaire.newInstance(() -> new FicheAnnuaire(creation));
    }

    /** Une fiche existante, du type attendu. */
    private Aggregate<FicheAnnuaire> fiche(String ficheId, TypeFiche type, String champ) {
        Aggregate<FicheAnnuaire> fiche = charger(annuaire, ficheId)
                .orElseThrow(() -> Refus.introuvable(champ, "Aucune fiche d'annuaire " + ficheId));
        TypeFiche reel = fiche.invoke(FicheAnnuaire::type);
        if (reel != type) {
            throw Refus.invalide(
                    champ, "FICHE_MAUVAIS_TYPE", "La fiche " + ficheId + " est typée " + reel + ", pas " + type);
        }
        return fiche;
    }

    private Prestation resoudre(Prestation prestation, String champConvention) {
        if (prestation.conventionId() == null) {
            return prestation;
        }
        return charger(conventions, prestation.conventionId())
                .orElseThrow(() -> Refus.introuvable(champConvention, "Aucune convention " + prestation.conventionId()))
                .invoke(c -> c.appliqueeA(prestation));
    }

    /**
     * L'agrégat {@code id} s'il existe. On interroge d'abord le magasin : charger un agrégat absent
     * prendrait son verrou et journaliserait un échec pour un cas ordinaire.
     */
    private <T> Optional<Aggregate<T>> charger(Repository<T> depot, String id) {
        if (magasin.lastSequenceNumberFor(id).isEmpty()) {
            return Optional.empty();
        }
        Aggregate<T> agregat = depot.load(id);
        // un identifiant d'un autre type d'agrégat ne désigne pas celui-ci
        return id.equals(agregat.identifierAsString()) ? Optional.of(agregat) : Optional.empty();
    }
}
