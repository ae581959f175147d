// Fiche d'un agrégat (#/fiche/<type>/<id>) : son modèle de lecture actuel, ses enfants et les objets liés ;
// pour l'audit (auditeur, admin), la chronologie de ses événements avec ce que chacun a changé, et
// l'agrégat tel qu'il était à un instant choisi, comparé à son état d'aujourd'hui.
import { graphql, toutesLesPages } from '../api.js';
import { EFFACEE, date, dateHeure, instantDeParis, montant, nombre, nomEvenement } from '../format.js';
import { CATEGORIES, ETATS_DOSSIER, NATURES, SITUATIONS, TYPES_AGREGAT, libelle } from '../libelles.js';
import { el, erreur, feuilleDeStyle, remplir, tableau, tenter, valeur, vide } from '../ui.js';

const ADRESSE = 'adresse { ligne1 codePostal ville }';
const FICHE_ANNUAIRE = '{ id nom prenom type }';

/** Au-delà, ce qu'a changé chaque événement est calculé à la demande plutôt que d'emblée. */
const DIFFERENCES_D_EMBLEE = 300;
/** Les reconstructions demandées par requête (alias etatALaVersion). */
const VERSIONS_PAR_REQUETE = 25;
const TEXTE_MAX = 160;

const ETATS_OPPORTUNITE = { true: 'Verrouillée (dupliquée)', false: 'Active' };
const CIVILITES = { M: 'Monsieur', MME: 'Madame' };
const TYPES_FICHE = { BENEFICIAIRE: 'Bénéficiaire', PRESCRIPTEUR: 'Prescripteur', AUTRE: 'Autre' };
const STATUTS_PLAN = { EN_COURS: 'En cours', SOLDE: 'Soldé', ANNULE: 'Annulé' };
const STATUTS_ECHEANCE = { PAYEE: 'Payée', EN_RETARD: 'En retard', A_VENIR: 'À venir', ANNULEE: 'Annulée' };
const STATUTS_MESSAGE = { ENVOYE: 'Envoyé', DELIVRE: 'Délivré', OUVERT: 'Ouvert', BLOQUE: 'Bloqué', ECHEC: 'Échec' };
const REPONSES = { ACCEPTE: 'Accepte', PEUT_ETRE: 'Peut-être', ANNULE: 'Annule' };
const ISSUES = { TENU: 'Tenu', ANNULE: 'Annulé' };
const JOURS = {
  LUNDI: 'Lundi', MARDI: 'Mardi', MERCREDI: 'Mercredi', JEUDI: 'Jeudi', VENDREDI: 'Vendredi', SAMEDI: 'Samedi', DIMANCHE: 'Dimanche',
};
const TRANCHES = {
  NON_ECHU: 'Non échue', JOURS_0_30: '0 à 30 jours', JOURS_31_60: '31 à 60 jours', JOURS_61_90: '61 à 90 jours', PLUS_DE_90: 'Plus de 90 jours',
};

/** Les valeurs d'énumération que l'état reconstruit (etatAu) porte sous ces noms de champ, en clair. */
const ENUMERATIONS_ETAT = { etat: ETATS_DOSSIER, nature: NATURES, situation: SITUATIONS, categorie: CATEGORIES, civilite: CIVILITES };

/** Le lien vers la fiche d'un autre objet. */
export function lienFiche(type, id, ...contenu) {
  return el('a', { href: '#/fiche/' + type + '/' + encodeURIComponent(id) }, contenu.length ? contenu : id);
}

/** Le type d'agrégat de l'API (« Dossier ») en type de fiche (« dossier »), s'il en a une. */
export const FICHES_PAR_AGREGAT = { Dossier: 'dossier', Intervenant: 'intervenant', Piece: 'piece', Opportunite: 'opportunite' };

// --- Valeurs JSON (état reconstruit, données d'événement) mises à plat ---------------------------------

/** { titulaire: { nom: 'X' }, notes: [{ texte: 'a' }] } → Map « titulaire.nom » → 'X', « notes[0].texte » → 'a'. */
export function aplatir(valeurJson, prefixe = '', sortie = new Map()) {
  if (Array.isArray(valeurJson)) {
    if (!valeurJson.length) {
      sortie.set(prefixe, '[]');
    }
    valeurJson.forEach((v, i) => aplatir(v, prefixe + '[' + i + ']', sortie));
  } else if (valeurJson !== null && typeof valeurJson === 'object') {
    const cles = Object.keys(valeurJson);
    if (!cles.length && prefixe) {
      sortie.set(prefixe, '{}');
    }
    cles.forEach((c) => aplatir(valeurJson[c], prefixe ? prefixe + '.' + c : c, sortie));
  } else {
    sortie.set(prefixe, valeurJson === null || valeurJson === undefined ? null : String(valeurJson));
  }
  return sortie;
}

