package org.convene.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.convene.export.ExportGraph.Column;

/** GEXF 1.3, as Gephi reads it: a directed graph, accounts labelled by handle, columns as attributes. */
final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";

    private GexfWriter() {}

    /** @param description where the data came from, for the file's meta */
    static void write(ExportGraph graph, String description, OutputStream out) throws IOException {
        Xml.document(out, xml -> {
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            Xml.element(xml, "creator", "Convene");
            Xml.element(xml, "description", description);
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            attributes(xml, "node", graph.nodeColumns());
            attributes(xml, "edge", graph.edgeColumns());
            xml.writeStartElement("nodes");
            for (Map<String, Object> node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", Xml.text(node.get(ExportGraph.ID)));
                xml.writeAttribute("label", Xml.text(node.getOrDefault("handle", node.get(ExportGraph.ID))));
                values(xml, graph.nodeColumns(), node);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            long id = 0;
            for (Map<String, Object> edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", Long.toString(id++));
                xml.writeAttribute("source", Xml.text(edge.get(ExportGraph.SOURCE)));
                xml.writeAttribute("target", Xml.text(edge.get(ExportGraph.TARGET)));
                if (edge.get("weight") != null) xml.writeAttribute("weight", Xml.text(edge.get("weight")));
                values(xml, graph.edgeColumns(), edge);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void attributes(XMLStreamWriter xml, String kind, List<Column> columns) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        for (Column c : columns) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", c.name());
            xml.writeAttribute("title", c.name());
            xml.writeAttribute("type", switch (c.type()) {
                case STRING -> "string";
                case LONG -> "long";
                case DOUBLE -> "double";
            });
        }
        xml.writeEndElement();
    }

    private static void values(XMLStreamWriter xml, List<Column> columns, Map<String, Object> row) throws XMLStreamException {
        xml.writeStartElement("attvalues");
        for (Column c : columns) {
            Object v = row.get(c.name());
            if (v == null) continue;
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", c.name());
            xml.writeAttribute("value", Xml.text(v));
        }
        xml.writeEndElement();
    }
}
