// Tableau de bord : l'encours par catégorie et par ancienneté, les dossiers par état, les opportunités et
// les rappels à traiter, les intervenants actifs et inactifs ; chaque graphique a ses chiffres dans un
// tableau à côté. Filtres : un dossier, une période (là où l'API les accepte). Les chiffres se tiennent à
// jour : au fil des événements pour les rôles qui peuvent les suivre (auditeur, admin), sinon toutes les
// dix secondes. Le classeur Excel reprend les mêmes chiffres, avec les mêmes filtres.
import { abonner, graphql } from '../api.js';
import { dateHeure, montant, nombre } from '../format.js';
import { CATEGORIES, ETATS_DOSSIER, SITUATIONS, libelle } from '../libelles.js';
import { el, erreur, feuilleDeStyle, remplir, vide } from '../ui.js';

const ECHARTS = '/webjars/echarts/dist/echarts.min.js';
const PERIODE_ACTUALISATION = 10000;
const ATTENTE_APRES_EVENEMENT = 700;

const TRANCHES = {
  NON_ECHU: 'Non échu', JOURS_0_30: '0 à 30 jours', JOURS_31_60: '31 à 60 jours',
  JOURS_61_90: '61 à 90 jours', PLUS_DE_90: 'Plus de 90 jours',
};
/** Les tranches en abrégé sous les barres du graphique (le tableau les dit en entier). */
const TRANCHES_COURTES = { NON_ECHU: 'Non échu', JOURS_0_30: '0-30 j', JOURS_31_60: '31-60 j', JOURS_61_90: '61-90 j', PLUS_DE_90: '90+ j' };
const ETATS_OPPORTUNITE = { ACTIVE: 'Active', VERROUILLEE: 'Verrouillée' };
const COULEURS = ['#1d4ed8', '#0891b2', '#16a34a', '#ca8a04', '#dc2626', '#7c3aed', '#db2777'];

const REQUETE = `query($dossierId: ID, $dossiers: StatistiquesDossiersFiltre, $opportunites: StatistiquesOpportunitesFiltre) {
  encoursParCategorie(dossierId: $dossierId) { categorie montant nombre }
  agesEncours(dossierId: $dossierId) { tranche montant nombre }
  statistiquesDossiers(filtre: $dossiers) { total parEtat { etat nombre } }
  statistiquesOpportunites(filtre: $opportunites) { total copies parEtat { etat nombre } }
  rappels(situation: A_TRAITER, first: 0) { totalCount }
  statistiquesIntervenants { total parSituation { situation nombre } }
}`;

let echartsCharge = null;

/** ECharts (webjar du moteur), chargé une seule fois pour toute la console. */
function chargerEcharts() {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  if (!echartsCharge) {
    echartsCharge = new Promise((resolu, rejete) => {
      const script = el('script', { src: ECHARTS });
      script.addEventListener('load', () => resolu(window.echarts));
      script.addEventListener('error', () => {
        echartsCharge = null;
        script.remove();
        rejete(new Error('Les graphiques n\u2019ont pas pu être chargés'));
      });
      document.head.append(script);
    });
  }
  return echartsCharge;
}

/** « 1250.5 » → 125050n : les montants sont additionnés en centimes entiers, sans arrondi binaire. */
function centimes(texte) {
  const [entiers, decimales = ''] = String(texte).split('.');
  return BigInt(entiers) * 100n + BigInt((decimales + '00').substring(0, 2));
}

function euros(cents) {
  const reste = String(cents % 100n).padStart(2, '0');
  return String(cents / 100n) + '.' + reste;
}

/** Un tableau de chiffres : une ligne par élément, la dernière colonne alignée à droite ; un total en pied. */
function tableChiffres(id, entetes, lignes, total) {
  const cellules = (valeurs, balise) => valeurs.map((v, i) =>
    el(balise, i === 0 ? (balise === 'th' ? { scope: 'row' } : {}) : { class: 'nombre' }, v));
  return el('table', { id, class: 'chiffres' },
    el('thead', {}, el('tr', {}, entetes.map((e, i) => el('th', { scope: 'col', class: i ? 'nombre' : null }, e)))),
    el('tbody', {}, lignes.map((l) => el('tr', {}, cellules(l, 'td')))),
    total ? el('tfoot', {}, el('tr', {}, cellules(total, 'td'))) : null);
}

