package org.actorgraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.actorgraph.model.AnalyzedArticle;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;

/** Table offsets count code points: Python's text[begin:end] and DuckDB's substring agree with them. */
class CodePointsTest {

  /** text[begin:end] in code points, as Python slices. */
  private static String slice(String text, int begin, int end) {
    int[] cps = text.codePoints().toArray();
    return new String(cps, begin, end - begin);
  }

  @Test
  void offsetsAfterAnEmojiMoveBackByOneAndCombiningMarksCountAsThemselves() {
    String text = "Fans \uD83C\uDF89\uD83C\uDF89 cheered Jose\u0301 Almeida.";
    CodePoints cp = CodePoints.of(text);
    int b = text.indexOf("Jose");
    int e = text.indexOf(" Almeida");
    assertThat(cp.at(b)).isEqualTo(b - 2); // two emoji, each two UTF-16 units
    assertThat(slice(text, cp.at(b), cp.at(e))).isEqualTo("Jose\u0301");
    assertThat(cp.length(text)).isEqualTo((int) text.codePoints().count()).isEqualTo(text.length() - 2);
  }

  @Test
  void textWithoutSurrogatesKeepsItsOffsets() {
    String text = "Jos\u00e9 Almeida said so.";
    CodePoints cp = CodePoints.of(text);
    assertThat(cp.at(5)).isEqualTo(5);
    assertThat(cp.length(text)).isEqualTo(text.length());
  }

  @Test
  void mentionRowsSliceToTheirSurfaceInCodePoints() {
    String text = "The crowd cheered \uD83C\uDF89 as Jose\u0301 Almeida said the pier was saved.\n"
        + "\u201cWe won,\u201d Mayor Ines Duarte told reporters \uD83D\uDE00 in Porto.";
    Article article = Article.of("emoji.txt", text);
    AnalyzedArticle a = ArticleAnalyzer.withDefaults().analyze(article);
    CodePoints cp = CodePoints.of(text);
    assertThat(a.mentions).isNotEmpty();
    for (Mention m : a.mentions) {
      Row r = Rows.mention(article, m, cp);
      assertThat(slice(text, r.getInt32("begin"), r.getInt32("end"))).isEqualTo(r.getString("surface"));
    }
    Row doc = Rows.document(a, cp);
    assertThat(doc.getInt32("n_chars")).isEqualTo((int) text.codePoints().count());
    for (int i = 0; i < a.statements.size(); i++) {
      Row s = Rows.statement(a, a.statements.get(i), i, cp);
      if (s.getInt32("speaker_begin") != null) {
        assertThat(slice(text, s.getInt32("speaker_begin"), s.getInt32("speaker_end")))
            .isEqualTo(s.getString("speaker_surface"));
      }
      assertThat(slice(text, s.getInt32("cue_begin"), s.getInt32("cue_end"))).isEqualTo(s.getString("cue"));
    }
  }
}
