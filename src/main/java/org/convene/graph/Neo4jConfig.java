package org.convene.graph;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Chooses the database: the embedded one unless {@code convene.neo4j.uri} names a server.
 * Either way the driver is Spring Boot's, pointed here at the right URI and credentials.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfig {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedMode.class)
    EmbeddedNeo4j embeddedNeo4j(ConveneProperties props) {
        return EarlyStart.take(props);
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(ConveneProperties props, ObjectProvider<EmbeddedNeo4j> embedded) {
        EmbeddedNeo4j db = embedded.getIfAvailable();
        if (db != null) {
            return details(db.boltUri(), AuthTokens.basic(db.user(), db.password()));
        }
        ConveneProperties.Neo4j server = props.neo4j();
        AuthToken auth = server.user() == null || server.user().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(server.user(), server.password() == null ? "" : server.password());
        return details(URI.create(server.uri()), auth);
    }

    private static Neo4jConnectionDetails details(URI uri, AuthToken auth) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return auth;
            }
        };
    }

    /** Embedded unless an external server URI is configured. */
    static final class EmbeddedMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String uri = context.getEnvironment().getProperty("convene.neo4j.uri");
            return uri == null || uri.isBlank();
        }
    }
}