/** Une valeur mise à plat, lisible : « effacé » dit, énumérations en clair, textes très longs abrégés. */
export function valeurLue(texte, champ = '') {
  if (texte === EFFACEE || texte === null || texte === undefined || texte === '') {
    return valeur(texte);
  }
  const dernier = champ.replace(/\[\d+\]/g, '').split('.').pop();
  const table = ENUMERATIONS_ETAT[dernier];
  if (table && table[texte]) {
    return el('span', { title: texte }, table[texte]);
  }
  if (texte.length > TEXTE_MAX) {
    return el('span', { title: texte.length + ' caractères' }, texte.substring(0, TEXTE_MAX) + '… (' + nombre(texte.length) + ' caractères)');
  }
  return texte;
}

/** Des données JSON en liste « champ : valeur », « effacé » compris. */
export function donneesLisibles(donnees, attributs = {}) {
  const plat = aplatir(donnees);
  if (!plat.size) {
    return el('p', { class: 'absent' }, 'Aucune donnée.');
  }
  return el('dl', { class: 'donnees', ...attributs }, [...plat].map(([champ, v]) => [
    el('dt', {}, champ || '(valeur)'), el('dd', { dataset: { champ } }, valeurLue(v, champ))]));
}

/** Les champs qui diffèrent entre deux états mis à plat, dans l'ordre de l'état le plus récent. */
export function differences(avant, apres) {
  const champs = [...apres.keys(), ...[...avant.keys()].filter((c) => !apres.has(c))];
  return champs.filter((c) => (avant.has(c) ? avant.get(c) : undefined) !== (apres.has(c) ? apres.get(c) : undefined));
}

// --- Modèle de lecture ---------------------------------------------------------------------------------

/** Une liste « libellé : valeur » ; les textes passent par valeur() (« effacé », « — »). */
function champs(paires) {
  return el('dl', { class: 'champs' }, paires.filter(Boolean).map(([titre, v]) => [
    el('dt', {}, titre), el('dd', {}, v instanceof Node || Array.isArray(v) ? v : valeur(v))]));
}

function section(titre, contenu, attributs = {}) {
  return el('section', { class: 'carte', ...attributs }, el('h2', {}, titre), contenu);
}

/** Un tableau d'enfants, ou l'état vide qui le dit. */
function enfants(titre, colonnes, elements, messageVide, nom) {
  return section(titre + ' (' + nombre(elements.length) + ')', elements.length
    ? el('div', { class: 'defilement' }, tableau(colonnes, elements, { class: 'liste', dataset: { liste: nom } }))
    : vide(messageVide), { dataset: { section: nom }, class: elements.length ? 'carte' : 'carte sans-element' });
}

/** Les listes vides, regroupées en petites cartes à la fin du modèle de lecture plutôt qu'intercalées. */
function regrouperLesListesVides(modele) {
  const vides = [...modele.querySelectorAll(':scope > section.sans-element')];
  if (vides.length) {
    modele.append(el('div', { class: 'listes-vides' }, vides));
  }
}

function adresse(a) {
  return a ? [valeur(a.ligne1), ', ', valeur(a.codePostal), ' ', valeur(a.ville)] : valeur(null);
}

function personne(p) {
  return [p.prenom ? valeur(p.prenom) : null, p.prenom ? ' ' : null, valeur(p.nom)];
}

function ficheAnnuaire(f) {
  return f ? [personne(f), ' (', libelle(TYPES_FICHE, f.type), ')'] : valeur(null);
}

function oui(b) {
  return b ? 'oui' : 'non';
}

function texteTitulaire(t) {
  if (!t) {
    return '';
  }
  if (t.__typename === 'Entreprise') {
    return t.raisonSociale === EFFACEE ? 'effacé' : t.raisonSociale;
  }
  return [t.prenom, t.nom].map((x) => (x === EFFACEE ? 'effacé' : x)).filter(Boolean).join(' ');
}

