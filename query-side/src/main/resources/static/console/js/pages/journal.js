// Journal (#/journal) : tous les événements du magasin, filtrés (types, auteur, type d'agrégat, période),
// page après page, avec leur total ; ceux qui arrivent pendant que la page est ouverte s'affichent en tête,
// en direct ; la vue filtrée entière se télécharge en CSV.
import { abonner, graphql, toutesLesPages } from '../api.js';
import { dateHeure, instantDeParis, nombre, nomEvenement } from '../format.js';
import { el, erreur, feuilleDeStyle, remplir, tableau, telecharger, tenter, valeur, vide } from '../ui.js';
import { FICHES_PAR_AGREGAT, donneesLisibles, lienFiche } from './fiche.js';

const TAILLE_PAGE = 50;
const TYPES_AGREGAT_CONNUS = ['Dossier', 'Intervenant', 'Piece', 'Opportunite', 'FicheAnnuaire', 'Convention', 'Rappel',
  'EvenementIndesirable', 'Favoris'];
const CHAMPS_EVENEMENT = 'position sequence type horodatage auteur aggregatId aggregatType correlation donnees';

const JOURNAL = `query($filtre: JournalFiltre, $first: Int, $after: String) {
  journal(filtre: $filtre, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${CHAMPS_EVENEMENT} } } } }`;
const EN_DIRECT = `subscription($filtre: JournalFiltre) { evenements(filtre: $filtre) { ${CHAMPS_EVENEMENT} } }`;

/** Les critères de l'adresse (#/journal?types=…&auteur=…) en JournalFiltre de l'API. */
function filtreDe(parametres) {
  const filtre = {};
  const types = (parametres.get('types') || '').split(',').map((t) => t.trim()).filter(Boolean);
  if (types.length) {
    filtre.types = types;
  }
  for (const nom of ['auteur', 'aggregatType']) {
    const v = (parametres.get(nom) || '').trim();
    if (v) {
      filtre[nom] = v;
    }
  }
  for (const nom of ['depuis', 'jusqua']) {
    const v = parametres.get(nom);
    if (v) {
      filtre[nom] = instantDeParis(v);
    }
  }
  return filtre;
}

/** Une cellule CSV : entre guillemets si elle contient le séparateur, un guillemet ou un saut de ligne. */
function cellule(v) {
  let texte = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(texte)) {
    // Un tableur exécuterait une formule : elle reste du texte.
    texte = '\'' + texte;
  }
  return /[;"\r\n]/.test(texte) ? '"' + texte.replace(/"/g, '""') + '"' : texte;
}

/** Le CSV du journal : séparateur « ; », ligne d'entêtes, une ligne par événement, UTF-8 avec BOM. */
export function csvJournal(evenements) {
  const lignes = [['position', 'horodatage', 'type', 'libellé', 'auteur', 'aggregatType', 'aggregatId', 'données']]
    .concat(evenements.map((e) => [e.position, dateHeure(e.horodatage), e.type, nomEvenement(e.type), e.auteur,
      e.aggregatType, e.aggregatId, JSON.stringify(e.donnees)]));
  return '\ufeff' + lignes.map((l) => l.map(cellule).join(';')).join('\r\n') + '\r\n';
}

function lienAgregat(e) {
  const fiche = FICHES_PAR_AGREGAT[e.aggregatType];
  const court = e.aggregatId.substring(0, 8) + '…';
  return [el('span', { class: 'type-agregat' }, e.aggregatType), ' ',
    fiche ? lienFiche(fiche, e.aggregatId, el('code', { title: e.aggregatId }, court))
      : el('code', { title: e.aggregatId }, court)];
}

const COLONNES = [
  { titre: 'Position', cellule: (e) => el('span', { class: 'position' }, String(e.position)) },
  { titre: 'Horodatage', cellule: (e) => el('time', { datetime: e.horodatage }, dateHeure(e.horodatage)) },
  { titre: 'Événement', cellule: (e) => [el('strong', { class: 'nom' }, nomEvenement(e.type)), el('br'), el('code', { class: 'type' }, e.type)] },
  { titre: 'Auteur', cellule: (e) => el('span', { class: 'auteur' }, valeur(e.auteur)) },
  { titre: 'Agrégat', cellule: (e) => lienAgregat(e) },
  { titre: 'Données', cellule: (e) => el('details', {}, el('summary', {}, 'voir'), donneesLisibles(e.donnees)) },
];

function ligne(e) {
  return el('tr', { dataset: { position: String(e.position) } }, COLONNES.map((c) => el('td', {}, c.cellule(e))));
}

function formulaireFiltre(parametres) {
  const texte = (nom, titre, attributs = {}) => el('label', {}, titre,
    el('input', { name: nom, value: parametres.get(nom) || '', ...attributs }));
  const typeAgregat = parametres.get('aggregatType') || '';
  return el('form', { class: 'filtres filtre-journal', role: 'search' },
    texte('types', 'Types d\u2019événement (séparés par des virgules)', { placeholder: 'DossierCréé, ÉtatDossierChangé', size: 34 }),
    texte('auteur', 'Auteur', { placeholder: 'gestionnaire', list: 'journal-auteurs', size: 14 }),
    el('datalist', { id: 'journal-auteurs' }, ['gestionnaire', 'auditeur', 'analyste', 'admin', 'anonyme'].map((u) => el('option', { value: u }))),
    el('label', {}, 'Type d\u2019agrégat', el('select', { name: 'aggregatType' },
      el('option', { value: '' }, 'Tous'),
      [...new Set([...TYPES_AGREGAT_CONNUS, typeAgregat].filter(Boolean))].map((t) => el('option', { value: t, selected: t === typeAgregat }, t)))),
    texte('depuis', 'Depuis (heure de Paris)', { type: 'datetime-local', step: 1 }),
    texte('jusqua', 'Jusqu\u2019à (heure de Paris)', { type: 'datetime-local', step: 1 }),
    el('button', { type: 'submit' }, 'Filtrer'),
    el('a', { href: '#/journal', class: 'effacer-filtres' }, 'Tout le journal'));
}

