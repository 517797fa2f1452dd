package org.actorgraph.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Globs are matched with every entry accounted for, and names are relative to the common base. */
class InputFilesTest {
  @TempDir Path dir;

  @Test
  void theCommonBaseIsTheDeepestFolderOfAllGlobs() {
    assertThat(InputFiles.commonBase(List.of("/data/2025/a/*.txt", "/data/2025/b/x.jsonl"))).isEqualTo("/data/2025/");
    assertThat(InputFiles.commonBase(List.of("/data/in/*"))).isEqualTo("/data/in/");
    assertThat(InputFiles.commonBase(List.of("/data/in/**/*.gz", "/data/info.txt"))).isEqualTo("/data/");
    assertThat(InputFiles.absolute(List.of("rel/*.txt")).get(0)).startsWith("/").endsWith("/rel/*.txt");
  }

  @Test
  void danglingLinksAndPipesAreEntriesWithAProblemAndFoldersAreNot() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "text");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("a.txt"), "text");
    Files.createSymbolicLink(dir.resolve("gone.txt"), Path.of("nowhere.txt"));
    List<InputFiles.Entry> found = new ArrayList<>();
    String base = InputFiles.commonBase(List.of(dir + "/*", dir + "/sub/*"));
    InputFiles.match(dir + "/*", base, found::add);
    InputFiles.match(dir + "/sub/*", base, found::add);
    assertThat(found).extracting(e -> e.name + (e.problem == null ? "" : " !"))
        .containsExactlyInAnyOrder("a.txt", "gone.txt !", "sub/a.txt");
    assertThat(found).filteredOn(e -> e.problem != null).singleElement()
        .satisfies(e -> assertThat(e.problem).startsWith("dangling symbolic link"));
  }
}
