// Import : un fichier de dossiers (CSV ou XLSX) déposé par importerDossiers, son avancement suivi par
// importDossiers, puis les lignes refusées une à une (ligne, champ, règle, message) et, à télécharger,
// ces lignes telles qu'elles étaient dans le fichier, avec leur motif, à corriger puis renvoyer.
import { graphql } from '../api.js';
import { dateHeure, nombre } from '../format.js';
import { el, erreur, feuilleDeStyle, remplir, tableau, telecharger, valeur } from '../ui.js';

const SUIVI_MS = 400;

const IMPORTER = `mutation($fichier: String!, $format: FormatImport!) {
  importerDossiers(fichier: $fichier, format: $format) { id etat lignes traitees importees }
}`;
const SUIVRE = `query($id: ID!) {
  importDossiers(id: $id) { id etat format lignes traitees importees erreur debut fin
    rejetees { ligne champ regle message } }
}`;

const FORMATS = { csv: 'CSV', xlsx: 'XLSX' };

/** Les fins de ligne que le moteur reconnaît (\R de Java). */
const FIN_DE_LIGNE = /\r\n|[\n\u000b\u000c\r\u0085\u2028\u2029]/;

function base64(octets) {
  let binaire = '';
  const tranche = 0x8000;
  for (let i = 0; i < octets.length; i += tranche) {
    binaire += String.fromCharCode.apply(null, octets.subarray(i, i + tranche));
  }
  return window.btoa(binaire);
}

// --- Lecture des lignes d'origine ------------------------------------------------------------------

/** Les lignes d'un CSV telles que le moteur les numérote (l'en-tête est la ligne 1), sans son BOM. */
function lignesCsv(octets) {
  const texte = new TextDecoder('utf-8').decode(octets).replace(/^\uFEFF/, '');
  return texte.split(FIN_DE_LIGNE).map((l) => l.split(';'));
}

/** Les entrées d'une archive ZIP (un classeur XLSX en est une), lues dans son répertoire central. */
function entreesZip(octets) {
  const vue = new DataView(octets.buffer, octets.byteOffset, octets.byteLength);
  let fin = -1;
  for (let i = octets.length - 22; i >= Math.max(0, octets.length - 65557); i--) {
    if (vue.getUint32(i, true) === 0x06054b50) {
      fin = i;
      break;
    }
  }
  if (fin < 0) {
    throw new Error('archive illisible');
  }
  const entrees = new Map();
  let position = vue.getUint32(fin + 16, true);
  const nombreEntrees = vue.getUint16(fin + 10, true);
  const noms = new TextDecoder('utf-8');
  for (let n = 0; n < nombreEntrees; n++) {
    const methode = vue.getUint16(position + 10, true);
    const taille = vue.getUint32(position + 20, true);
    const longueurNom = vue.getUint16(position + 28, true);
    const extra = vue.getUint16(position + 30, true);
    const commentaire = vue.getUint16(position + 32, true);
    const locale = vue.getUint32(position + 42, true);
    const nom = noms.decode(octets.subarray(position + 46, position + 46 + longueurNom));
    const debut = locale + 30 + vue.getUint16(locale + 26, true) + vue.getUint16(locale + 28, true);
    entrees.set(nom, { methode, donnees: octets.subarray(debut, debut + taille) });
    position += 46 + longueurNom + extra + commentaire;
  }
  return entrees;
}

