// Recherche : dossiers, intervenants, pièces et opportunités, filtrés, page après page (curseur after),
// avec leur total ; un clic ouvre la fiche.
import { graphql } from '../api.js';
import { dateHeure, montant, nombre } from '../format.js';
import { CATEGORIES, ETATS_DOSSIER, NATURES, SITUATIONS, libelle } from '../libelles.js';
import { el, remplir, tableau, tenter, valeur, vide } from '../ui.js';

const TAILLE_PAGE = 20;

function choix(nom, titre, table) {
  return el('label', {}, titre, el('select', { name: nom },
    el('option', { value: '' }, 'Tous'), Object.entries(table).map(([v, l]) => el('option', { value: v }, l))));
}

function texte(nom, titre, aide) {
  return el('label', {}, titre, el('input', { name: nom, type: 'search', placeholder: aide || '' }));
}

function lien(type, id, ...contenu) {
  return el('a', { href: '#/fiche/' + type + '/' + encodeURIComponent(id) }, contenu);
}

function nomTitulaire(titulaire) {
  if (!titulaire) {
    return '';
  }
  return titulaire.__typename === 'Entreprise'
    ? titulaire.raisonSociale
    : [titulaire.prenom, titulaire.nom].filter(Boolean).join(' ');
}

/** Chaque genre d'agrégat : ses filtres, sa requête, ses colonnes. */
const GENRES = {
  dossier: {
    titre: 'Dossiers',
    filtres: () => [texte('nom', 'Nom du titulaire', 'Dupont'), texte('siret', 'SIRET'), choix('etat', 'État', ETATS_DOSSIER)],
    requete: `query($filtre: DossierFiltre, $first: Int, $after: String) {
      liste: dossiers(filtre: $filtre, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id etat dateCreation
          titulaire { __typename ... on Personne { prenom nom email } ... on Entreprise { raisonSociale siret } } } } } }`,
    colonnes: [
      { titre: 'Titulaire', cellule: (d) => lien('dossier', d.id, valeur(nomTitulaire(d.titulaire))) },
      { titre: 'État', cellule: (d) => libelle(ETATS_DOSSIER, d.etat) },
      { titre: 'Créé le', cellule: (d) => dateHeure(d.dateCreation) },
      { titre: 'SIRET ou e-mail', cellule: (d) => valeur(d.titulaire.siret || d.titulaire.email) },
    ],
  },
  intervenant: {
    titre: 'Intervenants',
    filtres: () => [texte('nom', 'Nom', 'Martin'), choix('nature', 'Nature', NATURES), choix('situation', 'Situation', SITUATIONS)],
    requete: `query($filtre: IntervenantFiltre, $first: Int, $after: String) {
      liste: intervenants(filtre: $filtre, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id nom prenom matricule nature situation } } } }`,
    colonnes: [
      { titre: 'Nom', cellule: (i) => lien('intervenant', i.id, valeur(i.nom), ' ', i.prenom ? valeur(i.prenom) : '') },
      { titre: 'Matricule', cellule: (i) => valeur(i.matricule) },
      { titre: 'Nature', cellule: (i) => libelle(NATURES, i.nature) },
      { titre: 'Situation', cellule: (i) => libelle(SITUATIONS, i.situation) },
    ],
  },
  piece: {
    titre: 'Pièces',
    filtres: () => [texte('numero', 'Numéro', 'F-2026-001'), choix('categorie', 'Catégorie', CATEGORIES),
      choix('ouverte', 'Ouverture', { true: 'Ouvertes', false: 'Fermées' }), texte('dossierId', 'Dossier (identifiant)')],
    requete: `query($filtre: PieceFiltre, $first: Int, $after: String) {
      liste: pieces(filtre: $filtre, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id numero dossierId montant solde categorie ouverte } } } }`,
    colonnes: [
      { titre: 'Numéro', cellule: (p) => lien('piece', p.id, p.numero) },
      { titre: 'Catégorie', cellule: (p) => libelle(CATEGORIES, p.categorie) },
      { titre: 'Montant', cellule: (p) => montant(p.montant) },
      { titre: 'Solde', cellule: (p) => montant(p.solde) },
      { titre: 'Ouverte', cellule: (p) => (p.ouverte ? 'oui' : 'non') },
      { titre: 'Dossier', cellule: (p) => lien('dossier', p.dossierId, 'ouvrir le dossier') },
    ],
  },
  opportunite: {
    titre: 'Opportunités',
    filtres: () => [texte('dossierId', 'Dossier (identifiant)')],
    requete: `query($dossierId: ID, $first: Int, $after: String) {
      liste: opportunites(dossierId: $dossierId, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id dossierId gestionnaire dateOuverture verrouillee origineId } } } }`,
    variables: (filtre) => ({ dossierId: filtre.dossierId }),
    colonnes: [
      { titre: 'Ouverte le', cellule: (o) => lien('opportunite', o.id, dateHeure(o.dateOuverture)) },
      { titre: 'Gestionnaire', cellule: (o) => valeur(o.gestionnaire) },
      { titre: 'État', cellule: (o) => (o.verrouillee ? 'Verrouillée (dupliquée)' : 'Active') },
      { titre: 'Dossier', cellule: (o) => lien('dossier', o.dossierId, 'ouvrir le dossier') },
    ],
  },
};

