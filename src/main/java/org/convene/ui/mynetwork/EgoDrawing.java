package org.convene.ui.mynetwork;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convene.network.NetworkService;
import org.convene.roles.Role;
import org.convene.suggest.EgoService;
import org.convene.suggest.Roles;
import org.convene.ui.components.RoleColors;

/** An ego network as the network component draws it: coloured by role, sized by the tie to the centre. */
final class EgoDrawing {

    private EgoDrawing() {}

    /** Each group's colour: the colour of its role in every view ({@link RoleColors}). */
    static Map<String, String> colors(EgoService.EgoNetwork ego) {
        Map<String, String> colors = new HashMap<>();
        ego.members().forEach(m -> colors.put(group(m), RoleColors.of(m.role())));
        return colors;
    }

    /**
     * A contact's role word; the account itself a group of its own, in its role's colour, so that the legend
     * counts contacts only (a "researcher (1)" that is the account itself read as a researcher contact).
     */
    private static String group(EgoService.Member m) {
        return m.centre() ? (m.handle() == null ? m.key() : "@" + m.handle()) + " itself" : Role.word(m.role());
    }

    static NetworkService.Network of(EgoService.EgoNetwork ego) {
        double strongest = ego.members().stream().filter(m -> m.weight() != null).mapToDouble(EgoService.Member::weight)
                .max().orElse(1);
        Map<String, Long> byRole = new TreeMap<>();
        List<NetworkService.Node> nodes = ego.members().stream().map(m -> {
            String group = group(m);
            byRole.merge(group, 1L, Long::sum);
            // the centre is drawn largest
            double size = m.centre() ? strongest * 2 : m.weight() == null ? 0 : m.weight();
            return new NetworkService.Node(m.key(), m.handle(), group, size);
        }).toList();
        List<NetworkService.Edge> edges = ego.links().stream()
                .map(l -> new NetworkService.Edge(l.source(), l.target(), l.weight())).toList();
        String unknown = Role.word(Roles.UNKNOWN);
        List<NetworkService.Group> groups = byRole.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> e.getKey().equals(unknown))
                        .thenComparing(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(e -> new NetworkService.Group(e.getKey(), e.getValue())).toList();
        return new NetworkService.Network(nodes, edges, groups);
    }
}
