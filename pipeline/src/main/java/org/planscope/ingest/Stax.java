package org.planscope.ingest;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX for the parts of a .docx: a safe factory (no DTD, no external entities) and attributes. */
final class Stax {
  private static final XMLInputFactory XML = newFactory();

  private Stax() {}

  static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    return XML.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  static String attr(XMLStreamReader x, String local) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals(local)) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  static int intAttr(XMLStreamReader x, String local, int dflt) {
    String v = attr(x, local);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  /** An OOXML on/off value: absent means {@code dflt}; "0", "false", "off" mean off. */
  static boolean isOn(String v, boolean dflt) {
    if (v == null) {
      return dflt;
    }
    return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
