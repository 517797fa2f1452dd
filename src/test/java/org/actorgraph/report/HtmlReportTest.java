package org.actorgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static ReportData sample() {
    ReportData d = new ReportData();
    d.outputDir = "out";
    d.runInfo.put("runner", "DirectRunner");
    d.counters.put("files", 3L);
    d.counters.put("sentences", 40L);
    d.tableRows.put("documents", 2L);
    d.tableRows.put("statements", 5L);
    d.tableRows.put("rejects", 1L);
    d.unattributedStatements = 1;
    d.firstDate = LocalDate.parse("2025-03-01");
    d.lastDate = LocalDate.parse("2025-03-10");
    d.speakers.add(new ReportData.Speaker("donald-trump", "Donald Trump", "PERSON", 3, 2, 0, 1, 2));
    d.speakers.add(new ReportData.Speaker("who", "World Health Organization", "ORGANIZATION", 1,
        0, 0, 1, 1));
    d.topActors.add(new ReportData.Actor("united-states", "United States", "LOCATION",
        List.of("US"), 9, 2));
    d.topActors.add(new ReportData.Actor("donald-trump", "Donald Trump", "PERSON",
        List.of("Trump"), 5, 2));
    d.topActors.add(new ReportData.Actor("who", "World Health Organization", "ORGANIZATION",
        List.of("WHO"), 2, 1));
    d.comentions.add(new ReportData.Comention("donald-trump", "united-states", "document", 2, 2,
        0.5, 1.0));
    d.comentions.add(new ReportData.Comention("donald-trump", "united-states", "sentence", 3, 2,
        1.5, 0.4));
    d.comentions.add(new ReportData.Comention("united-states", "who", "document", 1, 1, -0.2,
        0.5));
    d.people.add(d.speakers.get(0));
    d.topPeople.add(d.topActors.get(1));
    d.topPeople.add(new ReportData.Actor("per:marlow.i", "Ines Marlow-Okafor", "PERSON", List.of(), 2, 1));
    d.comentions.add(new ReportData.Comention("donald-trump", "per:marlow.i", "document", 1, 1, 0.7,
        0.5));
    d.quotes.put("donald-trump", List.of(
        new ReportData.Quote("donald-trump", "We will <b>win</b> & stay", "direct", 0.9,
            "Talks \"resume\"", "https://news.example/a?x=1&y=2", "Example News",
            LocalDate.parse("2025-03-01"), "a.txt"),
        new ReportData.Quote("donald-trump", "tariffs stay", "indirect", 0.6, null,
            "javascript:alert(1)", null, null, "b.txt")));
    d.dailyStatements.put(LocalDate.parse("2025-03-01"), 2L);
    d.dailyStatements.put(LocalDate.parse("2025-03-10"), 2L);
    d.speakerDaily.put("donald-trump", new TreeMap<>());
    d.speakerDaily.get("donald-trump").put(LocalDate.parse("2025-03-10"), 2L);
    d.rejects.add(new ReportData.RejectGroup("too_large", 1, List.of("big.txt — over 32768 bytes")));
    return d;
  }

  @Test
  void pageHasEveryChartAndNoExternalResources() {
    String html = HtmlReport.render(sample());
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    for (String id : List.of("chart-speakers", "chart-speakers-people", "chart-timeline",
        "chart-heatmap-document", "chart-heatmap-sentence", "chart-heatmap-people", "chart-rejects")) {
      assertThat(html).contains("<svg class=\"chart\" id=\"" + id + "\"");
    }
    assertThat(html).doesNotContain("<script");
    // links to the quoted articles are links, not resources the page loads
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").replaceAll("<a href=\"[^\"]*\"", ""))
        .doesNotContain("http://").doesNotContain("https://").doesNotContain("<link")
        .doesNotContain("<img");
    assertThat(html).contains("2025-03-01 to 2025-03-10").contains(">4</div><div class=\"k\">"
        + "with a speaker");
    assertThat(html).contains("Donald Trump × United States (sentence): 3 sentences in 2 documents;"
        + " PMI 1.50, Jaccard 0.40");
    assertThat(html).contains("big.txt — over 32768 bytes");
  }

  @Test
  void timelineUsesDaysForShortSpansAndFillsGaps() {
    String html = HtmlReport.render(sample());
    assertThat(html).contains("Statements per day");
    // 2025-03-01 .. 2025-03-10 is 10 buckets; labels every bucket (≤ 12)
    assertThat(html).contains(">2025-03-05</text>");
  }

  @Test
  void grainsAndBuckets() {
    LocalDate a = LocalDate.parse("2019-01-04");
    LocalDate b = LocalDate.parse("2025-06-03");
    assertThat(HtmlReport.Grain.of(a, b)).isEqualTo(HtmlReport.Grain.MONTH);
    assertThat(HtmlReport.Grain.of(a, a.plusDays(30))).isEqualTo(HtmlReport.Grain.DAY);
    assertThat(HtmlReport.Grain.of(a, a.plusYears(20))).isEqualTo(HtmlReport.Grain.YEAR);
    List<LocalDate> months = HtmlReport.buckets(HtmlReport.Grain.MONTH, a, b);
    assertThat(months).hasSize(6 * 12 + 6).first().isEqualTo(LocalDate.parse("2019-01-01"));
    TreeMap<LocalDate, Long> daily = new TreeMap<>();
    daily.put(a, 2L);
    daily.put(LocalDate.parse("2019-01-30"), 3L);
    daily.put(b, 1L);
    double[] v = HtmlReport.bucketed(HtmlReport.Grain.MONTH, months, daily);
    assertThat(v[0]).isEqualTo(5);
    assertThat(v[v.length - 1]).isEqualTo(1);
    assertThat(v[1]).isZero();
  }

  @Test
  void heatmapIsSymmetricAndPerScope() {
    ReportData d = sample();
    String doc = HtmlReport.heatmap(d, d.topActors, "document", "h", "#4e79a7");
    // two pairs, both directions
    assertThat(SvgTest.count(doc, "class=\"cell\"")).isEqualTo(4);
    String sent = HtmlReport.heatmap(d, d.topActors, "sentence", "h", "#e15759");
    assertThat(SvgTest.count(sent, "class=\"cell\"")).isEqualTo(2);
    String para = HtmlReport.heatmap(d, d.topActors, "paragraph", "h", "#e15759");
    assertThat(para).contains("chart empty").contains("no paragraph co-mentions");
  }

  @Test
  void peopleViewsShowOnlyPeople() {
    ReportData d = sample();
    String html = HtmlReport.render(d);
    String people = html.substring(html.indexOf("id=\"chart-speakers-people\""));
    people = people.substring(0, people.indexOf("</svg>"));
    assertThat(people).contains("Donald Trump").doesNotContain("World Health Organization");
    String heat = HtmlReport.heatmap(d, d.topPeople, "document", "chart-heatmap-people", "#59a14f");
    assertThat(heat).contains("2. Ines Marlow-Okafor").doesNotContain("United States");
    assertThat(SvgTest.count(heat, "class=\"cell\"")).isEqualTo(2);
  }

  @Test
  void quotesAreEscapedAndLinkOnlyToWebAddresses() {
    String html = HtmlReport.render(sample());
    String q = html.substring(html.indexOf("<section id=\"quotes\""));
    q = q.substring(0, q.indexOf("</section>"));
    assertThat(q).contains("<h3>Donald Trump</h3>")
        .contains("We will &lt;b&gt;win&lt;/b&gt; &amp; stay")
        .contains("<a href=\"https://news.example/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">"
            + "Talks &quot;resume&quot;</a>, Example News, 2025-03-01")
        .contains("indirect · b.txt")
        .doesNotContain("<b>").doesNotContain("javascript:");
    assertThat(HtmlReport.safeUrl(" HTTPS://x.example/p ")).isEqualTo("HTTPS://x.example/p");
    assertThat(HtmlReport.safeUrl("data:text/html,<script>")).isNull();
    assertThat(HtmlReport.safeUrl("//x.example")).isNull();
  }

  @Test
  void emptyRunStillRenders() {
    ReportData d = new ReportData();
    String html = HtmlReport.render(d);
    assertThat(html).contains("id=\"chart-speakers\"").contains("no data")
        .contains("no dated statements").contains("no rejects");
  }
}
