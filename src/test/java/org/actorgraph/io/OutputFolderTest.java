package org.actorgraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's tables appear only when it finished; a killed or concurrent run never mixes in. */
class OutputFolderTest {
  @TempDir Path dir;

  private static void stage(OutputFolder f, String table, String name) throws Exception {
    Path p = Path.of(f.stagingPath(), table, name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "rows");
  }

  @Test
  void stagedTablesAreInvisibleUntilPublished() throws Exception {
    OutputFolder f = new OutputFolder(dir.toString());
    f.prepare(false);
    stage(f, Tables.STATEMENTS, "part-00000-of-00002.parquet");
    assertThat(f.previousRun()).isEmpty();
    assertThat(dir.resolve(Tables.STATEMENTS)).doesNotExist();

    f.publish();
    f.write(OutputFolder.MANIFEST, "{}");
    f.finish();
    assertThat(dir.resolve(Tables.STATEMENTS).resolve("part-00000-of-00002.parquet")).hasContent("rows");
    // every other table gets an empty file with its schema
    assertThat(dir.resolve(Tables.REJECTS).resolve("part-00000-of-00001.parquet")).exists();
    assertThat(dir.resolve(OutputFolder.SUCCESS)).exists();
    assertThat(dir.resolve(OutputFolder.LOCK)).doesNotExist();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(OutputFolder.STAGING_PREFIX));
    }
  }

  @Test
  void aFailedOverwriteKeepsThePreviousRun() throws Exception {
    OutputFolder first = new OutputFolder(dir.toString());
    first.prepare(false);
    stage(first, Tables.DOCUMENTS, "part-00000-of-00001.parquet");
    first.publish();
    first.finish();

    OutputFolder second = new OutputFolder(dir.toString());
    assertThatThrownBy(() -> second.prepare(false)).hasMessageContaining("--overwrite");
    second.prepare(true);
    stage(second, Tables.DOCUMENTS, "part-00000-of-00003.parquet");
    second.abort();
    assertThat(dir.resolve(Tables.DOCUMENTS).resolve("part-00000-of-00001.parquet")).hasContent("rows");
    assertThat(dir.resolve(Tables.DOCUMENTS).resolve("part-00000-of-00003.parquet")).doesNotExist();
    assertThat(dir.resolve(OutputFolder.SUCCESS)).exists();
  }

  @Test
  void filesOtherLayersWroteBesideTheTablesGoWithTheirRun() throws Exception {
    Files.writeString(dir.resolve("summary.html"), "old run's page");
    OutputFolder f = new OutputFolder(dir.toString(), java.util.List.of("summary.html"));
    assertThat(f.previousRun()).hasSize(1);
    assertThatThrownBy(() -> f.prepare(false)).hasMessageContaining("--overwrite");
    f.prepare(true);
    f.publish();
    f.finish();
    // an overwrite leaves no page of the previous run beside the new tables
    assertThat(dir.resolve("summary.html")).doesNotExist();
  }

  @Test
  void aSecondRunIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
    OutputFolder first = new OutputFolder(dir.toString());
    first.prepare(false);
    OutputFolder second = new OutputFolder(dir.toString());
    assertThatThrownBy(() -> second.prepare(true)).hasMessageContaining("another run");
    first.abort();
    second.prepare(true);
    second.abort();
  }

  @Test
  void aKilledRunsLockAndStagingAreTakenOver() throws Exception {
    Path dead = dir.resolve(OutputFolder.STAGING_PREFIX + "deadbeef").resolve(Tables.MENTIONS);
    Files.createDirectories(dead);
    Files.writeString(dead.resolve("part-00000-of-00001.parquet"), "half");
    // a pid no live process has: beyond the kernel's pid_max
    Files.writeString(dir.resolve(OutputFolder.LOCK), "2147483646\n");

    OutputFolder f = new OutputFolder(dir.toString());
    f.prepare(false);
    assertThat(dir.resolve(OutputFolder.STAGING_PREFIX + "deadbeef")).doesNotExist();
    assertThat(dir.resolve(OutputFolder.LOCK)).content().contains(Long.toString(ProcessHandle.current().pid()));
    f.abort();
    assertThat(dir.resolve(OutputFolder.LOCK)).doesNotExist();
  }

  @Test
  void aRunThatLostItsLockNeitherPublishesNorFreesTheOthersLock() throws Exception {
    OutputFolder f = new OutputFolder(dir.toString());
    f.prepare(false);
    stage(f, Tables.STATEMENTS, "part-00000-of-00001.parquet");
    Files.writeString(dir.resolve(OutputFolder.LOCK), "1\n"); // another run took it over
    assertThatThrownBy(f::publish).hasMessageContaining("not publishing");
    f.abort();
    assertThat(dir.resolve(OutputFolder.LOCK)).hasContent("1");
    assertThat(dir.resolve(Tables.STATEMENTS)).doesNotExist();
  }
}