const GENRES = {
  dossier: {
    racine: 'dossier',
    requete: `query($id: ID!) {
      dossier(id: $id) { id version etat transitionsPermises dateCreation creePar collaborateurs
        titulaire { __typename ... on Personne { civilite prenom nom email mobile ${ADRESSE} }
          ... on Entreprise { raisonSociale siret ${ADRESSE} } }
        beneficiaire ${FICHE_ANNUAIRE} prescripteur ${FICHE_ANNUAIRE} contactAdmin ${FICHE_ANNUAIRE}
        prestation { libelle conventionId financeurs { financeur montant } }
        commande { numero debut fin }
        exercices { debut fin }
        dirigeant { email nom prenom themes invitationEnvoyeeLe }
        contacts { id nom prenom fonction email telephone }
        notes { id texte auteur horodatage }
        documents { id nom typeMime taille deposePar deposeLe }
        seances { id date intitule dureeMinutes facturable }
        messages { id canal destinataire objet statut envoyeLe } }
      pieces(filtre: { dossierId: $id }, first: 100) { totalCount edges { node { id numero montant solde categorie ouverte } } }
      opportunites(dossierId: $id, first: 100) { totalCount edges { node { id gestionnaire dateOuverture verrouillee } } } }`,
    titre: (d) => 'Dossier — ' + (texteTitulaire(d.titulaire) || d.id),
    rendu: (d, donnees) => {
      const t = d.titulaire;
      const titulaire = t.__typename === 'Entreprise'
        ? [['Raison sociale', t.raisonSociale], ['SIRET', t.siret], ['Adresse du siège', adresse(t.adresse)]]
        : [['Civilité', libelle(CIVILITES, t.civilite)], ['Prénom', t.prenom], ['Nom', t.nom], ['E-mail', t.email],
          ['Mobile', t.mobile], ['Adresse', adresse(t.adresse)]];
      const pieces = donnees.pieces.edges.map((e) => e.node);
      const opportunites = donnees.opportunites.edges.map((e) => e.node);
      return [
        el('div', { class: 'grille' },
          section('Dossier', champs([
            ['État', el('strong', { class: 'etat', dataset: { etat: d.etat } }, libelle(ETATS_DOSSIER, d.etat))],
            ['Passages permis', d.transitionsPermises.length ? d.transitionsPermises.map((e) => libelle(ETATS_DOSSIER, e)).join(', ') : 'aucun'],
            ['Créé le', dateHeure(d.dateCreation)], ['Créé par', d.creePar], ['Version', String(d.version)],
            ['Collaborateurs', d.collaborateurs.length ? d.collaborateurs.join(', ') : null],
            ['Identifiant', el('code', {}, d.id)],
          ]), { dataset: { section: 'dossier' } }),
          section(t.__typename === 'Entreprise' ? 'Titulaire (entreprise)' : 'Titulaire (personne)', champs(titulaire),
            { dataset: { section: 'titulaire' } }),
          section('Fiches d\u2019annuaire', champs([
            ['Bénéficiaire', ficheAnnuaire(d.beneficiaire)], ['Prescripteur', ficheAnnuaire(d.prescripteur)],
            ['Contact administratif', ficheAnnuaire(d.contactAdmin)],
          ])),
          section('Prestation et commande', champs([
            ['Prestation', d.prestation ? d.prestation.libelle : null],
            ['Financeurs', d.prestation && d.prestation.financeurs.length
              ? d.prestation.financeurs.map((f) => f.financeur + ' : ' + montant(f.montant)).join(' ; ') : null],
            ['Commande', d.commande ? d.commande.numero : null],
            ['Période de la commande', d.commande ? date(d.commande.debut) + ' → ' + (d.commande.fin ? date(d.commande.fin) : 'sans fin') : null],
            ['Exercices', d.exercices.length ? d.exercices.map((x) => date(x.debut) + ' → ' + date(x.fin)).join(' ; ') : null],
            ['Dirigeant', d.dirigeant ? [personne(d.dirigeant), ' — ', valeur(d.dirigeant.email)] : null],
          ]))),
        enfants('Contacts', [
          { titre: 'Nom', cellule: (c) => personne(c) }, { titre: 'Fonction', cellule: (c) => valeur(c.fonction) },
          { titre: 'E-mail', cellule: (c) => valeur(c.email) }, { titre: 'Téléphone', cellule: (c) => valeur(c.telephone) },
        ], d.contacts, 'Aucun contact.', 'contacts'),
        enfants('Notes', [
          { titre: 'Le', cellule: (n) => dateHeure(n.horodatage) }, { titre: 'Auteur', cellule: (n) => valeur(n.auteur) },
          { titre: 'Note', cellule: (n) => valeur(n.texte) },
        ], d.notes, 'Aucune note.', 'notes'),
        enfants('Documents', [
          { titre: 'Nom', cellule: (x) => valeur(x.nom) }, { titre: 'Type', cellule: (x) => x.typeMime },
          { titre: 'Taille', cellule: (x) => nombre(x.taille) + ' octets' },
          { titre: 'Déposé', cellule: (x) => [dateHeure(x.deposeLe), ' par ', valeur(x.deposePar)] },
        ], d.documents, 'Aucun document.', 'documents'),
        enfants('Séances', [
          { titre: 'Date', cellule: (s) => date(s.date) }, { titre: 'Intitulé', cellule: (s) => valeur(s.intitule) },
          { titre: 'Durée', cellule: (s) => (s.dureeMinutes === null ? valeur(null) : nombre(s.dureeMinutes) + ' min') },
          { titre: 'Facturable', cellule: (s) => oui(s.facturable) },
        ], d.seances, 'Aucune séance.', 'seances'),
        enfants('Messages envoyés', [
          { titre: 'Envoyé le', cellule: (m) => dateHeure(m.envoyeLe) }, { titre: 'Canal', cellule: (m) => (m.canal === 'SMS' ? 'SMS' : 'E-mail') },
          { titre: 'Destinataire', cellule: (m) => valeur(m.destinataire) }, { titre: 'Objet', cellule: (m) => valeur(m.objet) },
          { titre: 'Statut', cellule: (m) => libelle(STATUTS_MESSAGE, m.statut) },
        ], d.messages, 'Aucun message.', 'messages'),
        enfants('Pièces du dossier', [
          { titre: 'Numéro', cellule: (p) => lienFiche('piece', p.id, p.numero) },
          { titre: 'Catégorie', cellule: (p) => libelle(CATEGORIES, p.categorie) },
          { titre: 'Montant', cellule: (p) => montant(p.montant) }, { titre: 'Solde', cellule: (p) => montant(p.solde) },
          { titre: 'Ouverte', cellule: (p) => oui(p.ouverte) },
        ], pieces, 'Aucune pièce dans ce dossier.', 'pieces'),
        enfants('Opportunités du dossier', [
          { titre: 'Ouverte le', cellule: (o) => lienFiche('opportunite', o.id, dateHeure(o.dateOuverture)) },
          { titre: 'Gestionnaire', cellule: (o) => valeur(o.gestionnaire) },
          { titre: 'État', cellule: (o) => libelle(ETATS_OPPORTUNITE, String(o.verrouillee)) },
        ], opportunites, 'Aucune opportunité pour ce dossier.', 'opportunites'),
      ];
    },
  },
  intervenant: {
    racine: 'intervenant',
    requete: `query($id: ID!) {
      intervenant(id: $id) { id version civilite nom prenom nature matricule numeroDossier situation ${ADRESSE}
        telephones email nir competences disponibilites { jour debut fin } gerePar creePar dateCreation favori
        rendezVous { id objet debut fin alerte participants { nom reponse } notes { texte auteur horodatage } issue }
        emails { id destinataire objet statut envoyeLe envoyePar } clients photo { format } supprime } }`,
    titre: (i) => 'Intervenant — ' + [i.prenom, i.nom].map((x) => (x === EFFACEE ? 'effacé' : x)).filter(Boolean).join(' '),
    rendu: (i) => [
      i.supprime ? el('p', { class: 'info' }, 'Fiche supprimée : ses données personnelles sont effacées, son historique demeure.') : null,
      el('div', { class: 'grille' },
        section('Identité', champs([
          ['Civilité', libelle(CIVILITES, i.civilite)], ['Prénom', i.prenom], ['Nom', i.nom],
          ['Nature', libelle(NATURES, i.nature)], ['Situation', libelle(SITUATIONS, i.situation)],
          ['Matricule', i.matricule], ['Dossier de télégestion', i.numeroDossier],
          ['N° de sécurité sociale', i.nir], ['Photo', i.photo ? i.photo.format : null],
        ]), { dataset: { section: 'identite' } }),
        section('Coordonnées', champs([
          ['Adresse', adresse(i.adresse)], ['Téléphones', i.telephones.length ? i.telephones.map(valeur).flatMap((t, k) => (k ? [', ', t] : [t])) : null],
          ['E-mail', i.email],
        ]), { dataset: { section: 'coordonnees' } }),
        section('Suivi', champs([
          ['Géré par', i.gerePar], ['Créé par', i.creePar], ['Créé le', dateHeure(i.dateCreation)],
          ['Version', String(i.version)], ['Compétences', i.competences.length ? i.competences.join(', ') : null],
          ['Disponibilités', i.disponibilites.length
            ? i.disponibilites.map((d) => libelle(JOURS, d.jour) + ' ' + d.debut + '–' + d.fin).join(' ; ') : null],
          ['Identifiant', el('code', {}, i.id)],
        ]))),
      enfants('Rendez-vous', [
        { titre: 'Objet', cellule: (r) => valeur(r.objet) },
        { titre: 'Quand', cellule: (r) => dateHeure(r.debut) + ' → ' + dateHeure(r.fin) },
        { titre: 'Participants', cellule: (r) => r.participants.map((p) => p.nom + (p.reponse ? ' (' + libelle(REPONSES, p.reponse) + ')' : '')).join(', ') },
        { titre: 'Notes', cellule: (r) => (r.notes.length ? r.notes.map((n) => n.texte).join(' ; ') : valeur(null)) },
        { titre: 'Issue', cellule: (r) => (r.issue ? libelle(ISSUES, r.issue) : 'à venir') },
      ], i.rendezVous, 'Aucun rendez-vous.', 'rendezVous'),
      enfants('E-mails envoyés', [
        { titre: 'Envoyé le', cellule: (m) => dateHeure(m.envoyeLe) }, { titre: 'Objet', cellule: (m) => valeur(m.objet) },
        { titre: 'Destinataire', cellule: (m) => valeur(m.destinataire) },
        { titre: 'Statut', cellule: (m) => libelle(STATUTS_MESSAGE, m.statut) }, { titre: 'Par', cellule: (m) => valeur(m.envoyePar) },
      ], i.emails, 'Aucun e-mail.', 'emails'),
      enfants('Clients (dossiers)', [
        { titre: 'Dossier', cellule: (id) => lienFiche('dossier', id) },
      ], i.clients, 'Aucun client noté.', 'clients'),
    ],
  },
  piece: {
    racine: 'piece',
    requete: `query($id: ID!) {
      piece(id: $id) { id version dossierId numero dateEmission dateEcheance montant solde categorie prochaineAction
        ouverte dateFermeture joursDeRetard trancheAge creePar dateEnregistrement
        historiqueCategories { categorie horodatage auteur commentaire prochaineAction datePromesse montantPromis preuve responsable }
        paiements { montant date horodatage auteur }
        plansPaiement { numero statut montant paye etabliLe etabliPar annuleLe annulePar motifAnnulation
          echeances { date montant paye statut } } } }`,
    titre: (p) => 'Pièce ' + p.numero,
    rendu: (p) => [
      el('div', { class: 'grille' },
        section('Pièce', champs([
          ['Numéro', p.numero], ['Dossier', lienFiche('dossier', p.dossierId, 'ouvrir le dossier')],
          ['Émise le', date(p.dateEmission)], ['Échéance', date(p.dateEcheance)],
          ['Montant', montant(p.montant)], ['Solde', el('strong', {}, montant(p.solde))],
          ['Ouverte', oui(p.ouverte)], ['Fermée le', p.dateFermeture ? date(p.dateFermeture) : null],
          ['Jours de retard', nombre(p.joursDeRetard)], ['Tranche d\u2019ancienneté', p.trancheAge ? libelle(TRANCHES, p.trancheAge) : null],
        ]), { dataset: { section: 'piece' } }),
        section('Recouvrement', champs([
          ['Catégorie', el('strong', {}, libelle(CATEGORIES, p.categorie))],
          ['Prochaine action', p.prochaineAction ? date(p.prochaineAction) : null],
          ['Enregistrée', [dateHeure(p.dateEnregistrement), ' par ', valeur(p.creePar)]],
          ['Version', String(p.version)], ['Identifiant', el('code', {}, p.id)],
        ]))),
      enfants('Historique des catégories', [
        { titre: 'Le', cellule: (c) => dateHeure(c.horodatage) }, { titre: 'Catégorie', cellule: (c) => libelle(CATEGORIES, c.categorie) },
        { titre: 'Par', cellule: (c) => valeur(c.auteur) }, { titre: 'Commentaire', cellule: (c) => valeur(c.commentaire) },
        { titre: 'Prochaine action', cellule: (c) => (c.prochaineAction ? date(c.prochaineAction) : valeur(null)) },
        { titre: 'Précisions', cellule: (c) => [c.datePromesse ? 'promesse au ' + date(c.datePromesse) : null,
          c.montantPromis ? ' de ' + montant(c.montantPromis) : null, c.preuve ? 'preuve ' + c.preuve : null,
          c.responsable ? 'litige suivi par ' + c.responsable : null].filter(Boolean).join(' ') || valeur(null) },
      ], p.historiqueCategories, 'Aucune catégorisation.', 'historiqueCategories'),
      enfants('Paiements', [
        { titre: 'Date', cellule: (x) => date(x.date) }, { titre: 'Montant', cellule: (x) => montant(x.montant) },
        { titre: 'Enregistré', cellule: (x) => [dateHeure(x.horodatage), ' par ', valeur(x.auteur)] },
      ], p.paiements, 'Aucun paiement reçu.', 'paiements'),
      enfants('Plans de paiement', [
        { titre: 'N°', cellule: (x) => String(x.numero) }, { titre: 'Statut', cellule: (x) => libelle(STATUTS_PLAN, x.statut) },
        { titre: 'Montant', cellule: (x) => montant(x.montant) }, { titre: 'Payé', cellule: (x) => montant(x.paye) },
        { titre: 'Échéances', cellule: (x) => x.echeances.map((e) => date(e.date) + ' : ' + montant(e.montant) + ' (' + libelle(STATUTS_ECHEANCE, e.statut) + ')').join(' ; ') },
        { titre: 'Établi', cellule: (x) => [dateHeure(x.etabliLe), ' par ', valeur(x.etabliPar),
          x.annuleLe ? ' ; annulé le ' + dateHeure(x.annuleLe) + (x.motifAnnulation ? ' (' + x.motifAnnulation + ')' : '') : null] },
      ], p.plansPaiement, 'Aucun plan de paiement.', 'plansPaiement'),
    ],
  },
  opportunite: {
    racine: 'opportunite',
    requete: `query($id: ID!) {
      opportunite(id: $id) { id version dossierId verrouillee origineId copieId gestionnaire dateEvaluation dateOuverture
        coordonnees { civilite prenom nom email telephone ${ADRESSE} }
        missions { id prestation competences planning { jour debut fin } }
        informations taches { prestation libelle } preventionRisques { situation mesure } } }`,
    titre: (o) => 'Opportunité du ' + dateHeure(o.dateOuverture),
    rendu: (o) => {
      const c = o.coordonnees;
      return [
        el('div', { class: 'grille' },
          section('Opportunité', champs([
            ['Dossier', lienFiche('dossier', o.dossierId, 'ouvrir le dossier')],
            ['État', libelle(ETATS_OPPORTUNITE, String(o.verrouillee))], ['Gestionnaire', o.gestionnaire],
            ['Évaluation des besoins', date(o.dateEvaluation)], ['Ouverte le', dateHeure(o.dateOuverture)],
            ['Copie de', o.origineId ? lienFiche('opportunite', o.origineId, 'l\u2019opportunité d\u2019origine') : null],
            ['Copiée dans', o.copieId ? lienFiche('opportunite', o.copieId, 'la copie') : null],
            ['Version', String(o.version)], ['Identifiant', el('code', {}, o.id)],
          ]), { dataset: { section: 'opportunite' } }),
          section('Coordonnées du client', c ? champs([
            ['Civilité', c.civilite ? libelle(CIVILITES, c.civilite) : null], ['Prénom', c.prenom], ['Nom', c.nom],
            ['E-mail', c.email], ['Téléphone', c.telephone], ['Adresse', adresse(c.adresse)],
          ]) : vide('Pas de coordonnées.'), { dataset: { section: 'coordonnees' } }),
          section('Informations', o.informations ? el('p', {}, valeur(o.informations)) : vide('Aucune information.'))),
        enfants('Missions', [
          { titre: 'Prestation', cellule: (m) => valeur(m.prestation) },
          { titre: 'Compétences', cellule: (m) => (m.competences.length ? m.competences.join(', ') : valeur(null)) },
          { titre: 'Planning', cellule: (m) => m.planning.map((p) => libelle(JOURS, p.jour) + ' ' + p.debut + '–' + p.fin).join(' ; ') || valeur(null) },
        ], o.missions, 'Aucune mission.', 'missions'),
        enfants('Tâches', [
          { titre: 'Prestation', cellule: (t) => valeur(t.prestation) }, { titre: 'Tâche', cellule: (t) => valeur(t.libelle) },
        ], o.taches, 'Aucune tâche.', 'taches'),
        enfants('Prévention des risques', [
          { titre: 'Situation', cellule: (m) => valeur(m.situation) }, { titre: 'Mesure', cellule: (m) => valeur(m.mesure) },
        ], o.preventionRisques, 'Aucune mesure.', 'preventionRisques'),
      ];
    },
  },
};

