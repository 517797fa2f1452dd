package org.actorgraph.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.actorgraph.model.Article;
import org.actorgraph.model.Reject;

/**
 * Fuzzes the article reader: whatever the bytes, it never throws, and every file ends as one
 * article or one reject (txt), or one file reject or one outcome per record (JSON Lines), the
 * invariant the manifest's reconciliation rests on.
 */
class ArticleParserFuzzTest {
  private static final List<String> NAMES =
      List.of("a.txt", "a.txt.gz", "a.txt.bz2", "a.jsonl", "a.jsonl.gz", "a.json.bz2");

  private static final class Collect implements ArticleParser.Sink {
    final List<Article> articles = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();

    @Override
    public void article(Article a) {
      articles.add(a);
    }

    @Override
    public void reject(Reject r) {
      rejects.add(r);
    }
  }

  private static void checkAccounting(String name, ArticleParser.Outcome o, Collect c) {
    if (o.fileRejected) {
      assertThat(c.articles).isEmpty();
      assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.line()).isNull());
    } else if (ArticleParser.isJsonLines(name)) {
      assertThat(c.articles.size() + c.rejects.size()).isEqualTo(o.records);
      assertThat(c.rejects).allSatisfy(r -> assertThat(r.line()).isNotNull());
    } else {
      assertThat(c.articles).hasSize(1);
      assertThat(c.rejects).isEmpty();
    }
    for (Article a : c.articles) {
      assertThat(a.text()).isNotBlank();
      assertThat(a.docId()).startsWith(name);
      assertThat(a.date() == null || a.date().getYear() >= 1800).isTrue();
    }
    for (Reject r : c.rejects) {
      assertThat(r.detail()).isNotBlank().doesNotStartWith(":").doesNotEndWith("Exception");
    }
  }

  private static ArticleParser.Outcome parse(String name, byte[] bytes, Collect c) {
    return new ArticleParser(2000).parse("/fuzz/" + name, new ByteArrayInputStream(bytes), c);
  }

  @Property(tries = 400)
  void anyBytesUnderAnyNameAreAccountedFor(
      @ForAll @Size(max = 600) byte[] bytes, @ForAll @IntRange(min = 0, max = 5) int nameIndex) {
    String name = NAMES.get(nameIndex);
    Collect c = new Collect();
    checkAccounting(name, parse(name, bytes, c), c);
  }

  @Provide
  Arbitrary<String> jsonLines() {
    Arbitrary<String> field = Arbitraries.of("text", "id", "date", "title", "txt");
    Arbitrary<String> value = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""),
        Arbitraries.strings().all().ofMaxLength(8).map(s -> "\"" + s + "\""),
        Arbitraries.of("null", "42", "[1]", "{}", "\"2025-02-29\"", "\"0000-01-01\"", "\"\\ud83c\""));
    Arbitrary<String> member = net.jqwik.api.Combinators.combine(field, value).as((f, v) -> "\"" + f + "\":" + v);
    Arbitrary<String> object = member.list().ofMaxSize(4).map(m -> "{" + String.join(",", m) + "}");
    Arbitrary<String> line = Arbitraries.oneOf(object, object.map(o -> o + " " + o), Arbitraries.of("", "  ", "[", "}{"));
    return line.list().ofMaxSize(8).map(l -> String.join("\n", l));
  }

  @Property(tries = 300)
  void jsonLinesGiveOneOutcomePerNonBlankLine(@ForAll("jsonLines") String content) {
    Collect c = new Collect();
    ArticleParser.Outcome o = parse("f.jsonl", content.getBytes(StandardCharsets.UTF_8), c);
    checkAccounting("f.jsonl", o, c);
    long nonBlank = Arrays.stream(content.split("\n", -1)).filter(l -> !l.isBlank()).count();
    if (nonBlank == 0) {
      assertThat(o.fileRejected).isTrue();
    } else {
      assertThat(o.records).isEqualTo(nonBlank);
    }
  }

  @Property(tries = 200)
  void aCutGzipKeepsALineOnlyIfItWasComplete(
      @ForAll("jsonLines") String content, @ForAll @IntRange(min = 0, max = 100) int keepPercent) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(content.getBytes(StandardCharsets.UTF_8));
    }
    byte[] gz = out.toByteArray();
    byte[] cut = Arrays.copyOf(gz, gz.length * keepPercent / 100);
    Collect c = new Collect();
    ArticleParser.Outcome o = parse("f.jsonl.gz", cut, c);
    checkAccounting("f.jsonl.gz", o, c);
    Collect whole = new Collect();
    parse("f.jsonl.gz", gz, whole);
    // what a cut file yields is what the whole file yields up to the cut: no half line as an article
    for (Article a : c.articles) {
      assertThat(whole.articles).contains(a);
    }
  }
}
