package org.convene.collect;

import java.time.Duration;

/** The site refused a request for now (HTTP 429, or no requests left): try the same request after {@code wait}. */
final class RateLimited extends Exception {

    final Duration wait;

    RateLimited(String message, Duration wait) {
        super(message);
        this.wait = wait;
    }
}
