package org.actorgraph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The output folder of a run. Tables are written into a staging folder inside it and moved into
 * place only when the job has finished, so a killed or failed run never leaves table files a
 * reader could take for a finished run; {@code _SUCCESS} is written last. A lock file keeps a
 * second run from writing into the same folder at the same time; a lock left by a killed run on
 * this machine is recognised by its process id and taken over. Works on any file system Beam
 * knows; the lock and the clean-up of a dead run's staging folder need a local path.
 */
public final class OutputFolder {
  public static final String MANIFEST = "_manifest.json";
  public static final String SUCCESS = "_SUCCESS";
  public static final String LOCK = "_RUNNING";
  static final String STAGING_PREFIX = "_staging-";

  private final String output;
  private final String staging;
  private final List<String> extraFiles;
  private boolean locked;

  /** A folder of tables only. */
  public OutputFolder(String output) {
    this(output, List.of());
  }

  /**
   * @param extraFiles names of files other layers write beside the tables (the report): part of
   *     a previous run, so replaced with it
   */
  public OutputFolder(String output, List<String> extraFiles) {
    this.output = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
    this.staging = this.output + "/" + STAGING_PREFIX + UUID.randomUUID().toString().substring(0, 8);
    this.extraFiles = List.copyOf(extraFiles);
  }

