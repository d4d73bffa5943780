package org.convene.cypher;

/** A query the rules do not allow here, with a message that says why and what to do instead. */
public class CypherRefusedException extends IllegalArgumentException {

    public CypherRefusedException(String message) {
        super(message);
    }
}
