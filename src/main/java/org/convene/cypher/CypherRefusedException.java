package org.convene.cypher;

/** A query the rules do not allow here, with a message that says why and what to do instead. */
public class CypherRefusedException extends IllegalArgumentException {

    private final boolean wouldChangeGraph;

    public CypherRefusedException(String message) {
        this(message, false);
    }

    public CypherRefusedException(String message, boolean wouldChangeGraph) {
        super(message);
        this.wouldChangeGraph = wouldChangeGraph;
    }

    /**
     * Refused only because it would write data or schema, which an admin may confirm; false for what
     * stays refused to everyone on the web (admin procedures, LOAD CSV, server commands).
     */
    public boolean wouldChangeGraph() {
        return wouldChangeGraph;
    }
}
