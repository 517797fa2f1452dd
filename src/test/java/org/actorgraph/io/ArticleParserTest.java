package org.actorgraph.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.actorgraph.model.Article;
import org.actorgraph.model.Reject;
import org.actorgraph.model.Reject.Reason;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
  private final CollectingSink sink = new CollectingSink();
  private final List<Article> articles = sink.articles;
  private final List<Reject> rejects = sink.rejects;

  private void parse(String path, byte[] bytes, long max) {
    new ArticleParser(max).parse(path, new ByteArrayInputStream(bytes), sink);
  }

  private void parse(String path, String text) {
    parse(path, text.getBytes(StandardCharsets.UTF_8), 1_000_000);
  }

  @Test
  void aHugeSizeLimitStillReadsTheArticle() {
    // the evaluations pass an effectively unlimited size: the read limit must not overflow
    parse("/in/big-limit.txt", "The council met on Monday.".getBytes(StandardCharsets.UTF_8), Long.MAX_VALUE / 4);
    assertThat(rejects).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> assertThat(a.text()).startsWith("The council"));
  }

  @Test
  void textWithDateHeaderLine() {
    parse("/data/a1.txt", "date 2025-05-19\nPresident Macron said so.\n");
    assertThat(rejects).isEmpty();
    Article a = articles.get(0);
    assertThat(a.docId()).isEqualTo("a1.txt");
    assertThat(a.date()).hasToString("2025-05-19");
    assertThat(a.text()).isEqualTo("President Macron said so.\n");
    assertThat(a.line()).isNull();
  }

  @Test
  void dateHeaderFollowedByTextOnTheSameLine() {
    parse("/data/a2.txt.gz", "date 2025-05-19 President Macron said so.");
    Article a = articles.get(0);
    assertThat(a.docId()).isEqualTo("a2.txt.gz");
    assertThat(a.date()).hasToString("2025-05-19");
    // offsets are into the text after the header: "President" starts at 0
    assertThat(a.text()).startsWith("President");
  }

  @Test
  void noHeaderMeansNoDateAndTheWholeText() {
    parse("x.txt", "\uFEFFThe text.\r\nMore.");
    assertThat(articles.get(0).date()).isNull();
    assertThat(articles.get(0).text()).isEqualTo("The text.\r\nMore.");
  }

  @Test
  void anImpossibleDateKeepsTheArticleWithoutADate() {
    parse("x.txt", "date 2025-13-45\nText.");
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).date()).isNull();
    assertThat(articles.get(0).dateWarning()).startsWith("impossible date 2025-13-45");
  }

  @Test
  void badFilesBecomeRejectsWithReasons() {
    parse("empty.txt", new byte[0], 1000);
    parse("blank.txt", "date 2025-01-01\n  \n".getBytes(StandardCharsets.UTF_8), 1000);
    parse("bin.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2}, 1000);
    parse("latin1.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), 1000);
    parse("big.txt", "word ".repeat(400).getBytes(StandardCharsets.UTF_8), 1000);
    assertThat(articles).isEmpty();
    assertThat(rejects).extracting(Reject::reason)
        .containsExactly(Reason.EMPTY, Reason.EMPTY, Reason.BINARY, Reason.NOT_UTF8, Reason.TOO_LARGE);
    assertThat(rejects.get(4).detail()).contains("2000 bytes");
  }

  @Test
  void jsonLinesGiveOneArticleOrRejectPerNonBlankLine() {
    String jsonl =
        "{\"id\":\"a\",\"date\":\"2025-03-02T09:30:00Z\",\"title\":\"T\",\"source\":\"S\",\"url\":\"u\",\"text\":\"One.\"}\n"
            + "{\"text\": \"unterminated}\n"
            + "\n"
            + "{\"title\":\"no text\"}\n"
            + "{\"text\":\"   \"}\n"
            + "[1,2]\n"
            + "{\"text\":\"Two.\"}";
    parse("/in/feed.jsonl", jsonl);
    assertThat(articles).extracting(Article::docId).containsExactly("feed.jsonl:1", "feed.jsonl:7");
    assertThat(articles).extracting(Article::articleId).containsExactly("a", null);
    Article a = articles.get(0);
    assertThat(a.date()).hasToString("2025-03-02");
    assertThat(a.title()).isEqualTo("T");
    assertThat(a.source()).isEqualTo("S");
    assertThat(a.line()).isEqualTo(1);
    assertThat(rejects).extracting(r -> r.line() + ":" + r.reason().label())
        .containsExactly("2:malformed_json", "4:missing_text", "5:empty", "6:malformed_json");
  }

  @Test
  void aBadByteSpoilsOnlyItsLine() {
    byte[] good = "{\"text\":\"Good.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(good, 0, all, good.length + bad.length, good.length);
    parse("f.jsonl", all, 1000);
    assertThat(articles).hasSize(2);
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.reason()).isEqualTo(Reason.NOT_UTF8);
    });
  }

  @Test
  void anOverlongJsonLineIsSkippedNotBuffered() {
    String line = "{\"text\":\"" + "x".repeat(5000) + "\"}\n{\"text\":\"ok\"}\n";
    parse("f.jsonl", line.getBytes(StandardCharsets.UTF_8), 100);
    assertThat(articles).extracting(Article::text).containsExactly("ok");
    assertThat(rejects).singleElement().extracting(Reject::reason).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void aStreamThatFailsPartWayKeepsWhatWasReadAndRejectsTheRest() {
    byte[] first = "{\"text\":\"One.\"}\n{\"text\":\"Tw".getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new InputStream() {
          int i = 0;

          @Override
          public int read() throws IOException {
            if (i < first.length) {
              return first[i++];
            }
            throw new IOException("Unexpected end of ZLIB input stream");
          }
        };
    new ArticleParser(1000).parse("f.jsonl.gz", failing, sink);
    assertThat(articles).hasSize(1);
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(Reason.TRUNCATED);
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.detail()).contains("gzip stream ends early").contains("1 complete line(s) kept");
    });
  }

  private static byte[] gzip(byte[] b) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void aTruncatedGzipKeepsItsCompleteLinesAndRejectsTheTail() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("{\"text\":\"Line ").append(i).append(" of a feed about harbour tolls and ferries.\"}\n");
    }
    byte[] z = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
    parse("/in/cut.jsonl.gz", java.util.Arrays.copyOf(z, z.length - 200), 1_000_000);
    assertThat(articles).isNotEmpty().hasSizeLessThan(200);
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(Reason.TRUNCATED);
      assertThat(r.line()).isEqualTo(articles.size() + 1);
    });
  }

  @Test
  void aZeroByteCompressedFileIsEmpty() {
    parse("/in/none.jsonl.gz", new byte[0], 1000);
    parse("/in/none.txt.bz2", new byte[0], 1000);
    assertThat(rejects).extracting(r -> r.reason() + " " + r.detail())
        .containsExactly("EMPTY 0 bytes after gzip decompression", "EMPTY 0 bytes after bzip2 decompression");
    assertThat(rejects).allMatch(r -> r.line() == null);
  }

  @Test
  void utf16And32WithAByteOrderMarkAreDecoded() {
    String text = "Mayor Ines Duarte said the bridge reopens.";
    parse("a.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE), 1000);
    parse("b.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE), 1000);
    parse("c.txt", ("\uFEFF" + text).getBytes(java.nio.charset.Charset.forName("UTF-32LE")), 1000);
    parse("d.jsonl", ("\uFEFF{\"text\":\"" + text + "\"}\n{\"text\":\"x\"}").getBytes(StandardCharsets.UTF_16LE), 1000);
    assertThat(rejects).isEmpty();
    assertThat(articles).extracting(Article::text).containsExactly(text, text, text, text, "x");
  }

  @Test
  void rejectDetailsSayWhatAndWhere() {
    parse("f.jsonl", "{\"text\":null}\n{\"text\":\"a\"} {\"text\":\"b\"}\n{\"text\":7}\n{\"text\":\"ok\", }");
    assertThat(rejects).extracting(r -> r.line() + " " + r.reason().label() + " " + r.detail()).containsExactly(
        "1 missing_text \"text\" is null",
        "2 malformed_json more than one JSON value on the line: a second starts at column 14",
        "3 malformed_json \"text\" is a number, not a string",
        "4 malformed_json at column 16: Unexpected character ('}' (code 125)): was expecting double-quote to start field name");
    rejects.clear();
    byte[] bad = "Good start, then caf\u00e9 here.".getBytes(StandardCharsets.ISO_8859_1);
    parse("latin.txt", bad, 1000);
    assertThat(rejects.get(0).detail()).isEqualTo("invalid UTF-8 at byte 20 (0xE9), line 1 column 21");
  }

  @Test
  void datesOutOfRangeAreDroppedWithAWarning() {
    ArticleParser p = new ArticleParser(1000, java.time.LocalDate.of(2026, 6, 1));
    String lines = "{\"text\":\"a\",\"date\":\"0000-01-01\"}\n{\"text\":\"b\",\"date\":\"9999-12-31\"}\n"
        + "{\"text\":\"c\",\"date\":\"2025-02-29\"}\n{\"text\":\"d\",\"date\":\"May 5\"}\n"
        + "{\"text\":\"e\",\"date\":\"2027-05-31\"}\n{\"text\":\"f\",\"date\":\"1800-01-01\"}";
    p.parse("d.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), sink);
    assertThat(articles).extracting(a -> a.date() + " " + a.dateWarning()).containsExactly(
        "null date 0000-01-01 is before 1800",
        "null date 9999-12-31 is more than a year after the run (2026-06-01)",
        "null impossible date 2025-02-29: Invalid date 'February 29' as '2025' is not a leap year",
        "null unreadable date 'May 5': expected YYYY-MM-DD",
        "2027-05-31 null",
        "1800-01-01 null");
  }

  @Test
  void fileNamesAndFormats() {
    assertThat(ArticleParser.isJsonLines("a/b.jsonl.gz")).isTrue();
    assertThat(ArticleParser.isJsonLines("a/b.JSON.bz2")).isTrue();
    assertThat(ArticleParser.isJsonLines("a/b.txt.gz")).isFalse();
    assertThat(ArticleParser.baseName("/x/y/story-1.txt.bz2")).isEqualTo("story-1");
  }
}
