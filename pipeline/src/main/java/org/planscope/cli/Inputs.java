package org.planscope.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.planscope.ingest.CompositeReader;
import org.planscope.model.Plan;
import org.planscope.json.PlanJsonReader;

/** Expands command-line paths into the files to read. */
final class Inputs {
  private Inputs() {}

  /**
   * The files to read, one error line for each path that does not exist or folder that could not
   * be listed, and the files in the folders that are not of a supported type (left out, but
   * named in the summary).
   */
  record Expanded(List<Path> files, List<String> errors, List<Path> skipped) {}

  /**
   * Files named directly are kept whatever their type (the reader reports an unsupported one);
   * directories are walked for supported files. Sorted, so runs are reproducible. A folder that
   * cannot be listed (permission denied …) is reported and skipped; the others are still read.
   */
  static Expanded expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !hasExtension(p)) {
        // a folder that is not there (a named file that is not there is the reader's to report)
        errors.add(p + ": no such file or folder");
      } else if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        try {
          // links are followed (a linked file or folder is read like one in place); a loop and
          // a broken link are reported, never skipped without a word
          Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
              new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                  if (attrs.isRegularFile() && supported(file)) {
                    found.add(file);
                  } else if (attrs.isRegularFile()
                      && !file.getFileName().toString().startsWith(".")) {
                    skipped.add(file);
                  } else if (attrs.isSymbolicLink() && supported(file)) {
                    errors.add(file + (loop(file) ? ": symbolic link loop; skipped"
                        : ": broken symbolic link (its target does not exist); skipped"));
                  }
                  return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                  errors.add(file + (e instanceof FileSystemLoopException
                      ? ": symbolic link loop (a link leads back to a folder above it); skipped"
                      : ": cannot list or read (" + reason(e) + ")"));
                  return FileVisitResult.CONTINUE;
                }
              });
        } catch (IOException e) {
          errors.add(p + ": cannot list (" + reason(e) + ")");
        }
        found.sort(null);
        out.addAll(found);
      } else {
        out.add(p);
      }
    }
    skipped.sort(null);
    return new Expanded(out, errors, skipped);
  }

  private static boolean loop(Path link) {
    try {
      link.toRealPath();
      return false;
    } catch (java.nio.file.FileSystemException e) {
      return String.valueOf(e.getReason()).contains("levels of symbolic links");
    } catch (IOException e) {
      return false;
    }
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static boolean hasExtension(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    return name.lastIndexOf('.') > 0;
  }

  static boolean supported(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && dot > 0
        && CompositeReader.SUPPORTED.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code --lang} read, or null after saying why on {@code err} (the command then exits 2). */
  static org.planscope.format.Lang lang(String value, String command, java.io.PrintWriter err) {
    try {
      return org.planscope.format.Lang.parse(value);
    } catch (IllegalArgumentException e) {
      err.println("planscope " + command + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * The plan JSON files of {@code data/plans}, sorted (hidden files left out); null, with a message
   * naming the folder and what to run, when there is no such folder.
   */
  static List<Path> planFiles(Path data, String command, java.io.PrintWriter err) throws IOException {
    org.planscope.service.DataFolder folder = org.planscope.service.DataFolder.at(data);
    if (!Files.isDirectory(folder.plansDir())) {
      err.println("planscope " + command + ": no folder " + folder.plansDir() + "; run `planscope ingest --data "
          + data + "` first");
      return null;
    }
    return folder.planFiles();
  }

  /** The plans of a data folder, and whether some file could not be read. */
  record Plans(List<Plan> plans, boolean failed) {}

  /**
   * Every plan of the data folder's plan folder, one error line for each file that cannot be
   * read (the others are still read); null, said on {@code err}, when there is no plan folder.
   */
  static Plans readPlans(Path data, String command, java.io.PrintWriter err) throws IOException {
    List<Path> files = planFiles(data, command, err);
    if (files == null) {
      return null;
    }
    boolean failed = false;
    List<Plan> plans = new ArrayList<>();
    for (Path f : files) {
      try {
        plans.add(PlanJsonReader.read(f));
      } catch (IOException | PlanJsonReader.FormatException e) {
        failed = true;
        err.println("error: " + (e instanceof IOException ? f + ": " : "") + e.getMessage());
      }
    }
    return new Plans(plans, failed);
  }
}
