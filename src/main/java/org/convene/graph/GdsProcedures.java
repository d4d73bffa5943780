package org.convene.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Registers the Graph Data Science procedures and functions with an embedded Neo4j.
 * Neo4j only scans its plugins directory, and GDS's extension loads from the application class path,
 * so its jars' own service lists are the catalogue: every class they name is registered here.
 */
final class GdsProcedures {

    private static final String PROCEDURES = "META-INF/services/org.neo4j.procedure.Procedure";
    private static final String FUNCTIONS = "META-INF/services/org.neo4j.procedure.UserFunction";

    private GdsProcedures() {}

    /** Returns the number of classes registered. */
    static int register(GraphDatabaseAPI db) {
        GlobalProcedures procedures = db.getDependencyResolver().resolveDependency(GlobalProcedures.class);
        int count = 0;
        for (String name : listed(PROCEDURES)) {
            registerOne(name, c -> procedures.registerProcedure(c));
            count++;
        }
        for (String name : listed(FUNCTIONS)) {
            registerOne(name, c -> procedures.registerFunction(c));
            count++;
        }
        return count;
    }

    private interface Registration {
        void accept(Class<?> type) throws ProcedureException;
    }

    private static void registerOne(String className, Registration registration) {
        try {
            registration.accept(Class.forName(className, true, GdsProcedures.class.getClassLoader()));
        } catch (ClassNotFoundException | ProcedureException e) {
            throw new IllegalStateException("Cannot register Graph Data Science class " + className + ": "
                    + e.getMessage(), e);
        }
    }

    private static Iterable<String> listed(String resource) {
        var names = new java.util.LinkedHashSet<String>();
        try {
            for (URL url : Collections.list(GdsProcedures.class.getClassLoader().getResources(resource))) {
                try (var in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::strip)
                            .filter(l -> l.startsWith("org.neo4j.gds."))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
        return names;
    }
}