export async function afficher(page, { parametres }) {
  feuilleDeStyle('journal');
  let filtre;
  try {
    filtre = filtreDe(parametres);
  } catch (illisible) {
    filtre = {};
  }
  const formulaire = formulaireFiltre(parametres);
  formulaire.addEventListener('submit', (e) => {
    e.preventDefault();
    const criteres = new URLSearchParams();
    for (const [nom, v] of new FormData(formulaire).entries()) {
      if (String(v).trim()) {
        criteres.set(nom, String(v).trim());
      }
    }
    const cible = '#/journal' + (criteres.toString() ? '?' + criteres : '');
    if (window.location.hash === cible) {
      curseurs = [null];
      charger();
    } else {
      window.location.hash = cible;
    }
  });

  // En direct : les événements enregistrés depuis l'ouverture de la page, du plus récent au plus ancien.
  const corpsDirect = el('tbody');
  const etatDirect = el('span', { class: 'etat-direct' }, 'à l\u2019écoute');
  const compteDirect = el('span', { class: 'compte-direct' }, '0');
  const videDirect = vide('Aucun nouvel événement depuis l\u2019ouverture de la page.');
  const tableDirect = el('table', { class: 'liste en-direct', hidden: true },
    el('thead', {}, el('tr', {}, COLONNES.map((c) => el('th', { scope: 'col' }, c.titre)))), corpsDirect);
  const erreurDirect = el('div');
  const direct = el('section', { class: 'carte direct', 'aria-live': 'polite' },
    el('h2', {}, 'En direct ', etatDirect, ' — ', compteDirect, ' nouvel(s) événement(s)'), erreurDirect, videDirect,
    el('div', { class: 'defilement' }, tableDirect));

  const resultats = el('div', { class: 'resultats', 'aria-live': 'polite' });
  const zoneExport = el('div', { class: 'export' });
  const boutonCsv = el('button', { type: 'button', class: 'secondaire', onclick: () => exporter() }, 'Télécharger en CSV');

  let curseurs = [null];
  async function charger() {
    const apres = curseurs[curseurs.length - 1];
    await tenter(resultats, async () => {
      const journal = (await graphql(JOURNAL, { filtre, first: TAILLE_PAGE, after: apres })).journal;
      const noeuds = journal.edges.map((e) => e.node);
      remplir(resultats,
        el('p', { class: 'total' }, el('span', { class: 'nombre-total' }, nombre(journal.totalCount)), ' événement(s)',
          journal.totalCount > TAILLE_PAGE ? ' — page ' + curseurs.length + ' sur ' + Math.ceil(journal.totalCount / TAILLE_PAGE) : '',
          ', dans l\u2019ordre du magasin'),
        noeuds.length
          ? el('div', { class: 'defilement' }, el('table', { class: 'liste journal' },
            el('thead', {}, el('tr', {}, COLONNES.map((c) => el('th', { scope: 'col' }, c.titre)))),
            el('tbody', {}, noeuds.map(ligne))))
          : vide('Aucun événement ne répond à ces critères.'),
        el('div', { class: 'pagination' },
          el('button', { type: 'button', class: 'secondaire', disabled: curseurs.length === 1, onclick: () => { curseurs.pop(); charger(); } }, 'Page précédente'),
          el('button', { type: 'button', class: 'secondaire', disabled: !journal.pageInfo.hasNextPage, onclick: () => { curseurs.push(journal.pageInfo.endCursor); charger(); } }, 'Page suivante')));
    });
  }

  async function exporter() {
    boutonCsv.disabled = true;
    remplir(zoneExport, el('span', { class: 'chargement' }, 'Lecture de tout le journal filtré…'));
    try {
      const tous = await toutesLesPages(JOURNAL, { filtre }, (d) => d.journal, 500);
      telecharger('journal.csv', 'text/csv;charset=utf-8', csvJournal(tous));
      remplir(zoneExport, el('span', { class: 'info' }, nombre(tous.length) + ' événement(s) exporté(s) dans journal.csv.'));
    } catch (e) {
      remplir(zoneExport, erreur(e));
    } finally {
      boutonCsv.disabled = false;
    }
  }

  let recus = 0;
  const desabonner = abonner(EN_DIRECT, { filtre }, (donnees) => {
    const e = donnees.evenements;
    recus += 1;
    remplir(compteDirect, nombre(recus));
    videDirect.hidden = true;
    tableDirect.hidden = false;
    const tr = ligne(e);
    tr.classList.add('nouveau');
    corpsDirect.prepend(tr);
  }, (e) => {
    etatDirect.textContent = 'interrompu';
    etatDirect.classList.add('interrompu');
    remplir(erreurDirect, erreur(e));
  });

  const periode = filtre.depuis || filtre.jusqua
    ? el('p', { class: 'periode' }, 'Période : ', filtre.depuis ? 'depuis le ' + dateHeure(filtre.depuis) + ' ' : '',
      filtre.jusqua ? 'jusqu\u2019au ' + dateHeure(filtre.jusqua) : '', ' (heure de Paris)')
    : null;
  remplir(page, el('h1', {}, 'Journal des événements'), formulaire, periode,
    el('div', { class: 'actions' }, boutonCsv, zoneExport), direct, el('h2', {}, 'Événements enregistrés'), resultats);
  await charger();
  return () => desabonner();
}