// --- Audit : chronologie et état à un instant ------------------------------------------------------------

const HISTORIQUE = `query($aggregatId: ID!, $first: Int, $after: String) {
  historique(aggregatId: $aggregatId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { sequence type horodatage auteur correlation donnees } } } }`;

/** Les états reconstruits aux versions données, par requêtes de quelques alias : Map version → état mis à plat. */
async function etatsAuxVersions(id, versions) {
  const etats = new Map();
  for (let debut = 0; debut < versions.length; debut += VERSIONS_PAR_REQUETE) {
    const lot = versions.slice(debut, debut + VERSIONS_PAR_REQUETE);
    const requete = 'query($id: ID!) { ' + lot.map((v) => 'v' + v + ': etatALaVersion(aggregatId: $id, version: ' + v + ') { etat }').join(' ') + ' }';
    const donnees = await graphql(requete, { id });
    lot.forEach((v) => etats.set(v, aplatir(donnees['v' + v] ? donnees['v' + v].etat : {})));
  }
  return etats;
}

/** Le tableau des champs changés d'un état à l'autre. */
function tableauDifferences(avant, apres) {
  const changes = differences(avant, apres);
  if (!changes.length) {
    return el('p', { class: 'absent' }, 'Aucun champ de l\u2019agrégat n\u2019a changé.');
  }
  return el('table', { class: 'differences' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Champ'), el('th', { scope: 'col' }, 'Avant'), el('th', { scope: 'col' }, 'Après'))),
    el('tbody', {}, changes.map((c) => el('tr', { dataset: { champ: c } },
      el('td', {}, el('code', {}, c)),
      el('td', { class: 'avant' }, avant.has(c) ? valeurLue(avant.get(c), c) : el('span', { class: 'absent' }, '(absent)')),
      el('td', { class: 'apres' }, apres.has(c) ? valeurLue(apres.get(c), c) : el('span', { class: 'absent' }, '(retiré)'))))));
}

function elementChronologie(e, surVersion) {
  const zoneDiff = el('div', { class: 'ce-qui-a-change' }, el('p', { class: 'chargement' }, 'Calcul de ce qui a changé…'));
  return {
    zoneDiff,
    li: el('li', { class: 'evenement', dataset: { sequence: String(e.sequence), type: e.type } },
      el('div', { class: 'entete' },
        el('span', { class: 'numero', title: 'Séquence dans l\u2019agrégat' }, '#' + e.sequence),
        el('strong', { class: 'nom' }, nomEvenement(e.type)),
        el('span', { class: 'auteur' }, 'par ', valeur(e.auteur)),
        el('time', { datetime: e.horodatage }, dateHeure(e.horodatage)),
        el('button', { type: 'button', class: 'secondaire petit', onclick: () => surVersion(e) }, 'État après cet événement')),
      el('details', { class: 'donnees-evenement' }, el('summary', {}, 'Données de l\u2019événement (', e.type, ')'),
        donneesLisibles(e.donnees)),
      el('div', { class: 'changement' }, el('h3', {}, 'Ce qui a changé'), zoneDiff)),
  };
}

async function chronologie(zone, id, surVersion) {
  const evenements = await toutesLesPages(HISTORIQUE, { aggregatId: id }, (d) => d.historique, 500);
  if (!evenements.length) {
    remplir(zone, vide('Aucun événement pour cet agrégat.'));
    return null;
  }
  const elements = evenements.map((e) => elementChronologie(e, surVersion));
  remplir(zone, el('p', { class: 'total' }, nombre(evenements.length), ' événement(s), du plus ancien au plus récent'),
    el('ol', { class: 'chronologie' }, elements.map((x) => x.li)));
  const derniere = evenements[evenements.length - 1].sequence;
  const remplirDiff = async (k, etats) => {
    const s = evenements[k].sequence;
    const avant = s === 0 ? new Map() : etats.get(s - 1);
    remplir(elements[k].zoneDiff, tableauDifferences(avant, etats.get(s)));
  };
  if (evenements.length <= DIFFERENCES_D_EMBLEE) {
    const versions = [...new Set(evenements.flatMap((e) => (e.sequence > 0 ? [e.sequence - 1, e.sequence] : [e.sequence])))];
    tenter(elements[0].zoneDiff, async () => {
      const etats = await etatsAuxVersions(id, versions);
      evenements.forEach((e, k) => remplirDiff(k, etats));
    }).then(() => zone.querySelector('.chronologie').setAttribute('data-differences', 'calculees'));
  } else {
    elements.forEach((x, k) => remplir(x.zoneDiff, el('button', { type: 'button', class: 'secondaire petit', onclick: () => tenter(x.zoneDiff, async () => {
      const s = evenements[k].sequence;
      const etats = await etatsAuxVersions(id, s > 0 ? [s - 1, s] : [s]);
      await remplirDiff(k, etats);
    }) }, 'Calculer ce qui a changé')));
  }
  return derniere;
}

/** La comparaison « à cette date / aujourd'hui », les champs qui diffèrent marqués « change ». */
function comparaison(passe, present, titre) {
  const champsTous = [...present.keys(), ...[...passe.keys()].filter((c) => !present.has(c))];
  const changes = new Set(differences(passe, present));
  return [
    el('p', { class: 'resume' }, titre, ' — ', changes.size
      ? nombre(changes.size) + ' champ(s) diffèrent de l\u2019état d\u2019aujourd\u2019hui (surlignés).'
      : 'identique à l\u2019état d\u2019aujourd\u2019hui.'),
    el('div', { class: 'defilement' }, el('table', { class: 'etat-passe' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Champ'), el('th', { scope: 'col' }, 'À ce moment'),
        el('th', { scope: 'col' }, 'Aujourd\u2019hui'))),
      el('tbody', {}, champsTous.map((c) => el('tr', { class: changes.has(c) ? 'change' : null, dataset: { champ: c } },
        el('td', {}, el('code', {}, c)),
        el('td', { class: 'passe' }, passe.has(c) ? valeurLue(passe.get(c), c) : el('span', { class: 'absent' }, '(absent)')),
        el('td', { class: 'present' }, present.has(c) ? valeurLue(present.get(c), c) : el('span', { class: 'absent' }, '(absent)'))))))),
  ];
}

