package org.actorgraph.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.model.Article;
import org.actorgraph.model.Reject;
import org.actorgraph.model.Reject.Reason;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns the bytes of one input file into articles and rejects. Plain Java, no Beam: the Beam layer
 * ({@link ReadArticles}) matches and opens files and hands the raw stream here.
 *
 * <p>{@code .txt} files hold one article with an optional {@code date YYYY-MM-DD} header; {@code
 * .jsonl} / {@code .json} files hold one JSON object per line. Every file ends as one article or
 * one reject (txt), or as one reject for the whole file or one article or reject per non-blank
 * line (JSON Lines), so counts reconcile: {@link Outcome} says which.
 *
 * <p>A document's id is the file's name relative to the input glob's base, plus {@code :line}
 * for JSON Lines: unique within a run, unlike a base name or the JSON {@code id}, which is
 * kept as {@code articleId}.
 */
public final class ArticleParser {

  /** Receives what the parser finds, in input order. */
  public interface Sink {
    void article(Article article);

    void reject(Reject reject);
  }

  /** What became of one file: rejected whole, or read with this many records (txt: 1). */
  public static final class Outcome {
    public final boolean fileRejected;
    public final int records;

    Outcome(boolean fileRejected, int records) {
      this.fileRejected = fileRejected;
      this.records = records;
    }
  }

