package org.convene.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Role diversity and brokerage of accounts, from their interaction partners whose role is known.
 * <ul>
 * <li><b>roleDiversity</b>: Blau's index {@code 1 - sum(p_r^2)} over the roles of an account's partners:
 *     0 when all share one role, near 1 when partners spread evenly over many roles.</li>
 * <li><b>brokerage</b>: the pairs of partners with different roles that do not interact with each other
 *     (a nurse and a chief executive who only meet through this account): the account is the open path
 *     between them, as in Burt's structural holes, counted across role groups only.</li>
 * </ul>
 * Cost: for each account, the sum over its known-role partners of their known-role partners.
 */
final class RoleBrokerage {

    /** What one account scored, and from how many partners of known role. */
    record Score(double diversity, long brokerage, int known) {}

    private RoleBrokerage() {}

    /**
     * @param partners for each account, its partners of known role and their role; an account of known role
     *                 appears here with its own partners too (that is how closed pairs are found)
     */
    static Map<String, Score> score(Map<String, Map<String, String>> partners) {
        Map<String, Score> scores = new HashMap<>();
        partners.forEach((x, mine) -> {
            Map<String, Integer> byRole = new HashMap<>();
            mine.values().forEach(role -> byRole.merge(role, 1, Integer::sum));
            double sumSquares = 0;
            long total = mine.size();
            long samePairs = 0;
            for (int n : byRole.values()) {
                sumSquares += (double) n / total * n / total;
                samePairs += (long) n * (n - 1) / 2;
            }
            long crossPairs = total * (total - 1) / 2 - samePairs;
            long closedCross = 0;
            for (var a : mine.entrySet()) {
                Map<String, String> theirs = partners.getOrDefault(a.getKey(), Map.of());
                for (var b : theirs.entrySet()) {
                    String roleB = mine.get(b.getKey());
                    if (roleB != null && !roleB.equals(a.getValue())) closedCross++;
                }
            }
            scores.put(x, new Score(1 - sumSquares, crossPairs - closedCross / 2, mine.size()));
        });
        return scores;
    }
}
