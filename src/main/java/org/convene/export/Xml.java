package org.convene.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** StAX plumbing shared by the GEXF and GraphML writers. */
final class Xml {

    private Xml() {}

    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    static void document(OutputStream out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Text as XML 1.0 allows it: control characters other than tab and newlines are dropped. */
    static String text(Object value) {
        String s = value instanceof Double d ? String.format(Locale.ROOT, "%s", d) : String.valueOf(value);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(b::appendCodePoint);
        return b.toString();
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