/** Les critères saisis, sans les champs vides ; « true »/« false » deviennent des booléens. */
function criteres(formulaire) {
  const filtre = {};
  for (const [nom, v] of new FormData(formulaire).entries()) {
    const propre = String(v).trim();
    if (propre) {
      filtre[nom] = propre === 'true' ? true : propre === 'false' ? false : propre;
    }
  }
  return filtre;
}

export async function afficher(page, { parametres }) {
  const genre = GENRES[parametres.get('genre')] ? parametres.get('genre') : 'dossier';
  const definition = GENRES[genre];
  const resultats = el('div', { class: 'resultats', 'aria-live': 'polite' });
  const formulaire = el('form', { class: 'filtres', role: 'search' }, definition.filtres(),
    el('button', { type: 'submit' }, 'Rechercher'));
  const onglets = el('div', { class: 'onglets', role: 'tablist' }, Object.entries(GENRES).map(([nom, g]) =>
    el('a', { href: '#/recherche?genre=' + nom, role: 'tab', 'aria-selected': String(nom === genre) }, g.titre)));
  const acces = el('form', { class: 'filtres acces-direct' },
    el('label', {}, 'Ouvrir par identifiant', el('input', { name: 'id', placeholder: 'identifiant UUID', size: 38 })),
    el('button', { type: 'submit', class: 'secondaire' }, 'Ouvrir'));
  acces.addEventListener('submit', (e) => {
    e.preventDefault();
    const id = new FormData(acces).get('id').trim();
    if (id) {
      window.location.hash = '#/fiche/' + genre + '/' + encodeURIComponent(id);
    }
  });

  // Les curseurs des pages déjà vues, pour revenir en arrière (l'API ne pagine que vers l'avant).
  let curseurs = [null];
  async function charger() {
    const filtre = criteres(formulaire);
    const apres = curseurs[curseurs.length - 1];
    const variables = definition.variables
      ? { ...definition.variables(filtre), first: TAILLE_PAGE, after: apres }
      : { filtre, first: TAILLE_PAGE, after: apres };
    await tenter(resultats, async () => {
      const liste = (await graphql(definition.requete, variables)).liste;
      const noeuds = liste.edges.map((e) => e.node);
      const numeroPage = curseurs.length;
      remplir(resultats,
        el('p', { class: 'total' }, nombre(liste.totalCount), ' résultat(s)', liste.totalCount > TAILLE_PAGE ? ' — page ' + numeroPage : ''),
        noeuds.length
          ? el('div', { class: 'defilement' }, tableau(definition.colonnes, noeuds, { class: 'liste', dataset: { genre } }))
          : vide('Aucun résultat pour ces critères.'),
        el('div', { class: 'pagination' },
          el('button', { type: 'button', class: 'secondaire', disabled: curseurs.length === 1, onclick: () => { curseurs.pop(); charger(); } }, 'Page précédente'),
          el('button', { type: 'button', class: 'secondaire', disabled: !liste.pageInfo.hasNextPage, onclick: () => { curseurs.push(liste.pageInfo.endCursor); charger(); } }, 'Page suivante')));
    });
  }
  formulaire.addEventListener('submit', (e) => {
    e.preventDefault();
    curseurs = [null];
    charger();
  });
  remplir(page, el('h1', {}, 'Recherche'), onglets, formulaire, resultats, acces);
  await charger();
}
