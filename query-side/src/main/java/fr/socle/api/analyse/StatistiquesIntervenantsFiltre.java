package fr.socle.api.analyse;

import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.intervenant.Situation;

public record StatistiquesIntervenantsFiltre(String gerePar, Situation situation, NatureIntervenant nature) {}