  /** Header line: {@code date 2025-05-19}, optionally followed by text on the same line. */
  private static final Pattern DATE_HEADER =
      Pattern.compile("\\A\\s*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxArticleBytes;
  private final ArticleDates dates;

  public ArticleParser(long maxArticleBytes) {
    this(maxArticleBytes, LocalDate.now(ZoneOffset.UTC));
  }

  /** Dates more than a year after {@code runDate} are dropped with a warning. */
  public ArticleParser(long maxArticleBytes, LocalDate runDate) {
    this.maxArticleBytes = maxArticleBytes;
    this.dates = new ArticleDates(runDate);
  }

  /** True when the (decompressed) file name says JSON Lines. */
  public static boolean isJsonLines(String path) {
    String p = stripCompression(path.toLowerCase(Locale.ROOT));
    return p.endsWith(".jsonl") || p.endsWith(".json") || p.endsWith(".ndjson");
  }

  /** File name without folders and without the compression and format extensions. */
  public static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    name = stripCompression(name);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String stripCompression(String name) {
    for (String ext : new String[] {".gz", ".bz2", ".gzip", ".deflate", ".zst", ".zip"}) {
      if (name.toLowerCase(Locale.ROOT).endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  /** Parses one file named by its file name (doc ids are the file name, plus the line). */
  public Outcome parse(String sourcePath, InputStream raw, Sink sink) {
    return parse(sourcePath, sourcePath.substring(sourcePath.lastIndexOf('/') + 1), raw, sink);
  }

  /**
   * Parses one file, decompressing it by its extension. {@code name} (the path relative to the
   * input's base) makes the doc ids. Read errors become rejects, never exceptions.
   */
  public Outcome parse(String sourcePath, String name, InputStream raw, Sink sink) {
    Counting counted;
    try {
      counted = new Counting(Compressed.open(sourcePath, raw));
    } catch (IOException e) {
      Compressed.Failure f = Compressed.classify(sourcePath, e, 0);
      sink.reject(new Reject(sourcePath, null, f.reason, f.detail));
      return new Outcome(true, 0);
    }
    // counted below the buffer: a read error's detail says how far decompression got
    java.io.BufferedInputStream in = new java.io.BufferedInputStream(counted, 1 << 16);
    return isJsonLines(sourcePath)
        ? parseJsonLines(sourcePath, name, in, counted, sink)
        : parseText(sourcePath, name, in, counted, sink);
  }

  // ---------------------------------------------------------------- one article per file

  private Outcome parseText(String path, String name, InputStream in, Counting counted, Sink sink) {
    // a date header is allowed on top of the article's own limit; UTF-32 takes four bytes a char
    long limit = maxArticleBytes > (Long.MAX_VALUE - 64) / 4 ? Long.MAX_VALUE : 4 * maxArticleBytes + 64;
    Head head;
    try {
      head = readAtMost(in, limit);
    } catch (IOException e) {
      Compressed.Failure f = Compressed.classify(path, e, counted.count);
      return fileReject(sink, new Reject(path, null, f.reason, f.detail));
    }
    byte[] bytes = head.bytes;
    TextDecoding.Bom bom = TextDecoding.utf16or32(bytes, bytes.length);
    if (head.total > (bom == null ? maxArticleBytes + 64 : limit)) {
      return fileReject(sink, tooLarge(path, null, head.total));
    }
    if (bom != null) {
      try {
        // decoded by its mark, then checked as UTF-8 text like every other file
        bytes = TextDecoding.decode(bytes, bom.length, bytes.length, bom.charset, 0).getBytes(StandardCharsets.UTF_8);
      } catch (TextDecoding.DecodingException e) {
        return fileReject(sink, new Reject(path, null, Reason.NOT_UTF8, e.getMessage()));
      }
    }
    Reject problem = checkBytes(path, null, bytes, bytes.length, 0);
    if (problem != null) {
      return fileReject(sink, problem);
    }
    String raw;
    try {
      raw = TextDecoding.decode(bytes, 0, bytes.length, StandardCharsets.UTF_8, 0);
    } catch (TextDecoding.DecodingException e) {
      return fileReject(sink, new Reject(path, null, Reason.NOT_UTF8, e.getMessage() + lineAndColumn(bytes, e)));
    }
    ArticleDates.Result date = new ArticleDates.Result(null, null);
    String text = raw;
    Matcher m = DATE_HEADER.matcher(raw);
    boolean header = m.find();
    if (header) {
      date = dates.parse(m.group(1));
      text = raw.substring(m.end());
      // a header alone on its line: the text starts on the next line
      if (text.startsWith("\r\n")) {
        text = text.substring(2);
      } else if (text.startsWith("\n")) {
        text = text.substring(1);
      }
    }
    if (text.isBlank()) {
      return fileReject(sink, new Reject(path, null, Reason.EMPTY,
          header ? "no text after the date header" : "only white space"));
    }
    if (utf8Length(text) > maxArticleBytes) {
      return fileReject(sink, tooLarge(path, null, utf8Length(text)));
    }
    sink.article(new Article(name, path, null, date.date, Headline.of(text), null, null, text, null, date.warning));
    return new Outcome(false, 1);
  }

  private static Outcome fileReject(Sink sink, Reject r) {
    sink.reject(r);
    return new Outcome(true, 0);
  }

  // ---------------------------------------------------------------- JSON Lines

  private Outcome parseJsonLines(
      String path, String name, java.io.BufferedInputStream buffered, Counting counted, Sink sink) {
    InputStream in = buffered;
    // a UTF-16/32 byte order mark: the lines are split on the file transcoded to UTF-8
    byte[] mark = new byte[4];
    int marked;
    try {
      buffered.mark(4);
      marked = buffered.readNBytes(mark, 0, 4);
      buffered.reset();
    } catch (IOException e) {
      Compressed.Failure f = Compressed.classify(path, e, 0);
      return fileReject(sink, new Reject(path, null, f.reason, f.detail));
    }
    if (marked == 0) {
      return fileReject(sink, new Reject(path, null, Reason.EMPTY, "0 bytes" + compressedNote(path)));
    }
    TextDecoding.Bom bom = TextDecoding.utf16or32(mark, marked);
    if (bom != null) {
      try {
        buffered.skipNBytes(bom.length);
      } catch (IOException e) {
        Compressed.Failure f = Compressed.classify(path, e, 0);
        return fileReject(sink, new Reject(path, null, f.reason, f.detail));
      }
      in = TextDecoding.toUtf8(buffered, bom.charset);
    }
    LineReader lines = new LineReader(in, maxArticleBytes * 2 + 65536);
    int lineNo = 0;
    int records = 0;
    while (true) {
      LineReader.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        // the lines before are kept; the broken rest is one reject at the line it broke in
        Compressed.Failure f = Compressed.classify(path, e, counted.count);
        sink.reject(new Reject(path, lineNo + 1, f.reason, f.detail
            + (f.reason == Reason.TRUNCATED ? "; " + lineNo + " complete line(s) kept, the rest rejected" : "")));
        return new Outcome(false, records + 1);
      }
      if (line == null) {
        break;
      }
      lineNo++;
      if (line.truncated) {
        records++;
        sink.reject(tooLarge(path, lineNo, line.fullLength));
        continue;
      }
      if (isBlank(line.bytes, line.length)) {
        continue;
      }
      records++;
      Reject problem = checkBytes(path, lineNo, line.bytes, line.length, 0);
      if (problem != null) {
        sink.reject(problem);
        continue;
      }
      String json;
      try {
        json = TextDecoding.decode(line.bytes, 0, line.length, StandardCharsets.UTF_8, 0);
      } catch (TextDecoding.DecodingException e) {
        sink.reject(new Reject(path, lineNo, Reason.NOT_UTF8, e.getMessage().replace(" at byte ", " at byte offset ")
            + " of the line"));
        continue;
      }
      parseJsonArticle(path, name, lineNo, json, sink);
    }
    if (records == 0) {
      // a file with no line at all still is an input: one row says so
      return fileReject(sink, new Reject(path, null, Reason.EMPTY,
          lineNo == 0 ? "0 bytes" + compressedNote(path) : "no JSON line, only white space (" + lineNo + " lines)"));
    }
    return new Outcome(false, records);
  }

  private static String compressedNote(String path) {
    String format = Compressed.format(path);
    return format == null ? "" : " after " + format + " decompression";
  }

  private void parseJsonArticle(String path, String name, int lineNo, String json, Sink sink) {
    JsonNode node;
    try (JsonParser p = JSON.createParser(json)) {
      node = JSON.readTree(p);
      if (node != null && p.nextToken() != null) {
        // two objects on one line: which one is the article is a guess, so neither is taken
        JsonLocation at = p.currentTokenLocation();
        sink.reject(new Reject(path, lineNo, Reason.MALFORMED_JSON,
            "more than one JSON value on the line: a second starts at column " + at.getColumnNr()));
        return;
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      sink.reject(new Reject(path, lineNo, Reason.MALFORMED_JSON,
          (at == null ? "" : "at column " + at.getColumnNr() + ": ") + firstLine(e.getOriginalMessage())));
      return;
    } catch (IOException e) {
      sink.reject(new Reject(path, lineNo, Reason.MALFORMED_JSON, firstLine(e.getMessage())));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.reject(new Reject(path, lineNo, Reason.MALFORMED_JSON,
          "the line is " + (node == null ? "empty" : "a JSON " + kind(node)) + ", not a JSON object"));
      return;
    }
    JsonNode textNode = node.get("text");
    if (textNode == null) {
      sink.reject(new Reject(path, lineNo, Reason.MISSING_TEXT, "no \"text\" field"));
      return;
    }
    if (textNode.isNull()) {
      sink.reject(new Reject(path, lineNo, Reason.MISSING_TEXT, "\"text\" is null"));
      return;
    }
    if (!textNode.isTextual()) {
      sink.reject(new Reject(path, lineNo, Reason.MALFORMED_JSON, "\"text\" is a " + kind(textNode) + ", not a string"));
      return;
    }
    String text = textNode.asText();
    if (text.isBlank()) {
      sink.reject(new Reject(path, lineNo, Reason.EMPTY, text.isEmpty() ? "\"text\" is empty" : "\"text\" is only white space"));
      return;
    }
    int size = utf8Length(text);
    if (size > maxArticleBytes) {
      sink.reject(tooLarge(path, lineNo, size));
      return;
    }
    JsonNode dateNode = node.get("date");
    ArticleDates.Result date = dateNode != null && !dateNode.isNull() && !dateNode.isTextual()
        ? new ArticleDates.Result(null, "unreadable date: a JSON " + kind(dateNode) + ", expected a \"YYYY-MM-DD\" string")
        : dates.parse(string(node, "date"));
    String id = string(node, "id");
    sink.article(
        new Article(
            name + ":" + lineNo, path, lineNo, date.date, string(node, "title"), string(node, "source"),
            string(node, "url"), text, id == null || id.isBlank() ? null : id, date.warning));
  }

  private static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static @Nullable String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  // ---------------------------------------------------------------- checks

  private @Nullable Reject checkBytes(String path, @Nullable Integer line, byte[] b, int n, int origin) {
    if (isBlank(b, n)) {
      return new Reject(path, line, Reason.EMPTY, n == 0 ? "0 bytes" + (line == null ? compressedNote(path) : "") : "only white space");
    }
    // Text has no NUL bytes and few control characters; binary files have many of both.
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return new Reject(path, line, Reason.BINARY, "NUL byte at byte offset " + (i - origin)
            + (line == null ? "" : " of the line") + " (no UTF-16/32 byte order mark)");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > 8 && control * 20 > n) {
      return new Reject(path, line, Reason.BINARY, control + " control bytes in " + n);
    }
    return null;
  }

  private Reject tooLarge(String path, @Nullable Integer line, long size) {
    return new Reject(
        path, line, Reason.TOO_LARGE,
        (size > maxArticleBytes ? "over " : "") + size + " bytes; --maxArticleBytes=" + maxArticleBytes);
  }

  private static boolean isBlank(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        // a UTF-8 byte order mark alone counts as blank
        if (!(i == 0 && n >= 3 && c == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  /** " (line L, column C)" of the byte offset a decoding error names, for one-article files. */
  private static String lineAndColumn(byte[] bytes, TextDecoding.DecodingException e) {
    Matcher m = Pattern.compile("at byte (\\d+)").matcher(e.getMessage());
    if (!m.find()) {
      return "";
    }
    int at = Integer.parseInt(m.group(1));
    int line = 1;
    int col = 1;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        col = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        col++;
      }
    }
    return ", line " + line + " column " + col;
  }

  /** Decodes UTF-8 strictly (a leading byte order mark dropped); errors name their byte offset. */
  static String decodeUtf8(byte[] bytes, int length) throws java.nio.charset.CharacterCodingException {
    try {
      return TextDecoding.decode(bytes, 0, length, StandardCharsets.UTF_8, 0);
    } catch (TextDecoding.DecodingException e) {
      throw new java.nio.charset.CharacterCodingException() {
        @Override
        public String getMessage() {
          return e.getMessage();
        }
      };
    }
  }

  private static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** The first bytes of a stream and its full length. */
  private static final class Head {
    final byte[] bytes;
    final long total;

    Head(byte[] bytes, long total) {
      this.bytes = bytes;
      this.total = total;
    }
  }

  private static Head readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    long total = 0;
    int r;
    while ((r = in.read(buf)) != -1) {
      if (total < limit) {
        out.write(buf, 0, (int) Math.min(r, limit - total));
      }
      total += r;
    }
    return new Head(out.toByteArray(), total);
  }

  /** Counts the decompressed bytes read, for the details of read errors. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    /**
     * None said available: a BufferedInputStream above reads on while the stream says it has
     * more, and a decompressor says so until it fails, which would lose the bytes read so far.
     */
    @Override
    public int available() {
      return 0;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
