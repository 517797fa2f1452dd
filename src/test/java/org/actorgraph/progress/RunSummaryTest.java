package org.actorgraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
  static final Map<String, Long> COUNTERS = Map.ofEntries(
      Map.entry("files", 12L), Map.entry("articles", 9L), Map.entry("rejects", 3L),
      Map.entry("rejects_empty", 2L), Map.entry("rejects_not_utf8", 1L),
      Map.entry("analysis_failures", 1L), Map.entry("documents", 8L), Map.entry("sentences", 1234L),
      Map.entry("mentions", 77L), Map.entry("rows_actors", 20L), Map.entry("statements", 15L),
      Map.entry("statements_attributed", 11L), Map.entry("rows_actor_statement_counts", 6L),
      Map.entry("rows_comentions", 140L), Map.entry("cogbk-keys", 18L), Map.entry("article_bytes", 5000L));

  @Test
  void saysWhatWentInWhatCameOutAndWhere() {
    String s = RunSummary.of("DONE", Duration.ofMillis(33_200), COUNTERS, "/data/run", true);
    assertThat(s).startsWith("actorgraph: DONE in 33.2 s\n")
        .contains("input        12 files: 9 articles, 4 rejects (2 empty, 1 analysis_failed, 1 not_utf8)")
        .contains("documents    8 (1,234 sentences)")
        .contains("mentions     77, of 20 actors")
        .contains("statements   15, 11 with a speaker, 6 speakers")
        .contains("output       /data/run (complete: _SUCCESS)");
    // internal counters stay in the manifest
    assertThat(s).doesNotContain("cogbk").doesNotContain("article_bytes").doesNotContain("rows_");
  }

  @Test
  void aFailedRunSaysNothingWasPublished() {
    String s = RunSummary.of("FAILED", Duration.ofSeconds(125), Map.of(), "out", false);
    assertThat(s).startsWith("actorgraph: FAILED in 2m05s\n").contains("input        0 files: 0 articles, 0 rejects\n")
        .contains("out (nothing published)");
  }

  @Test
  void progressCountsInputsSoItReachesTheTotal() {
    // 25 articles and 10 rejects of 35 inputs: done, not "25/35"
    String line = ProgressReporter.line(35, 10, 35, 2.0, 1.0, 20);
    assertThat(line).startsWith("progress: 35/35 inputs (25 articles, 10 rejects)")
        .endsWith("analysis done, writing tables");
    assertThat(ProgressReporter.line(5, 0, 35, 1.0, 1.0, 5)).contains("5/35 inputs (5 articles, 0 rejects)")
        .contains("ETA 0m30s");
  }

  @Test
  void theTotalCountsEveryFileAndTheNonBlankLinesOfJsonLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"x\"}\n\n  \n{\"text\":\"y\"}");
    java.nio.file.Files.writeString(dir.resolve("b.txt"), "");
    java.nio.file.Files.writeString(dir.resolve("c.txt"), "An article.");
    assertThat(ProgressReporter.countInput(java.util.List.of(dir + "/*"))).isEqualTo(4);
    // as the reader sees them: a dangling link and a blank JSON Lines file are one reject each,
    // and a file two globs match is one input
    java.nio.file.Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("no-such-file.txt"));
    java.nio.file.Files.writeString(dir.resolve("blank.jsonl"), "\n  \n");
    assertThat(ProgressReporter.countInput(java.util.List.of(dir + "/*", dir + "/c.txt"))).isEqualTo(6);
  }
}
