package org.actorgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgTest {

  static int count(String s, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void escapesMarkupAndQuotes() {
    assertThat(Svg.esc("<a href=\"x\">Tom & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    assertThat(Svg.esc(null)).isEmpty();
    assertThat(Svg.esc("a\u0001b")).isEqualTo("a b");
  }

  @Test
  void formatsNumbersWithoutLocale() {
    assertThat(Svg.num(7604)).isEqualTo("7,604");
    assertThat(Svg.num(1.18442)).isEqualTo("1.18");
    assertThat(Svg.num(Double.NaN)).isEqualTo("–");
    assertThat(Svg.c(0.25)).isEqualTo("0.3");
  }

  @Test
  void stackedBarsDrawOneRectPerNonZeroPartAndTheTotal() {
    String svg = Svg.bars("chart-x", "t",
        List.of(new Svg.Bar("Donald Trump", new double[] {3, 0, 4}, null),
            new Svg.Bar("Kyriakos <Mitsotakis>", new double[] {3, 1, 2}, "tip")),
        List.of("direct", "partial", "indirect"), List.of("#111111", "#222222", "#333333"));
    assertThat(svg).startsWith("<svg class=\"chart\" id=\"chart-x\"").endsWith("</svg>");
    // 3 legend swatches + 2 + 3 bar segments
    assertThat(count(svg, "<rect")).isEqualTo(3 + 5);
    assertThat(svg).contains(">7</text>").contains(">6</text>");
    assertThat(svg).contains("Kyriakos &lt;Mitsotakis&gt;").doesNotContain("<Mitsotakis>");
    // the longest bar spans the whole plot width (440)
    assertThat(svg).containsPattern("width=\"(251\\.4|188\\.6)\"");
  }

  @Test
  void emptyInputsGiveAnExplicitEmptyChart() {
    assertThat(Svg.bars("chart-y", "t", List.of(), List.of("a"), List.of("#000000")))
        .contains("class=\"chart empty\"").contains("no data").doesNotContain("<rect");
    assertThat(Svg.lines("chart-z", "t", List.of(), List.of()))
        .contains("class=\"chart empty\"");
    assertThat(Svg.heatmap("chart-h", "t", List.of(), new double[0][0], null, "#4e79a7"))
        .contains("class=\"chart empty\"");
  }

  @Test
  void linesHaveOnePathPerSeriesAndDotsOnNonZeroPoints() {
    String svg = Svg.lines("chart-t", "t", List.of("2019-01", "2019-02", "2019-03"),
        List.of(new Svg.Series("all", new double[] {4, 0, 2}),
            new Svg.Series("Trump", new double[] {1, 0, 0})));
    assertThat(count(svg, "<path")).isEqualTo(2);
    assertThat(count(svg, "<circle")).isEqualTo(3);
    assertThat(svg).contains("2019-02").contains("Trump, 2019-01: 1");
    // y axis goes to 4 (step 1): the 4 sits at the top of the plot
    assertThat(svg).contains(">4</text>");
    assertThat(svg).doesNotContain("NaN");
  }

  @Test
  void heatmapSkipsNaNCellsAndScalesColour() {
    double nan = Double.NaN;
    double[][] v = {{nan, 4, 1}, {4, nan, nan}, {1, nan, nan}};
    String[][] tips = new String[3][3];
    tips[0][1] = "A × B: 4";
    String svg = Svg.heatmap("chart-h", "t", List.of("A", "B", "C"), v, tips, "#4e79a7");
    assertThat(count(svg, "class=\"cell\"")).isEqualTo(4);
    assertThat(svg).contains("<title>A × B: 4</title>").contains("<title>A × C: 1</title>");
    // the maximum gets (almost) the full colour, the scale is labelled with it
    assertThat(svg).contains("fill=\"#4e79a7\"").contains(">4</text>");
  }

  @Test
  void heatmapPrintsFullLabelsAndEveryValue() {
    double nan = Double.NaN;
    String longName = "Organisation for Economic Co-operation and Development";
    double[][] v = {{nan, 12}, {12, nan}};
    String svg = Svg.heatmap("chart-h", "t", List.of(longName, "B"), v, null, "#4e79a7");
    // rows: number and full name; columns: the number, the name on hover
    assertThat(svg).contains(">1. " + longName + "</text>").contains(">2. B</text>")
        .contains(">1<title>" + longName + "</title></text>");
    assertThat(count(svg, "class=\"value\"")).isEqualTo(2);
    assertThat(svg).contains("pointer-events=\"none\">12</text>");
    assertThat(svg).doesNotContain("rotate(");
  }

  @Test
  void mixesColours() {
    assertThat(Svg.mix("#ffffff", "#000000", 0.5)).isEqualTo("#808080");
    assertThat(Svg.mix("#ffffff", "#4e79a7", 1)).isEqualTo("#4e79a7");
    assertThat(Svg.niceStep(31, 5)).isEqualTo(10);
    assertThat(Svg.niceStep(3, 5)).isEqualTo(1);
  }
}
