package fr.socle.kernel.piece;

/** La catégorie d'une pièce : où en est son recouvrement, après la dernière action menée. */
public enum Categorie {
    /** Non contacté : la catégorie de toute pièce nouvelle. */
    NCT,
    /** Contact en cours : l'échange n'a abouti ni à une promesse ni à un litige ; il faudra rappeler. */
    CEC,
    /** Promesse de paiement : le client s'engage à payer un montant à une date. */
    PDP,
    /** Règlement déjà effectué : une preuve de paiement a été reçue. */
    RDE,
    /** Ne pas contacter. */
    NPC,
    /** Litige : le paiement est ralenti et une autre personne de l'entreprise en traite une partie. */
    LIT
}
