// Les éléments de page communs : construction du DOM, état vide, erreur lisible, valeur effacée.
import { EFFACEE } from './format.js';

/** el('a', { href: '#', class: 'lien' }, 'texte', autreElement) */
export function el(balise, attributs = {}, ...enfants) {
  const element = document.createElement(balise);
  for (const [nom, valeur] of Object.entries(attributs || {})) {
    if (valeur === null || valeur === undefined || valeur === false) {
      continue;
    }
    if (nom.startsWith('on') && typeof valeur === 'function') {
      element.addEventListener(nom.substring(2), valeur);
    } else if (nom === 'dataset') {
      Object.assign(element.dataset, valeur);
    } else if (valeur === true) {
      element.setAttribute(nom, '');
    } else {
      element.setAttribute(nom, valeur);
    }
  }
  ajouter(element, enfants);
  return element;
}

function ajouter(element, enfants) {
  for (const enfant of enfants.flat(Infinity)) {
    if (enfant === null || enfant === undefined || enfant === false) {
      continue;
    }
    element.append(enfant instanceof Node ? enfant : document.createTextNode(String(enfant)));
  }
}

/** Remplace le contenu d'un élément. */
export function remplir(element, ...enfants) {
  element.replaceChildren();
  ajouter(element, enfants);
  return element;
}

/** Une valeur d'un modèle de lecture : « effacé » dit explicitement, jamais un blanc. */
export function valeur(texte) {
  if (texte === EFFACEE) {
    return el('span', { class: 'efface', title: 'Donnée personnelle effacée (RGPD)' }, 'effacé');
  }
  if (texte === null || texte === undefined || texte === '') {
    return el('span', { class: 'absent' }, '—');
  }
  return String(texte);
}

/** Ce qu'une page montre quand il n'y a rien à montrer. */
export function vide(message) {
  return el('p', { class: 'vide' }, message);
}

const CLASSIFICATIONS = {
  BAD_REQUEST: 'Saisie refusée',
  NOT_FOUND: 'Introuvable',
  CONFLICT: 'Conflit',
  UNAUTHORIZED: 'Non connecté',
  FORBIDDEN: 'Action non autorisée pour votre rôle',
  INTERNAL_ERROR: 'Erreur du moteur',
};

/** Une erreur de l'API en clair : sa nature, son message, et la règle et le champ en cause. */
export function erreur(e) {
  const details = [];
  if (e.regle) {
    details.push(el('span', {}, 'Règle : ', el('code', { class: 'regle' }, e.regle)));
  }
  if (e.champ) {
    details.push(el('span', {}, 'Champ : ', el('code', { class: 'champ' }, e.champ)));
  }
  return el('div', { class: 'erreur', role: 'alert', dataset: { classification: e.classification || '' } },
    el('strong', {}, CLASSIFICATIONS[e.classification] || 'Erreur'), ' — ', e.message,
    details.length ? el('div', { class: 'details' }, details) : null);
}

/** Exécute une action de page ; son erreur s'affiche dans la zone donnée au lieu de casser la page. */
export async function tenter(zone, action) {
  remplir(zone);
  try {
    return await action();
  } catch (e) {
    remplir(zone, erreur(e));
    return undefined;
  }
}

/** Un tableau : entêtes, puis une ligne par élément (cellules rendues par les fonctions des colonnes). */
export function tableau(colonnes, elements, attributs = {}) {
  return el('table', attributs,
    el('thead', {}, el('tr', {}, colonnes.map((c) => el('th', { scope: 'col' }, c.titre)))),
    el('tbody', {}, elements.map((e) => el('tr', {}, colonnes.map((c) => el('td', {}, c.cellule(e)))))));
}

/** Un fichier à télécharger, produit dans la page. */
export function telecharger(nom, type, contenu) {
  const lien = el('a', { href: URL.createObjectURL(new Blob([contenu], { type })), download: nom });
  document.body.append(lien);
  lien.click();
  lien.remove();
}

/** La feuille de style propre à une page (css/pages/<nom>.css), chargée une fois à sa première ouverture. */
export function feuilleDeStyle(nom) {
  const adresse = '/console/css/pages/' + nom + '.css';
  if (!document.querySelector('link[href="' + adresse + '"]')) {
    document.head.append(el('link', { rel: 'stylesheet', href: adresse }));
  }
}
