package org.actorgraph.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.model.Article;
import org.actorgraph.model.Reject;
import org.actorgraph.model.Reject.Reason;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns the bytes of one input file into articles and rejects. Plain Java, no Beam: the Beam layer
 * ({@link ReadArticles}) opens and decompresses files and hands the stream here.
 *
 * <p>{@code .txt} files hold one article with an optional {@code date YYYY-MM-DD} header; {@code
 * .jsonl} / {@code .json} files hold one JSON object per line. Every file (txt) or non-blank line
 * (JSON) ends as exactly one article or one reject, so counts reconcile.
 */
public final class ArticleParser {

  /** Receives what the parser finds, in input order. */
  public interface Sink {
    void article(Article article);

    void reject(Reject reject);
  }

  /** Header line: {@code date 2025-05-19}, optionally followed by text on the same line. */
  private static final Pattern DATE_HEADER =
      Pattern.compile("\\A\\s*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxArticleBytes;

  public ArticleParser(long maxArticleBytes) {
    this.maxArticleBytes = maxArticleBytes;
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

  /** Parses one file. I/O errors part way become an {@code unreadable} reject, never an exception. */
  public void parse(String sourcePath, InputStream in, Sink sink) {
    if (isJsonLines(sourcePath)) {
      parseJsonLines(sourcePath, in, sink);
    } else {
      parseText(sourcePath, in, sink);
    }
  }

  // ---------------------------------------------------------------- one article per file

  private void parseText(String path, InputStream in, Sink sink) {
    // a date header is allowed on top of the article's own limit
    long limit = maxArticleBytes + 64;
    Head head;
    try {
      head = readAtMost(in, limit);
    } catch (IOException e) {
      sink.reject(new Reject(path, null, Reason.UNREADABLE, describe(e)));
      return;
    }
    if (head.total > limit) {
      sink.reject(tooLarge(path, null, head.total));
      return;
    }
    byte[] bytes = head.bytes;
    Reject problem = checkBytes(path, null, bytes, bytes.length);
    if (problem != null) {
      sink.reject(problem);
      return;
    }
    String raw;
    try {
      raw = decodeUtf8(bytes, bytes.length);
    } catch (CharacterCodingException e) {
      sink.reject(new Reject(path, null, Reason.NOT_UTF8, describe(e)));
      return;
    }
    LocalDate date = null;
    String text = raw;
    Matcher m = DATE_HEADER.matcher(raw);
    if (m.find()) {
      date = parseDate(m.group(1));
      text = raw.substring(m.end());
      // a header alone on its line: the text starts on the next line
      if (text.startsWith("\r\n")) {
        text = text.substring(2);
      } else if (text.startsWith("\n")) {
        text = text.substring(1);
      }
    }
    if (text.isBlank()) {
      sink.reject(new Reject(path, null, Reason.EMPTY, "no text after the date header"));
      return;
    }
    if (utf8Length(text) > maxArticleBytes) {
      sink.reject(tooLarge(path, null, utf8Length(text)));
      return;
    }
    sink.article(new Article(baseName(path), path, null, date, Headline.of(text), null, null, text));
  }

  // ---------------------------------------------------------------- JSON Lines

  private void parseJsonLines(String path, InputStream in, Sink sink) {
    String stem = baseName(path);
    LineReader lines = new LineReader(in, maxArticleBytes * 2 + 65536);
    int lineNo = 0;
    while (true) {
      LineReader.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        sink.reject(new Reject(path, lineNo + 1, Reason.UNREADABLE, describe(e)));
        return;
      }
      if (line == null) {
        return;
      }
      lineNo++;
      if (line.truncated) {
        sink.reject(tooLarge(path, lineNo, line.fullLength));
        continue;
      }
      if (isBlank(line.bytes, line.length)) {
        continue;
      }
      Reject problem = checkBytes(path, lineNo, line.bytes, line.length);
      if (problem != null) {
        sink.reject(problem);
        continue;
      }
      String json;
      try {
        json = decodeUtf8(line.bytes, line.length);
      } catch (CharacterCodingException e) {
        sink.reject(new Reject(path, lineNo, Reason.NOT_UTF8, describe(e)));
        continue;
      }
      parseJsonArticle(path, stem, lineNo, json, sink);
    }
  }

  private void parseJsonArticle(String path, String stem, int lineNo, String json, Sink sink) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      sink.reject(new Reject(path, lineNo, Reason.MALFORMED_JSON, firstLine(e.getOriginalMessage())));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.reject(new Reject(path, lineNo, Reason.MALFORMED_JSON, "line is not a JSON object"));
      return;
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      sink.reject(new Reject(path, lineNo, Reason.MISSING_TEXT, "no \"text\" field"));
      return;
    }
    if (!textNode.isTextual()) {
      sink.reject(new Reject(path, lineNo, Reason.MALFORMED_JSON, "\"text\" is not a string"));
      return;
    }
    String text = textNode.asText();
    if (text.isBlank()) {
      sink.reject(new Reject(path, lineNo, Reason.EMPTY, "\"text\" is empty"));
      return;
    }
    int size = utf8Length(text);
    if (size > maxArticleBytes) {
      sink.reject(tooLarge(path, lineNo, size));
      return;
    }
    String id = string(node, "id");
    String docId = id != null && !id.isBlank() ? id : stem + ":" + lineNo;
    String dateText = string(node, "date");
    LocalDate date = dateText == null || dateText.length() < 10 ? null : parseDate(dateText.substring(0, 10));
    sink.article(
        new Article(
            docId, path, lineNo, date, string(node, "title"), string(node, "source"),
            string(node, "url"), text));
  }

  private static @Nullable String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  // ---------------------------------------------------------------- checks

  private @Nullable Reject checkBytes(String path, @Nullable Integer line, byte[] b, int n) {
    if (isBlank(b, n)) {
      return new Reject(path, line, Reason.EMPTY, n == 0 ? "0 bytes" : "only white space");
    }
    // Text has no NUL bytes and few control characters; binary files have many of both.
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return new Reject(path, line, Reason.BINARY, "NUL byte at offset " + i);
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

  static String decodeUtf8(byte[] bytes, int length) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars;
    try {
      chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
    } catch (MalformedInputException e) {
      throw new CharacterCodingException() {
        @Override
        public String getMessage() {
          return "invalid UTF-8 (" + e.getInputLength() + " bad byte(s))";
        }
      };
    }
    String s = chars.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static @Nullable LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null; // a bad date does not lose the article; the date stays null
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

  private static String describe(Exception e) {
    String msg = e.getMessage();
    return e.getClass().getSimpleName() + (msg == null ? "" : ": " + firstLine(msg));
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
