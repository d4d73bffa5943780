package org.convene.collect;

/**
 * Where a collection got to, kept in the graph as {@code (:CollectState)} so a later run continues from there.
 *
 * @param since     the watermark: newest id collected (Twitter, Mastodon) or newest indexedAt time (Bluesky)
 * @param pending   while a poll pages back towards {@code since}: the newest seen in it, which becomes
 *                  {@code since} once the poll reaches the watermark
 * @param cursor    while a poll is under way: the next older page; a run stopped mid-poll resumes here
 * @param collected posts written by all runs
 */
record CollectState(String source, String endpoint, String tag, String since, String pending, String cursor,
                    long collected) {

    static CollectState fresh(CollectRequest r) {
        return new CollectState(r.source(), r.endpoint(), r.tag(), null, null, null, 0);
    }

    CollectState paging(String pending, String cursor, long added) {
        return new CollectState(source, endpoint, tag, since, pending, cursor, collected + added);
    }

    /** The poll reached the watermark: the newest post seen is where the next poll starts. */
    CollectState caughtUp(String newSince, long added) {
        return new CollectState(source, endpoint, tag, newSince, null, null, collected + added);
    }
}
