// La page de connexion : le jeton anti-falsification dans le formulaire, et la raison du retour ici.
import { jetonCsrf } from './api.js';

document.querySelector('input[name="_csrf"]').value = jetonCsrf();
const raison = new URLSearchParams(window.location.search);
const message = document.getElementById('message');
if (raison.has('erreur')) {
  message.textContent = 'Nom d\u2019utilisateur ou mot de passe incorrect.';
  message.className = 'erreur';
  message.hidden = false;
} else if (raison.has('deconnexion')) {
  message.textContent = 'Vous êtes déconnecté.';
  message.className = 'info';
  message.hidden = false;
}
