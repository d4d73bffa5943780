package org.convene.cypher;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on ad hoc queries.
 *
 * @param timeout the transaction time-out; the database stops a query that runs longer
 * @param maxRows rows kept from one result; the rest is dropped and the result says it was truncated
 */
@ConfigurationProperties("convene.cypher")
public record CypherSettings(Duration timeout, int maxRows) {

    public CypherSettings {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) timeout = Duration.ofSeconds(30);
        if (maxRows <= 0) maxRows = 1000;
    }
}
