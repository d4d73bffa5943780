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
        GdsStatus.State state = status.current();
        Health.Builder builder = state.available() ? Health.up() : Health.unknown();
        builder.withDetail("available", state.available()).withDetail("message", state.message());
        if (state.available()) {
            builder.withDetail("version", state.version()).withDetail("procedures", state.procedures());
        }
        return builder.build();
    }
}
