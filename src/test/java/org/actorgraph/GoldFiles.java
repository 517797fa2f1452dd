package org.actorgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the hand-annotated TSV files in {@code testdata/gold/}: header row, then rows. */
public final class GoldFiles {
  private GoldFiles() {}

  public static final Path DIR = Path.of("testdata", "gold");

  public static List<String[]> read(String name) {
    try {
      List<String> lines = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
      List<String[]> rows = new ArrayList<>();
      int columns = lines.get(0).split("\t", -1).length;
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          String[] f = line.split("\t", -1);
          if (f.length != columns) {
            throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
          }
          rows.add(f);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
