// La console : l'utilisateur connecté et ses rôles, la navigation qu'ils permettent, et la page demandée
// par l'adresse (#/page/paramètres). Chaque page est un module de ./pages qui exporte afficher().
import { graphql, jetonCsrf } from './api.js';
import { el, erreur, remplir } from './ui.js';

/** Les pages, dans l'ordre du menu, et les rôles qui les voient (les mêmes que ceux de l'API). */
export const PAGES = [
  { nom: 'recherche', titre: 'Recherche', roles: ['GESTIONNAIRE', 'AUDITEUR', 'ANALYSTE', 'ADMIN'] },
  { nom: 'journal', titre: 'Journal', roles: ['AUDITEUR', 'ADMIN'] },
  { nom: 'tableau', titre: 'Tableau de bord', roles: ['GESTIONNAIRE', 'AUDITEUR', 'ANALYSTE', 'ADMIN'] },
  { nom: 'import', titre: 'Import', roles: ['GESTIONNAIRE', 'ADMIN'] },
  { nom: 'exploitation', titre: 'Exploitation', roles: ['ADMIN'] },
  { nom: 'fiche', titre: 'Fiche', roles: ['GESTIONNAIRE', 'AUDITEUR', 'ANALYSTE', 'ADMIN'], horsMenu: true },
];

/** Ce que la session permet : peut('AUDITEUR', 'ADMIN') */
function session(utilisateur) {
  return {
    nom: utilisateur.nom,
    roles: utilisateur.roles,
    peut: (...roles) => roles.some((r) => utilisateur.roles.includes(r)),
  };
}

/** « #/fiche/dossier/1234?x=1 » → { nom: 'fiche', chemin: ['dossier', '1234'], parametres } */
function adresse() {
  const [chemin, requete] = window.location.hash.replace(/^#\/?/, '').split('?');
  const morceaux = chemin.split('/').filter(Boolean).map(decodeURIComponent);
  return { nom: morceaux[0] || 'recherche', chemin: morceaux.slice(1), parametres: new URLSearchParams(requete || '') };
}

let quitterPage = null;

async function afficher(courante) {
  const contenu = document.getElementById('contenu');
  const demande = adresse();
  const page = PAGES.find((p) => p.nom === demande.nom);
  if (quitterPage) {
    quitterPage();
    quitterPage = null;
  }
  document.querySelectorAll('#navigation a').forEach((a) => {
    a.toggleAttribute('aria-current', a.dataset.page === demande.nom);
  });
  if (!page || !courante.peut(...page.roles)) {
    remplir(contenu, el('h1', {}, 'Page indisponible'),
      el('p', { class: 'vide' }, 'Cette page n\u2019existe pas ou votre rôle ne permet pas de l\u2019ouvrir.'));
    return;
  }
  document.title = 'Socle — ' + page.titre;
  remplir(contenu, el('p', { class: 'chargement' }, 'Chargement…'));
  try {
    const module = await import('./pages/' + page.nom + '.js');
    const zone = el('div', { class: 'page', dataset: { page: page.nom } });
    const retour = await module.afficher(zone, { chemin: demande.chemin, parametres: demande.parametres, session: courante });
    remplir(contenu, zone);
    quitterPage = typeof retour === 'function' ? retour : null;
    contenu.focus({ preventScroll: true });
  } catch (e) {
    remplir(contenu, el('h1', {}, page.titre), erreur(e));
  }
}

async function demarrer() {
  document.querySelector('#deconnexion input[name="_csrf"]').value = jetonCsrf();
  let courante;
  try {
    const donnees = await graphql('{ utilisateurCourant { nom roles } }');
    courante = session(donnees.utilisateurCourant);
  } catch (e) {
    remplir(document.getElementById('contenu'), erreur(e));
    return;
  }
  remplir(document.getElementById('utilisateur'), courante.nom, ' (', courante.roles.join(', ').toLowerCase(), ')');
  remplir(document.getElementById('navigation'), PAGES.filter((p) => !p.horsMenu && courante.peut(...p.roles))
    .map((p) => el('a', { href: '#/' + p.nom, dataset: { page: p.nom } }, p.titre)),
    el('a', { href: '/graphiql', class: 'externe', title: 'L\u2019API GraphQL, dans la même session' }, 'GraphiQL'));
  window.addEventListener('hashchange', () => afficher(courante));
  afficher(courante);
}

demarrer();
