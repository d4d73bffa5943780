package org.convene.export;

import java.util.Locale;

/** The file formats {@code convene export} writes. */
public enum ExportFormat {
    GEXF, GRAPHML, CSV;

    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown export format '" + name + "': use gexf, graphml or csv");
        }
    }
}
