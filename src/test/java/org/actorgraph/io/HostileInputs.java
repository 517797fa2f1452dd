package org.actorgraph.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * Writes a folder of hostile inputs beside good ones, and {@code expected.tsv} (outside it):
 * for each file (and line), {@code document} or the reject reason it must get. {@code make
 * test-hostile} runs the job on it and checks every entry and the manifest's reconciliation.
 * All texts are invented.
 *
 * <pre>java -cp target/test-classes:target/actorgraph-bundled.jar org.actorgraph.io.HostileInputs DIR</pre>
 */
public final class HostileInputs {
  /** Articles over this size are rejected: the run passes it as --maxArticleBytes. */
  public static final int MAX_BYTES = 400_000;

  private final Path dir;
  private final List<String> expected = new ArrayList<>();

  private HostileInputs(Path dir) {
    this.dir = dir;
  }

  public static void main(String[] args) throws IOException {
    if (args[0].equals("--max-bytes")) {
      System.out.println(MAX_BYTES);
      return;
    }
    Path root = Path.of(args[0]);
    Path in = root.resolve("in");
    if (Files.exists(root)) {
      try (var s = Files.walk(root)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(in.resolve("sub"));
    HostileInputs h = new HostileInputs(in);
    h.writeAll();
    Files.write(root.resolve("expected.tsv"), h.expected, StandardCharsets.UTF_8);
    System.out.println("hostile inputs: " + h.expected.size() + " expectations in " + root.resolve("expected.tsv"));
  }

  private static final String STORY =
      "Mayor Ines Duarte said on Tuesday that the harbour bridge would reopen in March.\n"
          + "\u201cWe have waited long enough,\u201d Duarte told reporters at the town hall.\n"
          + "The ferry operator Nordvik Lines said it would cut fares while the works last.\n";

  private static String story(int n) {
    return "Councillor Tomas Berg" + n + " said the budget for school " + n + " was approved.\n" + STORY;
  }

  private static String json(String text) {
    return "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
  }

  private void expect(String name, Integer line, String outcome, String kind) {
    expected.add(name + "\t" + (line == null ? "" : line) + "\t" + outcome + "\t" + kind);
  }

  private void write(String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }

  private void write(String name, String text) throws IOException {
    write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] bzip2(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new BZip2CompressorOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] bom(String text, Charset cs) {
    return ("\uFEFF" + text).getBytes(cs);
  }

  private void writeAll() throws IOException {
    // ------------------------------------------------------------ good inputs (10 kinds)
    write("good-plain.txt", "date 2025-04-01\n" + story(1));
    write("good-inline-date.txt", "date 2025-04-02 " + story(2));
    write("good.txt.gz", gzip(story(3).getBytes(StandardCharsets.UTF_8)));
    write("good.txt.bz2", bzip2(story(4).getBytes(StandardCharsets.UTF_8)));
    write("good-crlf.jsonl", (json(story(5)) + "\r\n" + json(story(6)) + "\r\n").getBytes(StandardCharsets.UTF_8));
    write("good-utf8-bom.txt", bom(story(7), StandardCharsets.UTF_8));
    write("good-emoji.txt", "date 2025-04-03\nThe crowd cheered \uD83C\uDF89 as Jose\u0301 Almeida said the pier was saved.\n" + STORY);
    write("good-not-really.txt.gz", story(8)); // named .gz, not compressed: read as it is
    write("sub/good-plain.txt", "date 2025-04-04\n" + story(9)); // same base name in a sub-folder
    write("good-plain.txt.bz2", bzip2(story(10).getBytes(StandardCharsets.UTF_8))); // x.txt beside x.txt.bz2
    for (String f : List.of("good-plain.txt", "good-inline-date.txt", "good.txt.gz", "good.txt.bz2",
        "good-utf8-bom.txt", "good-emoji.txt", "good-not-really.txt.gz", "sub/good-plain.txt", "good-plain.txt.bz2")) {
      expect(f, null, "document", "good");
    }
    expect("good-crlf.jsonl", 1, "document", "good: CRLF JSON Lines");
    expect("good-crlf.jsonl", 2, "document", "good: CRLF JSON Lines");

    // ------------------------------------------------------------ encodings (6 kinds)
    write("utf16le-bom.txt", bom(story(11), StandardCharsets.UTF_16LE));
    expect("utf16le-bom.txt", null, "document", "UTF-16LE with a byte order mark");
    write("utf16be-bom.jsonl", bom(json(story(12)) + "\n" + json(story(13)) + "\n", StandardCharsets.UTF_16BE));
    expect("utf16be-bom.jsonl", 1, "document", "UTF-16BE JSON Lines with a byte order mark");
    expect("utf16be-bom.jsonl", 2, "document", "UTF-16BE JSON Lines with a byte order mark");
    write("utf32le-bom.txt", bom(story(14), Charset.forName("UTF-32LE")));
    expect("utf32le-bom.txt", null, "document", "UTF-32LE with a byte order mark");
    write("latin1.txt", ("Caf\u00e9 owners said " + story(15)).getBytes(StandardCharsets.ISO_8859_1));
    expect("latin1.txt", null, "not_utf8", "Latin-1 text");
    byte[] lone = bom("Broken ", StandardCharsets.UTF_16LE);
    lone = Arrays.copyOf(lone, lone.length + 2);
    lone[lone.length - 2] = 0x00;
    lone[lone.length - 1] = (byte) 0xDC; // a low surrogate alone
    write("utf16-lone-surrogate.txt", lone);
    expect("utf16-lone-surrogate.txt", null, "not_utf8", "UTF-16 with an unpaired surrogate");
    write("utf16-no-bom.txt", story(16).getBytes(StandardCharsets.UTF_16LE));
    expect("utf16-no-bom.txt", null, "binary", "UTF-16 without a byte order mark");

    // ------------------------------------------------------------ empty and binary (6 kinds)
    write("empty.txt", new byte[0]);
    expect("empty.txt", null, "empty", "zero bytes");
    write("blank.txt", " \n\t\n  \n");
    expect("blank.txt", null, "empty", "white space only");
    write("header-only.txt", "date 2025-04-05\n\n");
    expect("header-only.txt", null, "empty", "a date header and nothing else");
    write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    expect("image.txt", null, "binary", "PNG bytes named .txt");
    write(".hidden-junk", new byte[] {0, 1, 2, 3, 4, 5});
    expect(".hidden-junk", null, "binary", "a hidden binary file");
    write("blank-lines.jsonl", "\n\n   \n");
    expect("blank-lines.jsonl", null, "empty", "JSON Lines with blank lines only");

    // ------------------------------------------------------------ compression (6 kinds)
    write("zero.jsonl.gz", new byte[0]);
    expect("zero.jsonl.gz", null, "empty", "zero-byte .jsonl.gz");
    write("zero.txt.bz2", new byte[0]);
    expect("zero.txt.bz2", null, "empty", "zero-byte .txt.bz2");
    byte[] z = gzip(story(17).repeat(20).getBytes(StandardCharsets.UTF_8));
    write("truncated.txt.gz", Arrays.copyOf(z, z.length / 2));
    expect("truncated.txt.gz", null, "truncated", "a .txt.gz cut in half");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      lines.append(json(story(100 + i))).append('\n');
    }
    byte[] zl = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    write("truncated.jsonl.gz", Arrays.copyOf(zl, zl.length * 2 / 3));
    expect("truncated.jsonl.gz", null, "some documents, then truncated", "a .jsonl.gz cut at two thirds");
    byte[] corrupt = gzip(story(18).getBytes(StandardCharsets.UTF_8));
    for (int i = 12; i < corrupt.length - 8; i++) {
      corrupt[i] = (byte) (corrupt[i] ^ 0x5A);
    }
    write("corrupt.txt.gz", corrupt);
    expect("corrupt.txt.gz", null, "unreadable", "gzip header, scrambled data");
    byte[] zb = bzip2(story(19).repeat(10).getBytes(StandardCharsets.UTF_8));
    write("truncated.txt.bz2", Arrays.copyOf(zb, zb.length / 2));
    expect("truncated.txt.bz2", null, "truncated", "a .txt.bz2 cut in half");

    // ------------------------------------------------------------ JSON Lines, line by line (13 kinds)
    String big = "word ".repeat(MAX_BYTES / 4);
    String[][] jl = {
      {json(story(20)), "document", "a good line"},
      {json(story(21)) + " " + json(story(22)), "malformed_json", "two objects on one line"},
      {"{\"text\":null}", "missing_text", "text is null"},
      {"{\"title\":\"Harbour\"}", "missing_text", "no text field"},
      {"{\"text\":42}", "malformed_json", "text is a number"},
      {"[\"text\",\"array\"]", "malformed_json", "a JSON array"},
      {"{\"text\":\"unterminated", "malformed_json", "an unterminated string"},
      {"{\"text\":\"\"}", "empty", "text is an empty string"},
      {"{\"text\":\"" + big + "\"}", "too_large", "text over --maxArticleBytes"},
      {"{\"text\":\"nul \u0000 inside\"}", "binary", "a raw NUL byte in the line"},
      {"{\"id\":\"dup-1\",\"text\":\"" + story(23).replace("\n", " ") + "\"}", "document", "a duplicated JSON id (1)"},
      {"{\"id\":\"dup-1\",\"text\":\"" + story(24).replace("\n", " ") + "\"}", "document", "a duplicated JSON id (2)"},
      {"{\"text\":\"" + story(25).replace("\n", " ") + "\",\"date\":\"2025-13-45\"}", "document+warning", "impossible date 2025-13-45"},
      {"{\"text\":\"" + story(26).replace("\n", " ") + "\",\"date\":\"2025-02-29\"}", "document+warning", "Feb 29 of a common year"},
      {"{\"text\":\"" + story(27).replace("\n", " ") + "\",\"date\":\"0000-01-01\"}", "document+warning", "year 0"},
      {"{\"text\":\"" + story(28).replace("\n", " ") + "\",\"date\":\"9999-12-31\"}", "document+warning", "year 9999"},
      {"{\"text\":\"" + story(29).replace("\n", " ") + "\",\"date\":\"yesterday\"}", "document+warning", "a date that is not one"},
    };
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    for (int i = 0; i < jl.length; i++) {
      mixed.write(jl[i][0].getBytes(StandardCharsets.UTF_8));
      mixed.write('\n');
      expect("mixed.jsonl", i + 1, jl[i][1], jl[i][2]);
    }
    byte[] latin = "{\"text\":\"Caf\u00e9 line\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    mixed.write(latin);
    expect("mixed.jsonl", jl.length + 1, "not_utf8", "a Latin-1 byte in one line");
    write("mixed.jsonl", mixed.toByteArray());

    // ------------------------------------------------------------ files and sizes (4 kinds)
    write("too-large.txt", big + big);
    expect("too-large.txt", null, "too_large", "a .txt over --maxArticleBytes");
    StringBuilder run = new StringBuilder();
    String[] w = {"council", "harbour", "budget", "ferry", "Duarte", "tolls", "and", "school"};
    java.util.Random r = new java.util.Random(16);
    while (run.length() < MAX_BYTES - 1000) {
      run.append(w[r.nextInt(w.length)]).append(' ');
    }
    write("no-punctuation.txt", run.toString());
    expect("no-punctuation.txt", null, "document", "390 KB without sentence punctuation");
    write("one-endless-word.txt", "x".repeat(MAX_BYTES - 1000));
    expect("one-endless-word.txt", null, "document", "390 KB without white space");
    write("date-far-past.txt", "date 0000-01-01\n" + story(30));
    expect("date-far-past.txt", null, "document+warning", "a .txt dated year 0");

    // ------------------------------------------------------------ entries that are not files (3 kinds)
    Files.createSymbolicLink(dir.resolve("dangling.txt"), Path.of("no-such-article.txt"));
    expect("dangling.txt", null, "unreadable", "a dangling symbolic link");
    Files.createSymbolicLink(dir.resolve("link-to-good.txt"), Path.of("good-plain.txt"));
    expect("link-to-good.txt", null, "document", "a symbolic link to a good file");
    Path fifo = dir.resolve("pipe.txt");
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
      if (p.waitFor() == 0) {
        expect("pipe.txt", null, "unreadable", "a named pipe");
      }
    } catch (IOException | InterruptedException e) {
      // no mkfifo here: one kind fewer
    }
  }
}
