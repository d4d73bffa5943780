package org.convene.bridges;

import java.util.List;
import java.util.Map;

/**
 * Two linked clusters, one with members of each chosen role, and the accounts that carry the link.
 *
 * @param fromRoles members of the two chosen roles in the first cluster (role to count)
 * @param weight    interactions between the two clusters
 * @param accounts  the members (of either side) with most interactions across, most first
 * @param linkers   how many members interact across at all
 */
public record ClusterBridge(long fromId, String fromLabel, long fromSize, Map<String, Long> fromRoles,
                            long toId, String toLabel, long toSize, Map<String, Long> toRoles,
                            double weight, List<String> accounts, long linkers) {}