async function texteZip(entrees, nom) {
  const entree = entrees.get(nom);
  if (!entree) {
    return null;
  }
  if (entree.methode === 0) {
    return new TextDecoder('utf-8').decode(entree.donnees);
  }
  const flux = new Blob([entree.donnees]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(flux).text();
}

function xml(texte) {
  return new DOMParser().parseFromString(texte, 'application/xml');
}

/** « AB12 » → 27 (colonnes comptées à partir de 0). */
function colonne(reference) {
  let rang = 0;
  for (const lettre of reference.replace(/[0-9]/g, '')) {
    rang = rang * 26 + (lettre.charCodeAt(0) - 64);
  }
  return rang - 1;
}

/** Les lignes de la première feuille d'un classeur, numérotées comme le moteur (les lignes absentes vides). */
async function lignesXlsx(octets) {
  const entrees = entreesZip(octets);
  const classeur = xml(await texteZip(entrees, 'xl/workbook.xml'));
  const liens = xml(await texteZip(entrees, 'xl/_rels/workbook.xml.rels'));
  const premiere = classeur.getElementsByTagName('sheet')[0];
  const lien = premiere.getAttribute('r:id') || premiere.getAttributeNS(
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
  const cible = [...liens.getElementsByTagName('Relationship')].find((r) => r.getAttribute('Id') === lien)
    .getAttribute('Target');
  const chemin = cible.startsWith('/') ? cible.substring(1) : 'xl/' + cible;
  const partages = await texteZip(entrees, 'xl/sharedStrings.xml');
  const chaines = partages
    ? [...xml(partages).getElementsByTagName('si')].map((si) => [...si.getElementsByTagName('t')].map((t) => t.textContent).join(''))
    : [];
  const feuille = xml(await texteZip(entrees, chemin));
  const lignes = [];
  for (const ligne of feuille.getElementsByTagName('row')) {
    const numero = Number(ligne.getAttribute('r'));
    const valeurs = [];
    for (const cellule of ligne.getElementsByTagName('c')) {
      const type = cellule.getAttribute('t');
      const v = cellule.getElementsByTagName('v')[0];
      let texte = '';
      if (type === 's' && v) {
        texte = chaines[Number(v.textContent)] || '';
      } else if (type === 'inlineStr') {
        texte = [...cellule.getElementsByTagName('t')].map((t) => t.textContent).join('');
      } else if (type === 'b' && v) {
        texte = v.textContent === '1' ? 'TRUE' : 'FALSE';
      } else if (v) {
        texte = v.textContent;
      }
      valeurs[cellule.getAttribute('r') ? colonne(cellule.getAttribute('r')) : valeurs.length] = texte;
    }
    lignes[numero - 1] = Array.from(valeurs, (x) => x || '');
  }
  // Comme le moteur : un classeur n'enregistre pas les cellules vides de fin de ligne.
  const largeur = (lignes[0] || []).length;
  return Array.from(lignes, (l, i) => {
    const valeurs = l || [];
    return i > 0 && valeurs.length && valeurs.length < largeur
      ? [...valeurs, ...Array(largeur - valeurs.length).fill('')] : valeurs;
  });
}

/** Le CSV des lignes refusées : l'en-tête d'origine plus « motif », puis chaque ligne refusée et son motif. */
function csvDesRejets(lignes, rejetees) {
  const propre = (texte) => String(texte).replace(/[;\r\n]+/g, ' ').trim();
  const motif = (r) => propre([r.regle, r.champ ? 'champ ' + r.champ : null, r.message].filter(Boolean).join(' — '));
  const entete = lignes[0] || [];
  const sortie = [[...entete, 'motif'].join(';')];
  for (const r of rejetees) {
    const origine = (lignes[r.ligne - 1] || []).map(propre);
    sortie.push([...origine, motif(r)].join(';'));
  }
  return '\uFEFF' + sortie.join('\r\n') + '\r\n';
}

// --- La page ---------------------------------------------------------------------------------------

export async function afficher(page) {
  feuilleDeStyle('import');
  const champ = el('input', { type: 'file', id: 'fichier', name: 'fichier', required: true,
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'aria-describedby': 'aide-import' });
  const envoyer = el('button', { type: 'submit' }, 'Importer');
  const formulaire = el('form', { class: 'filtres depot', 'aria-label': 'Dépôt d\u2019un fichier de dossiers' },
    el('label', { for: 'fichier' }, 'Fichier de dossiers (CSV ou XLSX)', champ), envoyer);
  const suivi = el('div', { class: 'suivi-import', 'aria-live': 'polite' });
  const rapport = el('div', { class: 'rapport-import' });

  remplir(page, el('h1', {}, 'Import de dossiers'),
    el('div', { class: 'carte aide', id: 'aide-import' },
      el('p', {}, 'Un dossier par ligne. La première ligne nomme les colonnes, dans n\u2019importe quel ordre : ',
        el('code', {}, 'prenom;nom;email;mobile'), ' pour une personne et/ou ', el('code', {}, 'raisonSociale;siret'),
        ' pour une entreprise, plus ', el('code', {}, 'civilite'), ', ', el('code', {}, 'ligne1'), ', ',
        el('code', {}, 'codePostal'), ', ', el('code', {}, 'ville'), ' facultatifs.'),
      el('p', {}, 'CSV : texte UTF-8, séparateur « ; », sans guillemets. XLSX : la première feuille du classeur. '
        + '5 Mo et 20 000 lignes au plus. Les lignes correctes sont importées, les autres sont rapportées une à une.')),
    formulaire, suivi, rapport);

  let quitte = false;
  let minuterie = null;

  function montrerAvancement(imp) {
    const barre = el('progress', { id: 'avancement', max: String(Math.max(imp.lignes, 1)), value: String(imp.traitees),
      'aria-label': 'Avancement de l\u2019import' });
    remplir(suivi, el('div', { class: 'carte' },
      el('p', {}, imp.etat === 'EN_COURS' ? 'Import en cours : ' : 'Lignes lues : ',
        el('strong', { class: 'traitees' }, nombre(imp.traitees)), ' sur ', nombre(imp.lignes), ' ligne(s), ',
        nombre(imp.importees), ' ligne(s) importée(s).'),
      barre));
  }

  function montrerRapport(imp, lignes, nomFichier) {
    const refusees = imp.rejetees.length;
    const bilan = imp.etat === 'ECHOUE'
      ? el('div', { class: 'erreur', role: 'alert' }, el('strong', {}, 'Import interrompu'), ' — ',
        imp.erreur || 'raison inconnue', '. Les dossiers déjà créés le restent.')
      : el('p', { class: refusees ? 'avertissement' : 'info', id: 'bilan' },
        'Import terminé le ', dateHeure(imp.fin), ' : ', nombre(imp.importees), ' ligne(s) importée(s), ',
        nombre(refusees), ' ligne(s) refusée(s) sur ', nombre(imp.lignes), '.');
    const details = refusees ? [
      el('h2', {}, 'Lignes refusées'),
      el('div', { class: 'defilement' }, tableau([
        { titre: 'Ligne', cellule: (r) => String(r.ligne) },
        { titre: 'Champ', cellule: (r) => valeur(r.champ) },
        { titre: 'Règle', cellule: (r) => (r.regle ? el('code', {}, r.regle) : valeur(null)) },
        { titre: 'Message', cellule: (r) => r.message },
      ], imp.rejetees, { id: 'lignes-rejetees', class: 'liste' })),
      el('div', { class: 'pagination' }, lignes
        ? el('button', { type: 'button', id: 'telecharger-rejets', onclick: () => telecharger(
          nomFichier.replace(/\.(csv|xlsx)$/i, '') + '-lignes-refusees.csv', 'text/csv;charset=utf-8',
          csvDesRejets(lignes, imp.rejetees)) }, 'Télécharger les lignes refusées (CSV)')
        : el('p', { class: 'vide' }, 'Les lignes d\u2019origine n\u2019ont pas pu être relues dans ce fichier : '
          + 'corrigez-les d\u2019après les numéros ci-dessus.')),
    ] : [];
    remplir(rapport, bilan, details);
  }

  async function suivre(id, lignes, nomFichier) {
    if (quitte) {
      return;
    }
    let imp;
    try {
      imp = (await graphql(SUIVRE, { id })).importDossiers;
    } catch (e) {
      remplir(rapport, erreur(e));
      envoyer.disabled = false;
      return;
    }
    if (quitte) {
      return;
    }
    if (!imp) {
      remplir(rapport, erreur({ classification: 'NOT_FOUND', message: 'Cet import n\u2019existe plus' }));
      envoyer.disabled = false;
      return;
    }
    montrerAvancement(imp);
    if (imp.etat === 'EN_COURS') {
      minuterie = window.setTimeout(() => suivre(id, lignes, nomFichier), SUIVI_MS);
      return;
    }
    montrerRapport(imp, lignes, nomFichier);
    envoyer.disabled = false;
  }

  formulaire.addEventListener('submit', async (e) => {
    e.preventDefault();
    window.clearTimeout(minuterie);
    remplir(suivi);
    remplir(rapport);
    const fichier = champ.files[0];
    if (!fichier) {
      remplir(rapport, erreur({ classification: 'BAD_REQUEST', message: 'Choisissez un fichier', champ: 'fichier' }));
      return;
    }
    const extension = (fichier.name.match(/\.([^.]+)$/) || [])[1];
    const format = FORMATS[(extension || '').toLowerCase()];
    if (!format) {
      remplir(rapport, erreur({ classification: 'BAD_REQUEST', champ: 'fichier',
        message: 'Le fichier « ' + fichier.name + ' » n\u2019est ni un .csv ni un .xlsx' }));
      return;
    }
    envoyer.disabled = true;
    const octets = new Uint8Array(await fichier.arrayBuffer());
    let lance;
    try {
      lance = (await graphql(IMPORTER, { fichier: base64(octets), format })).importerDossiers;
    } catch (refus) {
      remplir(rapport, el('h2', {}, 'Fichier refusé'), erreur(refus),
        el('p', {}, 'Rien n\u2019a été importé. Corrigez le fichier puis déposez-le de nouveau.'));
      envoyer.disabled = false;
      return;
    }
    montrerAvancement(lance);
    let lignes = null;
    try {
      lignes = format === 'CSV' ? lignesCsv(octets) : await lignesXlsx(octets);
    } catch (illisible) {
      lignes = null;
    }
    suivre(lance.id, lignes, fichier.name);
  });

  return () => {
    quitte = true;
    window.clearTimeout(minuterie);
  };
}
