// Les valeurs telles qu'un utilisateur français les lit : événements nommés en mots, dates à l'heure de
// Paris, montants en euros (« 1 250,00 € »), données effacées dites « effacé ».

export const FUSEAU = 'Europe/Paris';

/** La valeur qu'une donnée personnelle effacée (RGPD) prend dans l'API. */
export const EFFACEE = '[effacé]';

const MAJUSCULE = /\p{Lu}/u;

/** « DossierCréé » → « Dossier créé », « PièceCatégorisée » → « Pièce catégorisée ». */
export function nomEvenement(type) {
  if (!type) {
    return '';
  }
  const mots = [];
  let mot = '';
  for (const lettre of type) {
    if (MAJUSCULE.test(lettre) && mot && !MAJUSCULE.test(mot[mot.length - 1])) {
      mots.push(mot);
      mot = '';
    }
    mot += lettre;
  }
  mots.push(mot);
  return mots.map((m, i) => (i === 0 || /^\p{Lu}{2,}$/u.test(m) ? m : m.toLowerCase())).join(' ');
}

const HORODATAGE = new Intl.DateTimeFormat('fr-FR', {
  timeZone: FUSEAU, day: '2-digit', month: '2-digit', year: 'numeric',
  hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** Un instant ISO-8601 (UTC) lu à l'heure de Paris : « 22/11/2026 09:30:00 ». */
export function dateHeure(instant) {
  return instant ? HORODATAGE.format(new Date(instant)) : '';
}

/** Une date sans heure (« 2026-11-22 ») : « 22/11/2026 », sans passer par un fuseau. */
export function date(jour) {
  if (!jour) {
    return '';
  }
  const [annee, mois, quantieme] = jour.split('-');
  return quantieme + '/' + mois + '/' + annee;
}

const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** Un montant de l'API (texte décimal « 1250.00 ») : « 1 250,00 € », sans arrondi binaire. */
export function montant(valeur) {
  if (valeur === null || valeur === undefined || valeur === '') {
    return '';
  }
  return EUROS.format(String(valeur)).replace(/\u202f/g, '\u00a0');
}

const NOMBRES = new Intl.NumberFormat('fr-FR');

export function nombre(valeur) {
  return valeur === null || valeur === undefined ? '' : NOMBRES.format(valeur).replace(/\u202f/g, '\u00a0');
}

/** L'instant local saisi dans un champ datetime-local (heure de Paris) en instant ISO-8601 UTC. */
export function instantDeParis(local) {
  const [jour, heure] = local.split('T');
  const [a, m, j] = jour.split('-').map(Number);
  const [h, min, s] = (heure + ':00').split(':').map(Number);
  const commeUtc = Date.UTC(a, m - 1, j, h, min, s || 0);
  // Le décalage de Paris à cet instant (une heure l'hiver, deux l'été).
  const parties = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: FUSEAU, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(commeUtc)).map((p) => [p.type, p.value]));
  const vuAParis = Date.UTC(+parties.year, +parties.month - 1, +parties.day, +parties.hour, +parties.minute, +parties.second);
  return new Date(commeUtc - (vuAParis - commeUtc)).toISOString();
}

/** Un instant ISO-8601 en valeur d'un champ datetime-local, à l'heure de Paris. */
export function localAParis(instant) {
  const parties = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: FUSEAU, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return parties.year + '-' + parties.month + '-' + parties.day + 'T' + parties.hour + ':' + parties.minute + ':' + parties.second;
}
