package org.convene.graph;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Shows in /actuator/health whether analysis can run: UP with the GDS version, or UNKNOWN with why not. */
@Component("gds")
class GdsHealthIndicator implements HealthIndicator {

    private final GdsStatus status;

    GdsHealthIndicator(GdsStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        Health.Builder builder = status.available() ? Health.up() : Health.unknown();
        builder.withDetail("available", status.available()).withDetail("message", status.message());
        if (status.available()) {
            builder.withDetail("version", status.version()).withDetail("procedures", status.procedures());
        }
        return builder.build();
    }
}
