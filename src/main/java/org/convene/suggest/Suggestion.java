package org.convene.suggest;

import java.util.List;
import java.util.Map;

/**
 * One account to invite, with why.
 *
 * @param bio          the account's self-description, or null
 * @param profile      its page on its platform ({@link org.convene.graph.ProfileLink}), or null
 * @param score        weighted mean of the signal scores, 0 to 1
 * @param signals      each signal's score, 0 to 1, by name
 * @param reasons      plain words: role, the strongest signals first, then who could introduce
 * @param introducers  handles of the regulars who could introduce ({@link Introducers}), closest first
 * @param invitation   status of the host's invitation (invited, accepted, declined) or null
 * @param stopped      a former regular who has stopped posting in the chat
 */
public record Suggestion(int rank, String platform, String id, String handle, String name, String bio, String profile, String role,
                         double score, Map<String, Double> signals, List<String> reasons, List<String> introducers,
                         String invitation, boolean stopped) {

    /** The same suggestion with the host's current mark (null: none). */
    public Suggestion withInvitation(String status) {
        return new Suggestion(rank, platform, id, handle, name, bio, profile, role, score, signals, reasons, introducers, status, stopped);
    }
}