function voyageDansLeTemps(id, versionActuelle) {
  const resultat = el('div', { class: 'resultat-etat', 'aria-live': 'polite' },
    vide('Choisissez un instant (heure de Paris) pour voir l\u2019agrégat tel qu\u2019il était.'));
  const champ = el('input', { type: 'datetime-local', name: 'instant', id: 'etat-au', step: 1, required: true });
  const formulaire = el('form', { class: 'filtres etat-au' },
    el('label', { for: 'etat-au' }, 'État au (heure de Paris)', champ),
    el('button', { type: 'submit' }, 'Afficher'));

  async function montrer(requete, variables, titre) {
    await tenter(resultat, async () => {
      const donnees = await graphql(requete, { ...variables, id, derniere: versionActuelle() });
      if (!donnees.passe) {
        remplir(resultat, vide('L\u2019agrégat n\u2019existait pas encore à cet instant.'));
        return;
      }
      remplir(resultat, comparaison(aplatir(donnees.passe.etat), aplatir(donnees.present.etat),
        titre + ' (version ' + donnees.passe.version + ')'));
    });
  }
  formulaire.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!champ.value) {
      return;
    }
    let instant;
    try {
      instant = instantDeParis(champ.value);
    } catch (illisible) {
      remplir(resultat, erreur({ classification: 'BAD_REQUEST', message: 'Instant illisible', champ: 'instant' }));
      return;
    }
    montrer(`query($id: ID!, $instant: DateTime!, $derniere: Int!) {
      passe: etatAu(aggregatId: $id, instant: $instant) { version etat }
      present: etatALaVersion(aggregatId: $id, version: $derniere) { version etat } }`,
    { instant }, 'État au ' + dateHeure(instant));
  });
  return {
    element: el('div', {}, formulaire, resultat),
    versionChoisie: (e) => {
      montrer(`query($id: ID!, $v: Int!, $derniere: Int!) {
        passe: etatALaVersion(aggregatId: $id, version: $v) { version etat }
        present: etatALaVersion(aggregatId: $id, version: $derniere) { version etat } }`,
      { v: e.sequence }, 'État après « ' + nomEvenement(e.type) + ' » du ' + dateHeure(e.horodatage));
      resultat.scrollIntoView({ block: 'nearest' });
    },
  };
}

