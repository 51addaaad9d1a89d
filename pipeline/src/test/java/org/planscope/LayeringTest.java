package org.planscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering of the product code (test classes are not imported), as the README's
 * Layout section and each {@code package-info.java} state it:
 *
 * <pre>
 *   model, lexicon                         the bottom: no other planscope package
 *   ingest, text, structure, extract       the extraction stages, and the root package's Pipeline:
 *                                          never index, audit, json, export, web, cli, bench
 *   format, json, audit, export, index     readers of extracted plans
 *   web, cli                               front ends; cli is also the composition root
 *   bench                                  the benchmark: only cli (BenchCommand) imports it
 * </pre>
 *
 * <p>No package cycles, the root package ({@code Pipeline}, {@code BuildId}) counted as one
 * package. Each third-party library is used from one package only.
 */
class LayeringTest {
  static final String ROOT = "org.planscope";
  static JavaClasses product;

  @BeforeAll
  static void importProduct() {
    product = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  static String pkg(String name) {
    return ROOT + "." + name + "..";
  }

  @Test
  void modelAndLexiconImportNoOtherPlanscopePackage() {
    for (String bottom : new String[] {"model", "lexicon"}) {
      noClasses().that().resideInAPackage(pkg(bottom))
          .should().dependOnClassesThat(
              DescribedPredicate.describe(
                  "are planscope classes outside " + bottom,
                  (JavaClass c) -> c.getPackageName().startsWith(ROOT)
                      && !c.getPackageName().startsWith(ROOT + "." + bottom)))
          .check(product);
    }
  }

  @Test
  void extractionStagesNeverImportTheirReaders() {
    noClasses().that().resideInAnyPackage(pkg("ingest"), pkg("text"), pkg("structure"),
            pkg("extract"), ROOT)
        .should().dependOnClassesThat().resideInAnyPackage(pkg("index"), pkg("audit"),
            pkg("web"), pkg("cli"), pkg("bench"), pkg("json"), pkg("export"))
        .check(product);
  }

  /**
   * The benchmark is a tool, not part of the product: only the command line wires it
   * ({@code cli.BenchCommand} hands it the Lucene index stage, {@code cli.BenchIndexStage}).
   */
  @Test
  void onlyTheCommandLineImportsTheBenchmark() {
    noClasses().that().resideOutsideOfPackages(pkg("bench"), pkg("cli"))
        .should().dependOnClassesThat().resideInAPackage(pkg("bench"))
        .check(product);
    noClasses().that().resideInAPackage(pkg("bench"))
        .should().dependOnClassesThat().resideInAnyPackage(pkg("index"), pkg("web"), pkg("cli"))
        .check(product);
  }

  @Test
  void noPackageCycles() {
    slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String p = c.getPackageName();
        if (p.equals(ROOT)) {
          return SliceIdentifier.of("(root)");
        }
        if (p.startsWith(ROOT + ".")) {
          return SliceIdentifier.of(p.substring(ROOT.length() + 1).split("\\.")[0]);
        }
        return SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "planscope packages";
      }
    }).should().beFreeOfCycles().check(product);
  }

  @Test
  void eachLibraryFromOnePackage() {
    // poi-scratchpad (HWPF, Word 97-2003) reads .doc list formats; poi and poi-ooxml write workbooks
    only("ingest", "org.apache.tika..", "org.apache.pdfbox..", "org.apache.poi.hwpf..");
    only("text", "com.hankcs..");
    only("index", "org.apache.lucene..", "org.apache.solr..");
    only("json", "com.fasterxml.jackson..");
    only("cli", "picocli..");
    onlyExcept("export", "org.apache.poi..", "org.apache.poi.hwpf..");
  }

  /** Like {@link #only}, for a library whose one sub-package is another library's. */
  static void onlyExcept(String owner, String library, String other) {
    noClasses().that().resideOutsideOfPackage(pkg(owner))
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(library)
            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(other))))
        .as("only " + owner + " uses " + library + " (but " + other + ")")
        .check(product);
  }

  static void only(String owner, String... libraries) {
    noClasses().that().resideOutsideOfPackage(pkg(owner))
        .should().dependOnClassesThat().resideInAnyPackage(libraries)
        .as("only " + owner + " uses " + String.join(", ", libraries))
        .check(product);
  }
}
