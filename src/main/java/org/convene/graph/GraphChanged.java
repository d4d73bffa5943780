package org.convene.graph;

/**
 * A Spring application event: the graph's content has changed (an import or collection ended, an analysis
 * ran, an account was erased, retention removed posts, roles were labelled or corrected), so figures
 * computed from it earlier are stale. Published after the change is written.
 *
 * @param cause        what changed it, for logs, e.g. "import"
 * @param nodesRemoved the change deleted nodes (posts, say): what counts them, such as a chat's sittings, is rebuilt
 */
public record GraphChanged(String cause, boolean nodesRemoved) {

    public GraphChanged(String cause) {
        this(cause, false);
    }
}
