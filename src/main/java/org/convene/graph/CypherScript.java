package org.convene.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cypher kept in files: {@code cypher/*.cypher} for the shared library and schema, and a feature's own
 * queries beside its classes. A file holds one or more statements separated by semicolons at line ends;
 * lines starting with {@code //} are comments.
 */
public final class CypherScript {

    private CypherScript() {}

    /** The statements of a class-path resource such as {@code cypher/schema.cypher}. */
    public static List<String> statements(String resource) {
        return split(text(resource));
    }

    /** A feature's single query, stored as {@code <package path>/<name>.cypher} beside {@code feature}. */
    public static String query(Class<?> feature, String name) {
        String path = feature.getPackageName().replace('.', '/') + "/" + name + ".cypher";
        List<String> statements = statements(path);
        if (statements.size() != 1) throw new IllegalStateException(path + " must hold exactly one statement");
        return statements.getFirst();
    }

    static String text(String resource) {
        try (InputStream in = CypherScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing Cypher resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) continue;
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                add(statements, current);
                current.setLength(0);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder text) {
        String statement = text.toString().strip();
        if (statement.endsWith(";")) statement = statement.substring(0, statement.length() - 1).strip();
        if (!statement.isEmpty()) statements.add(statement);
    }
}
