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
        ego.members().forEach(m -> colors.put(Role.word(m.role()), RoleColors.of(m.role())));
        return colors;
    }

    static NetworkService.Network of(EgoService.EgoNetwork ego) {
        double strongest = ego.members().stream().filter(m -> m.weight() != null).mapToDouble(EgoService.Member::weight)
                .max().orElse(1);
        Map<String, Long> byRole = new TreeMap<>();
        List<NetworkService.Node> nodes = ego.members().stream().map(m -> {
            String group = Role.word(m.role());
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
