package org.planscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.planscope.bench.IndexStage;
import org.planscope.bench.IndexStageFactory;
import org.planscope.bench.QueryHook;
import org.planscope.index.IndexLockedException;
import org.planscope.index.IndexUpdater;
import org.planscope.index.PlanSearcher;
import org.planscope.index.QueryParseException;
import org.planscope.index.SearchRequest;
import org.planscope.model.Plan;

/**
 * The Lucene index as the stage benchmark's index stage: the same {@link IndexUpdater} that
 * {@code ingest} uses (one commit per batch), and a {@link PlanSearcher} for query latency.
 * Handed to the benchmark by {@link BenchCommand}: the command line is where the benchmark meets
 * the index, so neither {@code bench} nor {@code index} imports the other.
 */
final class BenchIndexStage implements IndexStageFactory {
  @Override
  public String name() {
    return "lucene (bigrams; HanLP segments queries)";
  }

  @Override
  public IndexStage open(Path dir) throws IOException {
    IndexUpdater updater;
    try {
      updater = IndexUpdater.open(dir);
    } catch (IndexLockedException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new IndexStage() {
      @Override
      public void add(Path file, Plan plan) throws IOException {
        updater.put(file, plan);
      }

      @Override
      public void commit() throws IOException {
        synchronized (updater) {
          updater.commit();
        }
      }

      @Override
      public long sizeBytes() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
          return files.filter(Files::isRegularFile).mapToLong(f -> {
            try {
              return Files.size(f);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }).sum();
        }
      }

      @Override
      public QueryHook searcher() throws IOException {
        PlanSearcher searcher = PlanSearcher.open(dir);
        return new QueryHook() {
          @Override
          public int search(String query) throws IOException {
            try {
              return (int) Math.min(Integer.MAX_VALUE, searcher.search(SearchRequest.of(query)).total());
            } catch (QueryParseException e) {
              return 0;
            }
          }

          @Override
          public void close() throws IOException {
            searcher.close();
          }
        };
      }

      @Override
      public void close() throws IOException {
        updater.close();
      }
    };
  }
}
