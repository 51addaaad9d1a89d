package org.planscope.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.planscope.model.Plan;

/**
 * Brings a Solr collection up to date with one ingest batch, as {@link IndexUpdater} does the
 * embedded index: a changed file's documents are replaced by a delete by file plus adds, files gone
 * from the ingested folders are deleted, and one commit at the end of the batch makes it visible
 * (the configset's autoCommit opens no searcher). A collection written with another analysis is
 * emptied and rebuilt from the batch.
 *
 * <p>Unlike the embedded index, Solr takes no lock and cannot roll back: a batch that stops
 * before {@link #commit} becomes visible at the next commit, and two ingests into one collection
 * at once are the operator's to avoid.
 */
public final class SolrIndexer implements Indexer {
  private final SolrCollection solr;
  private final BatchBook book;
  private final boolean rebuilt;

  private SolrIndexer(SolrCollection solr, Map<String, String> committed, boolean rebuilt) {
    this.solr = solr;
    this.book = new BatchBook(committed);
    this.rebuilt = rebuilt;
  }

  /** The collection at {@code url}, e.g. {@code http://localhost:8983/solr/planscope}. */
  public static SolrIndexer open(String url) throws IOException {
    SolrCollection solr = SolrCollection.open(url);
    try {
      String schema = Schema.fingerprint();
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "{!term f=" + Fields.ID + "}" + SolrCollection.SCHEMA_ID);
      p.set("fl", SolrCollection.SCHEMA_FIELD);
      List<SolrDocument> had = solr.query(p).getResults();
      String written = had.isEmpty() ? null : (String) had.get(0).getFirstValue("schema");
      Map<String, String> committed = new HashMap<>();
      boolean rebuild = false;
      if (schema.equals(written)) {
        committed = manifest(solr);
      } else {
        // another analysis (or a new collection): start from nothing, visible at commit
        rebuild = written != null;
        solr.deleteByQuery("*:*");
        SolrInputDocument d = new SolrInputDocument();
        d.addField(Fields.ID, SolrCollection.SCHEMA_ID);
        d.addField(Fields.KIND, SolrCollection.SCHEMA_ID);
        d.addField(Fields.PLAN, SolrCollection.SCHEMA_ID);
        d.addField(SolrCollection.SCHEMA_FIELD, schema);
        solr.add(List.of(d));
      }
      return new SolrIndexer(solr, committed, rebuild);
    } catch (IOException | RuntimeException e) {
      solr.close();
      throw e;
    }
  }

  private static Map<String, String> manifest(SolrCollection solr) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "{!term f=" + Fields.KIND + "}" + Fields.KIND_FILE);
    p.set("rows", 0);
    long n = solr.query(p).getResults().getNumFound();
    p.set("rows", (int) Math.max(1, n));
    p.set("fl", Fields.FILE + "," + Fields.SHA256);
    Map<String, String> out = new HashMap<>();
    for (SolrDocument d : solr.query(p).getResults()) {
      out.put((String) d.getFirstValue(Fields.FILE), (String) d.getFirstValue(Fields.SHA256));
    }
    return out;
  }

  @Override
  public boolean isCurrent(Path file, String sha256) {
    return book.isCurrent(file, sha256);
  }

  @Override
  public void put(Path file, Plan plan) throws IOException {
    String sha = plan.source().sha256();
    BatchBook.Action action = book.put(file, sha, plan.id());
    if (action == BatchBook.Action.SKIP) {
      return;
    }
    String key = BatchBook.key(file);
    if (action == BatchBook.Action.REPLACE) {
      solr.deleteByQuery(byFile(key));
    }
    solr.add(PlanDocuments.of(key, BatchBook.stamp(sha, plan.id()), plan).stream()
        .map(SolrCollection::input).toList());
  }

  private static String byFile(String key) {
    return "{!term f=" + Fields.FILE + "}" + key;
  }

  @Override
  public void unchanged(Path file) {
    book.unchanged(file);
  }

  @Override
  public void keep(Path file) {
    book.keep(file);
  }

  @Override
  public boolean remove(Path file) throws IOException {
    if (!book.remove(file)) {
      return false;
    }
    solr.deleteByQuery(byFile(BatchBook.key(file)));
    return true;
  }

  @Override
  public void removeMissing(List<Path> roots) throws IOException {
    for (String file : book.missing(roots)) {
      solr.deleteByQuery(byFile(file));
    }
  }

  @Override
  public Stats commit() throws IOException {
    solr.commit();
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("rows", 0);
    // as the embedded index counts: every document but the schema record
    long n = solr.query(p).getResults().getNumFound() - 1;
    return book.stats((int) Math.max(0, n));
  }

  @Override
  public boolean rebuilt() {
    return rebuilt;
  }

  @Override
  public String location() {
    return solr.url();
  }

  @Override
  public void close() throws IOException {
    solr.close();
  }
}
