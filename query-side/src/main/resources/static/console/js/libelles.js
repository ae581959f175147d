// Les libellés français des valeurs d'énumération de l'API, en un seul endroit pour toutes les pages.
export const ETATS_DOSSIER = { OUVERT: 'Ouvert', COMMANDE: 'Commandé', EN_COURS: 'En cours', FACTURE: 'Facturé', CLOTURE: 'Clôturé' };
export const SITUATIONS = { ACTIF: 'Actif', INACTIF: 'Inactif' };
export const NATURES = {
  SALARIE: 'Salarié', INTERIMAIRE: 'Intérimaire', PRESTATAIRE: 'Prestataire', CANDIDAT: 'Candidat', STAGIAIRE: 'Stagiaire',
};
export const CATEGORIES = {
  NCT: 'Non contacté', CEC: 'Contact en cours', PDP: 'Promesse de paiement', RDE: 'Règlement déjà effectué',
  NPC: 'Ne pas contacter', LIT: 'Litige',
};
export const TYPES_AGREGAT = { dossier: 'Dossier', intervenant: 'Intervenant', piece: 'Pièce', opportunite: 'Opportunité' };

/** Le libellé d'une valeur, ou la valeur elle-même si elle n'a pas (encore) de libellé. */
export function libelle(table, valeur) {
  return valeur === null || valeur === undefined ? '' : table[valeur] || valeur;
}
