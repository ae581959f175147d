// Le seul chemin de la console vers le moteur : l'API GraphQL publique, sur POST /graphql et, pour les
// flux en direct, sur WebSocket (graphql-transport-ws). La session ouverte à la connexion authentifie les deux.

/** Une erreur GraphQL telle que l'API la classe : classification, et pour une saisie refusée regle et champ. */
export class ErreurGraphQL extends Error {
  constructor(erreur) {
    super(erreur.message || 'Erreur inconnue');
    const extensions = erreur.extensions || {};
    this.classification = extensions.classification || 'INTERNAL_ERROR';
    this.regle = extensions.regle || null;
    this.champ = extensions.champ || null;
  }
}

/** Le jeton anti-falsification que le moteur a déposé dans son cookie, à renvoyer avec chaque écriture. */
export function jetonCsrf() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function versConnexion() {
  window.location.assign('/console/connexion');
}

/** Envoie une requête ; rend ses données, ou lève la première erreur de la réponse (ErreurGraphQL). */
export async function graphql(requete, variables = {}) {
  let reponse;
  try {
    reponse = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': jetonCsrf() },
      body: JSON.stringify({ query: requete, variables }),
    });
  } catch (panne) {
    throw new ErreurGraphQL({ message: 'Le moteur ne répond pas : ' + panne.message,
      extensions: { classification: 'INTERNAL_ERROR' } });
  }
  if (reponse.status === 401) {
    versConnexion();
    throw new ErreurGraphQL({ message: 'Session expirée', extensions: { classification: 'UNAUTHORIZED' } });
  }
  let corps;
  try {
    corps = await reponse.json();
  } catch (illisible) {
    throw new ErreurGraphQL({ message: 'Réponse illisible du moteur (HTTP ' + reponse.status + ')',
      extensions: { classification: reponse.status === 403 ? 'FORBIDDEN' : 'INTERNAL_ERROR' } });
  }
  if (corps.errors && corps.errors.length) {
    throw new ErreurGraphQL(corps.errors[0]);
  }
  return corps.data;
}

let clientDirect = null;

function client() {
  if (!clientDirect) {
    const protocole = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    clientDirect = window.graphqlWs.createClient({
      url: protocole + '//' + window.location.host + '/graphql',
      lazy: true,
      retryAttempts: 5,
    });
  }
  return clientDirect;
}

/**
 * S'abonne à un flux ; chaque élément reçu est passé à surDonnees, une erreur à surErreur (ErreurGraphQL).
 * Rend la fonction qui se désabonne.
 */
export function abonner(requete, variables, surDonnees, surErreur) {
  return client().subscribe(
    { query: requete, variables },
    {
      next: (resultat) => {
        if (resultat.errors && resultat.errors.length) {
          surErreur(new ErreurGraphQL(resultat.errors[0]));
        } else {
          surDonnees(resultat.data);
        }
      },
      error: (erreur) => surErreur(new ErreurGraphQL(
        Array.isArray(erreur) && erreur.length ? erreur[0] : { message: 'Flux en direct interrompu' })),
      complete: () => {},
    },
  );
}

/** Parcourt une connexion Relay page après page (curseur after) jusqu'à sa fin ; rend tous les nœuds. */
export async function toutesLesPages(requete, variables, chemin, taille = 200) {
  const noeuds = [];
  let apres = null;
  for (;;) {
    const donnees = await graphql(requete, { ...variables, first: taille, after: apres });
    const connexion = chemin(donnees);
    connexion.edges.forEach((arete) => noeuds.push(arete.node));
    if (!connexion.pageInfo.hasNextPage) {
      return noeuds;
    }
    apres = connexion.pageInfo.endCursor;
  }
}