  /** Files of a previous finished (or pre-staging) run: table files, the manifest, markers. */
  public List<ResourceId> previousRun() throws IOException {
    List<String> specs = new ArrayList<>();
    for (String t : Tables.ALL) {
      specs.add(output + "/" + t + "/*");
    }
    specs.add(output + "/" + MANIFEST);
    specs.add(output + "/" + SUCCESS);
    for (String f : extraFiles) {
      specs.add(output + "/" + f);
    }
    List<ResourceId> found = new ArrayList<>();
    for (MatchResult r : FileSystems.match(specs, EmptyMatchTreatment.ALLOW)) {
      if (r.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : r.metadata()) {
          found.add(m.resourceId());
        }
      }
    }
    return found;
  }

  /**
   * Makes the folder ready: takes the lock, and fails with a clear message if another run holds
   * it or a previous run is there and {@code overwrite} is false. The previous run stays in place
   * until {@link #publish} replaces it, so a failed run with --overwrite loses nothing.
   */
  public void prepare(boolean overwrite) throws IOException {
    List<ResourceId> previous = previousRun();
    if (!previous.isEmpty() && !overwrite) {
      throw new IllegalStateException(
          "--output=" + output + " already holds the tables of a previous run ("
              + previous.size() + " files); choose another folder or pass --overwrite to replace them");
    }
    lock();
  }

  /** Where the job writes its tables until {@link #publish}. */
  public String stagingPath() {
    return staging;
  }

  /**
   * Moves the staged tables into place, replacing a previous run's files, and fills tables the run
   * left empty. Call the manifest write and then {@link #finish} after it.
   */
  public void publish() throws IOException {
    checkLock();
    List<ResourceId> previous = previousRun();
    FileSystems.delete(previous, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    List<ResourceId> from = new ArrayList<>();
    List<ResourceId> to = new ArrayList<>();
    for (String t : Tables.ALL) {
      MatchResult r = FileSystems.match(staging + "/" + t + "/*.parquet", EmptyMatchTreatment.ALLOW);
      if (r.status() != MatchResult.Status.OK) {
        continue;
      }
      for (MatchResult.Metadata m : r.metadata()) {
        from.add(m.resourceId());
        to.add(FileSystems.matchNewResource(output + "/" + t + "/" + m.resourceId().getFilename(), false));
      }
    }
    if (isLocal()) {
      for (String t : Tables.ALL) {
        Files.createDirectories(localPath().resolve(t));
      }
    }
    FileSystems.rename(from, to);
    fillEmptyTables();
    deleteStaging();
  }

  /** Marks the run complete and releases the lock. */
  public void finish() throws IOException {
    write(SUCCESS, "");
    unlock();
  }

  /** A failed run: its staged files go, the previous run (if any) stays, the lock is released. */
  public void abort() throws IOException {
    deleteStaging();
    unlock();
  }

  public void write(String name, String content) throws IOException {
    ResourceId file = FileSystems.matchNewResource(output + "/" + name, false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, MimeTypes.TEXT))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Writes an empty Parquet file with the table's schema into every table folder the run left
   * empty (a corpus with no rejects, say), so readers find every table.
   */
  List<String> fillEmptyTables() throws IOException {
    List<String> filled = new ArrayList<>();
    for (String t : Tables.ALL) {
      MatchResult r = FileSystems.match(output + "/" + t + "/*.parquet", EmptyMatchTreatment.ALLOW);
      if (r.status() == MatchResult.Status.OK && !r.metadata().isEmpty()) {
        continue;
      }
      ResourceId file = FileSystems.matchNewResource(output + "/" + t + "/part-00000-of-00001.parquet", false);
      ParquetIO.Sink sink = ParquetIO.sink(WriteTables.avroSchema(t));
      try (WritableByteChannel ch = FileSystems.create(file, MimeTypes.BINARY)) {
        sink.open(ch);
        sink.flush();
      }
      filled.add(t);
    }
    return filled;
  }

  public String path() {
    return output;
  }

  private boolean isLocal() {
    return !output.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*") || output.startsWith("file://");
  }

  private Path localPath() {
    return local(output);
  }

  private static Path local(String path) {
    return Paths.get(path.startsWith("file://") ? path.substring("file://".length()) : path);
  }

  /** The lock holds this process's id; a lock whose process is gone is a killed run's, and is taken over. */
  private void lock() throws IOException {
    if (!isLocal()) {
      return;
    }
    Path dir = localPath();
    Files.createDirectories(dir);
    Path lock = dir.resolve(LOCK);
    String me = Long.toString(ProcessHandle.current().pid());
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        Files.writeString(Files.createFile(lock), me + "\n");
        locked = true;
        return;
      } catch (FileAlreadyExistsException e) {
        String holder = readLock(lock);
        if (holder != null && isAlive(holder)) {
          throw new IllegalStateException(
              "--output=" + output + " is being written by another run (process " + holder
                  + "); wait for it or choose another folder");
        }
        // a killed run's lock: its staged files are garbage
        try (Stream<Path> s = Files.list(dir)) {
          for (Path p : (Iterable<Path>) s.filter(q -> q.getFileName().toString().startsWith(STAGING_PREFIX))::iterator) {
            deleteTree(p);
          }
        }
        Files.deleteIfExists(lock);
      }
    }
    throw new IllegalStateException("--output=" + output + ": could not take the lock " + LOCK);
  }

  private void checkLock() {
    if (locked && !lockIsOurs()) {
      throw new IllegalStateException(
          "--output=" + output + ": another run took the lock " + LOCK + " while this one ran; not publishing");
    }
  }

  /** Removes the lock only while it is still ours: a run that lost it must not free another's. */
  private void unlock() throws IOException {
    if (locked && lockIsOurs()) {
      Files.deleteIfExists(localPath().resolve(LOCK));
    }
    locked = false;
  }

  private boolean lockIsOurs() {
    return Long.toString(ProcessHandle.current().pid()).equals(readLock(localPath().resolve(LOCK)));
  }

  private static String readLock(Path lock) {
    try {
      return Files.readString(lock).trim();
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isAlive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void deleteStaging() throws IOException {
    if (isLocal()) {
      deleteTree(local(staging));
      return;
    }
    MatchResult r = FileSystems.match(staging + "/**", EmptyMatchTreatment.ALLOW);
    if (r.status() == MatchResult.Status.OK) {
      List<ResourceId> files = new ArrayList<>();
      r.metadata().forEach(m -> files.add(m.resourceId()));
      FileSystems.delete(files, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
