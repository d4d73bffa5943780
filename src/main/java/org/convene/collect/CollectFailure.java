package org.convene.collect;

/**
 * A request that failed. {@code transientFault}: worth trying again (network, HTTP 5xx); otherwise the
 * collection cannot go on as configured (bad credentials, unknown instance, HTTP 4xx).
 */
final class CollectFailure extends Exception {

    final boolean transientFault;

    CollectFailure(String message, boolean transientFault, Throwable cause) {
        super(message, cause);
        this.transientFault = transientFault;
    }

    CollectFailure(String message, boolean transientFault) {
        this(message, transientFault, null);
    }
}
