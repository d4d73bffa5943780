package org.convene.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.convene.export.ExportGraph.Column;

/** GraphML, as NodeXL, igraph, networkx and yEd read it: one key per column, a directed graph. */
final class GraphMlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {}

    /** @param description where the data came from, as the graph's desc */
    static void write(ExportGraph graph, String description, OutputStream out) throws IOException {
        Xml.document(out, xml -> {
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            keys(xml, "node", "n_", graph.nodeColumns());
            keys(xml, "edge", "e_", graph.edgeColumns());
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "convene");
            xml.writeAttribute("edgedefault", "directed");
            Xml.element(xml, "desc", description);
            for (Map<String, Object> node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", Xml.text(node.get(ExportGraph.ID)));
                data(xml, "n_", graph.nodeColumns(), node);
                xml.writeEndElement();
            }
            for (Map<String, Object> edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("source", Xml.text(edge.get(ExportGraph.SOURCE)));
                xml.writeAttribute("target", Xml.text(edge.get(ExportGraph.TARGET)));
                data(xml, "e_", graph.edgeColumns(), edge);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void keys(XMLStreamWriter xml, String kind, String prefix, List<Column> columns) throws XMLStreamException {
        for (Column c : columns) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", prefix + c.name());
            xml.writeAttribute("for", kind);
            xml.writeAttribute("attr.name", c.name());
            xml.writeAttribute("attr.type", switch (c.type()) {
                case STRING -> "string";
                case LONG -> "long";
                case DOUBLE -> "double";
            });
        }
    }

    private static void data(XMLStreamWriter xml, String prefix, List<Column> columns, Map<String, Object> row)
            throws XMLStreamException {
        for (Column c : columns) {
            Object v = row.get(c.name());
            if (v == null) continue;
            xml.writeStartElement("data");
            xml.writeAttribute("key", prefix + c.name());
            xml.writeCharacters(Xml.text(v));
            xml.writeEndElement();
        }
    }
}
