package org.convene.suggest;

/**
 * One reason to invite someone. A signal scores a candidate from 0 (nothing) to 1 (as strong as it gets)
 * against the chat, and says why in plain words. The ranker weighs signals by
 * {@code convene.suggest.weights.<name>}.
 */
public interface Signal {

    /** The weight key. */
    String name();

    /** In [0, 1]. */
    double score(Candidate candidate, ChatProfile chat);

    /** Plain words for a suggestion's reasons, or null when this signal has nothing worth saying. */
    String reason(Candidate candidate, ChatProfile chat);
}
