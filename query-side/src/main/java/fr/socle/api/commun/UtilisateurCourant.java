package fr.socle.api.commun;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** Qui est connecté et ce que ses rôles permettent : la console en tire les pages et les actions qu'elle montre. */
@Controller
public class UtilisateurCourant {

    public enum Role {
        GESTIONNAIRE,
        AUDITEUR,
        ANALYSTE,
        ADMIN
    }

    public record Utilisateur(String nom, List<Role> roles) {}

    @QueryMapping
    @PreAuthorize(Roles.LECTURE)
    public Utilisateur utilisateurCourant() {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        Set<String> autorites = authentification.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new Utilisateur(
                Auteurs.auteurCourant(),
                Arrays.stream(Role.values())
                        .filter(role -> autorites.contains("ROLE_" + role.name()))
                        .toList());
    }
}
