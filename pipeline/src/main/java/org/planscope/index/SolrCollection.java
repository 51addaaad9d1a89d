package org.planscope.index;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * One Solr collection over HTTP ({@code http://host:8983/solr/planscope}): the JDK HTTP client,
 * no ZooKeeper — any node answers for the whole collection. Thread-safe.
 */
final class SolrCollection implements AutoCloseable {
  /** The one document that records the analysis the collection was written with. */
  static final String SCHEMA_ID = "_schema";
  static final String SCHEMA_FIELD = "schema";
  /** Solr keeps a target's stored value here (a copy of the numeric {@code value}). */
  static final String VALUE_STORED = "value_s";

  private final String url;
  private final SolrClient client;

  private SolrCollection(String url, SolrClient client) {
    this.url = url;
    this.client = client;
  }

  /** The collection at a URL whose last path segment names it. */
  static SolrCollection open(String url) throws IOException {
    String u = url.strip().replaceAll("/+$", "");
    URI uri;
    try {
      uri = URI.create(u);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a Solr URL: " + url);
    }
    int slash = u.lastIndexOf('/');
    if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || slash < 0
        || uri.getPath() == null || uri.getPath().chars().filter(c -> c == '/').count() < 2) {
      throw new IOException("not a Solr collection URL: " + url
          + " (expected e.g. http://localhost:8983/solr/planscope)");
    }
    SolrClient client = new HttpJdkSolrClient.Builder(u.substring(0, slash))
        .withDefaultCollection(u.substring(slash + 1))
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withRequestTimeout(120, TimeUnit.SECONDS)
        .build();
    return new SolrCollection(u, client);
  }

  String url() {
    return url;
  }

  QueryResponse query(ModifiableSolrParams params) throws IOException {
    try {
      return client.query(params, SolrRequest.METHOD.POST);
    } catch (SolrServerException | RuntimeException e) {
      throw failure("query", e);
    }
  }

  void add(Collection<SolrInputDocument> docs) throws IOException {
    try {
      client.add(docs);
    } catch (SolrServerException | RuntimeException e) {
      throw failure("add", e);
    }
  }

  void deleteByQuery(String q) throws IOException {
    try {
      client.deleteByQuery(q);
    } catch (SolrServerException | RuntimeException e) {
      throw failure("delete", e);
    }
  }

  void commit() throws IOException {
    try {
      client.commit();
    } catch (SolrServerException | RuntimeException e) {
      throw failure("commit", e);
    }
  }

  private IOException failure(String what, Exception e) {
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    if (e instanceof org.apache.solr.common.SolrException se && se.code() == 400) {
      return new SolrRequestException(msg);
    }
    return new IOException("Solr " + url + ": " + what + " failed: " + msg, e);
  }

  /** A 400 from Solr: the query was malformed (the message is the parser's). */
  static final class SolrRequestException extends IOException {
    SolrRequestException(String message) {
      super(message);
    }
  }

  /** A document as Solr takes it: the same fields and values. */
  static SolrInputDocument input(SearchDocument d) {
    SolrInputDocument doc = new SolrInputDocument();
    for (Map.Entry<String, List<String>> e : d.fields().entrySet()) {
      for (String v : e.getValue()) {
        doc.addField(e.getKey(), v);
      }
    }
    return doc;
  }

  /** The stored fields of a Solr hit, under the embedded index's names. */
  static StoredHits.Stored stored(SolrDocument d) {
    return new StoredHits.Stored() {
      @Override
      public String get(String field) {
        Object v = d.getFirstValue(field.equals(Fields.VALUE) ? VALUE_STORED : field);
        return v == null ? null : v.toString();
      }

      @Override
      public List<String> all(String field) {
        Collection<Object> vs = d.getFieldValues(field);
        return vs == null ? List.of() : vs.stream().map(Object::toString).toList();
      }
    };
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
