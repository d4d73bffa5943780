package org.convene.bridges;

import java.util.List;
import java.util.Locale;
import org.convene.graph.ValueFormat;
import org.convene.roles.Role;

/**
 * An account that connects two role groups, with the evidence: its strongest partners on each side (up to 5),
 * the interactions with each and up to three posts between them.
 *
 * @param paths         pairs (A, B) of its partners, one of each role, that it connects
 * @param brokerage     pairs of its partners of different known roles that do not interact with each other
 * @param knownPartners its partners whose role is known
 * @param clusterReach  how many other clusters its partners belong to
 * @param cluster       its cluster id, or null
 */
public record RoleBridge(String handle, String role, long paths, long partnersA, long partnersB, long brokerage,
                         double roleDiversity, long knownPartners, long clusterReach, Long cluster,
                         List<Partner> sideA, List<Partner> sideB) {

    /** @param role the partner's primary role: it counts on a side through any of its roles */
    public record Partner(String handle, String role, double weight, List<Post> posts) {}

    /** A post between the bridge and a partner: its link or platform:id, time (ISO, may be null) and text. */
    public record Post(String ref, String at, String text) {}

    /** The reasons for the rank, in plain words. */
    public String why(String roleA, String roleB) {
        String links = String.format(Locale.UK, "interacts with %d %s and %d %s, so links %d %s–%s pair%s",
                partnersA, partnersA == 1 ? roleA : Role.plural(roleA), partnersB, partnersB == 1 ? roleB : Role.plural(roleB),
                paths, roleA, roleB, paths == 1 ? "" : "s");
        String broker = brokerage == 0
                ? "; every pair of its partners of different roles also talks directly (brokerage 0)"
                : String.format(Locale.UK, "; brokerage %d: %d pairs of its %d partners of known role have different "
                        + "roles and reach each other only through it (role diversity %.2f)",
                        brokerage, brokerage, knownPartners, roleDiversity);
        String reach = clusterReach > 0
                ? "; its partners sit in " + ValueFormat.count(clusterReach, "other cluster")
                : "";
        return links + broker + reach;
    }
}
