package org.actorgraph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The output folder of a run: refuses to mix two runs' tables, replaces them on request, and writes
 * the manifest. Works on any file system Beam knows.
 */
public final class OutputFolder {
  public static final String MANIFEST = "_manifest.json";

  private final String output;

  public OutputFolder(String output) {
    this.output = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
  }

  /** Files of a previous run: table files and the manifest. */
  public List<ResourceId> previousRun() throws IOException {
    List<String> specs = new ArrayList<>();
    for (String t : Tables.ALL) {
      specs.add(output + "/" + t + "/*");
    }
    specs.add(output + "/" + MANIFEST);
    specs.add(output + "/report.html");
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
   * Makes the folder ready: fails with a clear message if a previous run is there and {@code
   * overwrite} is false; deletes that run's files (and only those) if it is true.
   */
  public void prepare(boolean overwrite) throws IOException {
    List<ResourceId> previous = previousRun();
    if (previous.isEmpty()) {
      return;
    }
    if (!overwrite) {
      throw new IllegalStateException(
          "--output=" + output + " already holds the tables of a previous run ("
              + previous.size() + " files); choose another folder or pass --overwrite to replace them");
    }
    FileSystems.delete(previous, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
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
  public List<String> fillEmptyTables() throws IOException {
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
}
