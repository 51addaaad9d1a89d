package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.planscope.format.Lang;
import org.planscope.format.Message;
import org.planscope.format.Msg;
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
  record Expanded(List<Path> files, List<Message> errors, List<Path> skipped) {}

  /**
   * Files named directly are kept whatever their type (the reader reports an unsupported one);
   * directories are walked for supported files. Sorted, so runs are reproducible. A folder that
   * cannot be listed (permission denied …) is reported and skipped; the others are still read.
   */
  static Expanded expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    List<Message> errors = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !hasExtension(p)) {
        // a folder that is not there (a named file that is not there is the reader's to report)
        errors.add(Msg.NO_SUCH_FILE_OR_FOLDER.with(p));
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
                    errors.add((loop(file) ? Msg.LINK_LOOP_SKIPPED : Msg.BROKEN_LINK_SKIPPED)
                        .with(file));
                  }
                  return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                  errors.add(e instanceof FileSystemLoopException
                      ? Msg.FOLDER_LOOP_SKIPPED.with(file) : Msg.CANNOT_LIST_OR_READ.with(file, reason(e)));
                  return FileVisitResult.CONTINUE;
                }
              });
        } catch (IOException e) {
          errors.add(Msg.CANNOT_LIST.with(p, reason(e)));
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

  private static Object reason(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException ? Msg.PERMISSION_DENIED
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

  /**
   * {@code --lang} read, or null after saying why on {@code err} in the language of the messages,
   * {@code says} (the command then exits 2).
   */
  static Lang lang(String value, String command, Lang says, PrintWriter err) {
    if (value == null) {
      return says; // no --lang: the terminal's language
    }
    try {
      return Lang.parse(value);
    } catch (IllegalArgumentException e) {
      err.println(Msg.COMMAND.in(says, command, Msg.UNKNOWN_LANGUAGE.with(value)));
      return null;
    }
  }

  /**
   * The plan JSON files of {@code data/plans}, sorted (hidden files left out); null, with a message
   * naming the folder and what to run, when there is no such folder.
   */
  static List<Path> planFiles(Path data, String command, Lang says, PrintWriter err)
      throws IOException {
    org.planscope.service.DataFolder folder = org.planscope.service.DataFolder.at(data);
    if (!Files.isDirectory(folder.plansDir())) {
      err.println(Msg.COMMAND.in(says, command, Msg.NO_PLANS_FOLDER.with(folder.plansDir(), data)));
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
  static Plans readPlans(Path data, String command, Lang says, PrintWriter err) throws IOException {
    List<Path> files = planFiles(data, command, says, err);
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
        err.println(Msg.ERROR.in(says, e instanceof IOException
            ? Msg.FILE_REASON.with(f, e.getMessage()) : e.getMessage()));
      }
    }
    return new Plans(plans, failed);
  }
}
