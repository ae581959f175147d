// La page de connexion : le jeton anti-falsification dans le formulaire, et la raison du retour ici.
import { jetonCsrf } from './api.js';

const RAISONS = {
  erreur: ['erreur', 'Nom d\u2019utilisateur ou mot de passe incorrect.'],
  refus: ['erreur', 'Le fournisseur d\u2019identité n\u2019a pas ouvert la console : connexion refusée ou aucun rôle du projet.'],
  indisponible: ['erreur', 'La connexion par le fournisseur d\u2019identité n\u2019est pas configurée pour la console.'],
  deconnexion: ['info', 'Vous êtes déconnecté.'],
};

const champ = document.querySelector('input[name="_csrf"]');
if (champ) {
  champ.value = jetonCsrf();
}
const demande = new URLSearchParams(window.location.search);
const raison = Object.keys(RAISONS).find((r) => demande.has(r));
if (raison) {
  const message = document.getElementById('message');
  [message.className, message.textContent] = RAISONS[raison];
  message.hidden = false;
}