function audit(zone, id) {
  let derniere = 0;
  const zoneChronologie = el('div', { class: 'zone-chronologie' }, el('p', { class: 'chargement' }, 'Chargement de l\u2019historique…'));
  const voyage = voyageDansLeTemps(id, () => derniere);
  zone.append(
    el('section', { class: 'carte audit', dataset: { section: 'etat-au' } }, el('h2', { tabindex: -1 }, 'État à un instant'), voyage.element),
    el('section', { class: 'carte audit', dataset: { section: 'historique' } }, el('h2', { tabindex: -1 }, 'Historique des événements'), zoneChronologie));
  tenter(zoneChronologie, async () => {
    const version = await chronologie(zoneChronologie, id, voyage.versionChoisie);
    if (version !== null) {
      derniere = version;
    }
  });
}

export async function afficher(page, { chemin, session }) {
  feuilleDeStyle('fiche');
  const [type, id] = chemin;
  const genre = GENRES[type];
  if (!genre || !id) {
    remplir(page, el('h1', {}, 'Fiche'), vide('Adresse de fiche incomplète : il faut un type (dossier, intervenant, pièce ou opportunité) et un identifiant.'));
    return;
  }
  const nomType = TYPES_AGREGAT[type];
  let donnees;
  try {
    donnees = await graphql(genre.requete, { id });
  } catch (e) {
    remplir(page, el('h1', {}, nomType), erreur(e));
    return;
  }
  const objet = donnees[genre.racine];
  if (!objet) {
    remplir(page, el('h1', {}, nomType + ' introuvable'),
      el('p', { class: 'vide', dataset: { introuvable: id } }, 'Aucun(e) ' + nomType.toLowerCase() + ' n\u2019a l\u2019identifiant ', el('code', {}, id), '.'));
    return;
  }
  const modele = el('div', { class: 'modele-lecture' }, genre.rendu(objet, donnees));
  regrouperLesListesVides(modele);
  const auditeur = session.peut('AUDITEUR', 'ADMIN');
  const aller = (section, texte) => el('button', { type: 'button', class: 'secondaire petit', onclick: () => {
    const cible = page.querySelector('[data-section="' + section + '"]');
    cible.scrollIntoView({ block: 'start' });
    cible.querySelector('h2').focus();
  } }, texte);
  remplir(page,
    el('p', { class: 'fil' }, el('a', { href: '#/recherche?genre=' + type }, 'Recherche'), ' › ', nomType),
    el('div', { class: 'titre-fiche' }, el('h1', {}, genre.titre(objet)),
      auditeur ? el('nav', { class: 'sommaire', 'aria-label': 'Sections de la fiche' },
        aller('historique', 'Historique des événements'), aller('etat-au', 'État à un instant')) : null),
    modele);
  if (auditeur) {
    audit(page, id);
  } else {
    page.append(el('p', { class: 'note-role' },
      'L\u2019historique des événements et l\u2019état à un instant passé sont réservés aux rôles auditeur et administrateur : vous voyez l\u2019état actuel.'));
  }
}
