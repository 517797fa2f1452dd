package org.actorgraph.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.model.Article;
import org.actorgraph.model.Reject;
import org.actorgraph.model.Reject.Reason;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
  private final List<Article> articles = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final ArticleParser.Sink sink =
      new ArticleParser.Sink() {
        @Override
        public void article(Article a) {
          articles.add(a);
        }

        @Override
        public void reject(Reject r) {
          rejects.add(r);
        }
      };

  private void parse(String path, byte[] bytes, long max) {
    new ArticleParser(max).parse(path, new ByteArrayInputStream(bytes), sink);
  }

  private void parse(String path, String text) {
    parse(path, text.getBytes(StandardCharsets.UTF_8), 1_000_000);
  }

  @Test
  void textWithDateHeaderLine() {
    parse("/data/a1.txt", "date 2025-05-19\nPresident Macron said so.\n");
    assertThat(rejects).isEmpty();
    Article a = articles.get(0);
    assertThat(a.docId()).isEqualTo("a1");
    assertThat(a.date()).hasToString("2025-05-19");
    assertThat(a.text()).isEqualTo("President Macron said so.\n");
    assertThat(a.line()).isNull();
  }

  @Test
  void dateHeaderFollowedByTextOnTheSameLine() {
    parse("/data/a2.txt.gz", "date 2025-05-19 President Macron said so.");
    Article a = articles.get(0);
    assertThat(a.docId()).isEqualTo("a2");
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
    assertThat(articles).extracting(Article::docId).containsExactly("a", "feed:7");
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
      assertThat(r.reason()).isEqualTo(Reason.UNREADABLE);
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.detail()).contains("ZLIB");
    });
  }

  @Test
  void fileNamesAndFormats() {
    assertThat(ArticleParser.isJsonLines("a/b.jsonl.gz")).isTrue();
    assertThat(ArticleParser.isJsonLines("a/b.JSON.bz2")).isTrue();
    assertThat(ArticleParser.isJsonLines("a/b.txt.gz")).isFalse();
    assertThat(ArticleParser.baseName("/x/y/story-1.txt.bz2")).isEqualTo("story-1");
  }
}