/** Les options ECharts d'un graphique en barres ou en secteurs. */
function options(genre, libelles, valeurs, enEuros) {
  const infobulle = { trigger: genre === 'camembert' ? 'item' : 'axis',
    valueFormatter: (v) => (enEuros ? montant(String(v)) : nombre(v)) };
  if (genre === 'camembert') {
    return {
      animation: false, color: COULEURS, tooltip: infobulle,
      legend: { orient: 'vertical', right: 0, top: 'middle', type: 'scroll', textStyle: { fontSize: 12 } },
      series: [{ type: 'pie', radius: ['38%', '70%'], center: ['30%', '50%'], label: { show: false },
        data: libelles.map((l, i) => ({ name: l, value: valeurs[i] })) }],
    };
  }
  return {
    animation: false, color: COULEURS, tooltip: infobulle,
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: libelles, axisLabel: { interval: 0, fontSize: 11, overflow: 'break', width: 70 } },
    yAxis: { type: 'value', minInterval: enEuros ? 0 : 1, axisLabel: { formatter: (v) => nombre(v) } },
    series: [{ type: 'bar', data: valeurs, colorBy: 'data', barMaxWidth: 48 }],
  };
}

/** Un panneau : son titre, les filtres qui s'y appliquent, un graphique et son tableau de chiffres. */
function panneau(cle, titre, portee) {
  const graphique = el('div', { class: 'graphique', role: 'img', 'aria-label': 'Graphique : ' + titre });
  const chiffres = el('div', { class: 'chiffres-panneau' });
  const carte = el('section', { class: 'carte panneau', 'aria-labelledby': 'titre-' + cle },
    el('h2', { id: 'titre-' + cle }, titre), el('p', { class: 'portee' }, portee), graphique, chiffres);
  return { carte, graphique, chiffres, instance: null, options: null };
}

function filtresDe(parametres) {
  const propre = (nom) => (parametres.get(nom) || '').trim() || null;
  return { dossierId: propre('dossierId'), depuis: propre('depuis'), jusqua: propre('jusqua') };
}

function adresseExcel(filtres) {
  const parametres = new URLSearchParams();
  Object.entries(filtres).forEach(([nom, v]) => v && parametres.set(nom, v));
  const requete = parametres.toString();
  return '/exports/tableau.xlsx' + (requete ? '?' + requete : '');
}

