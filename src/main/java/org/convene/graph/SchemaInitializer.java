package org.convene.graph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Applies {@code cypher/schema.cypher} once the driver is ready, before any feature touches the graph. */
@Component
public class SchemaInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);
    static final String SCHEMA = "cypher/schema.cypher";
    private final GraphDb db;

    public SchemaInitializer(GraphDb db) {
        this.db = db;
    }

    @Override
    public void afterPropertiesSet() {
        var statements = CypherScript.statements(SCHEMA);
        for (String statement : statements) {
            db.write(statement);
        }
        log.debug("Applied {} schema statements", statements.size());
    }
}