export async function afficher(page, { parametres, session }) {
  feuilleDeStyle('tableau');
  const filtres = filtresDe(parametres);
  const dossier = filtres.dossierId ? 'ce dossier' : 'tout le portefeuille';
  const periode = filtres.depuis || filtres.jusqua ? 'la période choisie' : 'toute période';

  const formulaire = el('form', { class: 'filtres', 'aria-label': 'Filtres du tableau de bord' },
    el('label', {}, 'Dossier (identifiant)', el('input', { name: 'dossierId', size: 38, placeholder: 'tout le portefeuille', value: filtres.dossierId || '' })),
    el('label', {}, 'Depuis le', el('input', { name: 'depuis', type: 'date', value: filtres.depuis || '' })),
    el('label', {}, 'Jusqu\u2019au', el('input', { name: 'jusqua', type: 'date', value: filtres.jusqua || '' })),
    el('button', { type: 'submit' }, 'Appliquer'),
    el('button', { type: 'button', class: 'secondaire', name: 'effacer' }, 'Effacer les filtres'));
  formulaire.addEventListener('submit', (e) => {
    e.preventDefault();
    const choisis = new URLSearchParams();
    for (const [nom, v] of new FormData(formulaire).entries()) {
      if (String(v).trim()) {
        choisis.set(nom, String(v).trim());
      }
    }
    const adresse = '#/tableau' + (choisis.toString() ? '?' + choisis : '');
    if (window.location.hash === adresse) {
      actualiser();
    } else {
      window.location.hash = adresse;
    }
  });
  formulaire.elements.effacer.addEventListener('click', () => {
    window.location.hash = '#/tableau';
  });

  const excel = el('a', { class: 'bouton', href: adresseExcel(filtres), download: '', id: 'telecharger-excel' }, 'Télécharger en Excel');
  const etat = el('p', { class: 'etat-direct', 'aria-live': 'polite' });
  const alerte = el('div', { class: 'alerte' });
  const panneaux = {
    categorie: panneau('categorie', 'Encours par catégorie', 'Pièces ouvertes de ' + dossier + '.'),
    age: panneau('age', 'Encours par ancienneté', 'Jours de retard depuis l\u2019échéance, à ce jour, pour ' + dossier + '.'),
    dossiers: panneau('dossiers', 'Dossiers par état', 'Dossiers créés sur ' + periode + ' (tous dossiers).'),
    opportunites: panneau('opportunites', 'Opportunités et rappels', 'Opportunités ouvertes sur ' + periode + ', de ' + dossier + ' ; rappels à traiter de tout le portefeuille.'),
    intervenants: panneau('intervenants', 'Intervenants', 'Intervenants actifs et inactifs (fiches supprimées exclues).'),
  };
  const grille = el('div', { class: 'grille tableau-de-bord' }, Object.values(panneaux).map((p) => p.carte));
  remplir(page, el('h1', {}, 'Tableau de bord'), formulaire,
    el('div', { class: 'actions-tableau' }, excel, etat), alerte, grille);

  let direct = 'actualisés toutes les 10 secondes';
  let minuterie = null;
  let attente = null;
  let desabonner = null;
  const relirePeriodiquement = () => {
    direct = 'actualisés toutes les 10 secondes';
    minuterie = window.setInterval(actualiser, PERIODE_ACTUALISATION);
  };
  let echarts = null;
  let quitte = false;

  function dessiner() {
    if (quitte || !echarts) {
      return;
    }
    if (!page.isConnected) {
      window.setTimeout(dessiner, 50);
      return;
    }
    for (const p of Object.values(panneaux)) {
      if (!p.options || p.graphique.hidden) {
        continue;
      }
      if (!p.instance) {
        p.instance = echarts.init(p.graphique, null, { renderer: 'canvas' });
      }
      p.instance.setOption(p.options, true);
      p.instance.resize();
    }
  }

  function montrer(p, vue) {
    p.graphique.hidden = !vue.options;
    p.options = vue.options;
    // Des chiffres inchangés ne sont pas réécrits : la lecture (ou un lecteur d'écran) n'est pas dérangée.
    if (p.chiffres.innerHTML !== vue.contenu.outerHTML) {
      remplir(p.chiffres, vue.contenu);
    }
  }

  function encours(lignes, cle, table, id, vides) {
    const total = lignes.reduce((s, l) => s + centimes(l.montant), 0n);
    const pieces = lignes.reduce((s, l) => s + l.nombre, 0);
    if (!pieces) {
      return { options: null, contenu: vide(vides) };
    }
    const libelles = lignes.map((l) => libelle(table, l[cle]));
    return {
      options: options(cle === 'categorie' ? 'camembert' : 'barres',
        cle === 'categorie' ? libelles : lignes.map((l) => libelle(TRANCHES_COURTES, l.tranche)),
        lignes.map((l) => Number(l.montant)), true),
      contenu: tableChiffres(id, [cle === 'categorie' ? 'Catégorie' : 'Ancienneté', 'Pièces ouvertes', 'Montant'],
        lignes.map((l, i) => [libelles[i], nombre(l.nombre), montant(l.montant)]),
        ['Total', nombre(pieces), montant(euros(total))]),
    };
  }

  function comptes(genre, id, entetes, lignes, total, vides, pied = ['Total', nombre(total)]) {
    if (!total) {
      return { options: null, contenu: vide(vides) };
    }
    return {
      options: options(genre, lignes.map((l) => l[0]), lignes.map((l) => l[1])),
      contenu: tableChiffres(id, entetes, lignes.map(([l, n]) => [l, nombre(n)]), pied),
    };
  }

  async function actualiser() {
    let donnees;
    try {
      donnees = await graphql(REQUETE, {
        dossierId: filtres.dossierId,
        dossiers: { depuis: filtres.depuis, jusqua: filtres.jusqua },
        opportunites: { depuis: filtres.depuis, jusqua: filtres.jusqua, dossierId: filtres.dossierId },
      });
    } catch (e) {
      if (!quitte) {
        remplir(alerte, erreur(e));
        grille.hidden = true;
        excel.hidden = true;
      }
      return;
    }
    if (quitte) {
      return;
    }
    remplir(alerte);
    grille.hidden = false;
    excel.hidden = false;
    const d = donnees;
    montrer(panneaux.categorie, encours(d.encoursParCategorie, 'categorie', CATEGORIES, 'encours-categorie',
      'Aucune pièce ouverte : pas d\u2019encours à répartir par catégorie.'));
    montrer(panneaux.age, encours(d.agesEncours, 'tranche', TRANCHES, 'encours-age',
      'Aucune pièce ouverte : pas d\u2019encours à répartir par ancienneté.'));
    montrer(panneaux.dossiers, comptes('barres', 'dossiers-etat', ['État', 'Dossiers'],
      d.statistiquesDossiers.parEtat.map((c) => [libelle(ETATS_DOSSIER, c.etat), c.nombre]),
      d.statistiquesDossiers.total, 'Aucun dossier créé sur cette période.'));
    const opp = d.statistiquesOpportunites;
    const rappels = d.rappels.totalCount;
    montrer(panneaux.opportunites, comptes('barres', 'opportunites', ['Opportunités et rappels', 'Nombre'],
      [...opp.parEtat.map((c) => [libelle(ETATS_OPPORTUNITE, c.etat), c.nombre]),
        ['Copies (réévaluations)', opp.copies], ['Rappels à traiter', rappels]],
      opp.total + rappels, 'Aucune opportunité ni aucun rappel à traiter.', ['Total des opportunités', nombre(opp.total)]));
    const inter = d.statistiquesIntervenants;
    montrer(panneaux.intervenants, comptes('camembert', 'intervenants', ['Situation', 'Intervenants'],
      inter.parSituation.map((c) => [libelle(SITUATIONS, c.situation), c.nombre]),
      inter.total, 'Aucun intervenant.'));
    etat.dataset.miseAJour = new Date().toISOString();
    remplir(etat, 'Chiffres du ', dateHeure(new Date().toISOString()), ' — ', direct);
    dessiner();
  }

  // Le suivi en direct : les événements pour qui peut les lire, sinon une relecture périodique.
  if (session.peut('AUDITEUR', 'ADMIN')) {
    direct = 'mis à jour à chaque événement';
    desabonner = abonner('subscription { evenements { type } }', {}, () => {
      window.clearTimeout(attente);
      // Le temps que les modèles de lecture aient pris l'événement en compte.
      attente = window.setTimeout(actualiser, ATTENTE_APRES_EVENEMENT);
    }, () => {
      if (!quitte && !minuterie) {
        relirePeriodiquement();
      }
    });
  } else {
    relirePeriodiquement();
  }

  const redimensionner = () => Object.values(panneaux).forEach((p) => p.instance && p.instance.resize());
  window.addEventListener('resize', redimensionner);

  await actualiser();
  chargerEcharts().then((module) => {
    echarts = module;
    dessiner();
  }, (e) => {
    if (!quitte) {
      remplir(alerte, el('p', { class: 'vide' }, e.message, ' : les chiffres restent lisibles dans les tableaux.'));
    }
  });

  return () => {
    quitte = true;
    window.clearInterval(minuterie);
    window.clearTimeout(attente);
    if (desabonner) {
      desabonner();
    }
    window.removeEventListener('resize', redimensionner);
    Object.values(panneaux).forEach((p) => p.instance && p.instance.dispose());
  };
}
