package org.actorgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.actorgraph.eval.PolnearCorpus.Attribution;
import org.junit.jupiter.api.Test;

class AttributionEvalTest {

  private static final String TEXT = "Spokeswoman Nadia Brooks says the orchestra has “never sold out a"
      + " huge hall.” He wants so.";

  @Test
  void parsesBratRelationsWithDiscontinuousSpans() {
    List<Attribution> atts = PolnearCorpus.parse(List.of(
        "T1\tSource 0 24\tSpokeswoman Nadia Brooks",
        "T2\tCue 25 29\tsays",
        "T3\tContent 30 47;48 77\tthe orchestra has “never sold out a huge hall.”",
        "T4\tAttribution 25 29\tsays",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tSource 78 80\tHe",
        "T6\tCue 81 86\twants",
        "T7\tContent 87 89\tso",
        "E2\tAttribution:T4 Content:T7 Cue:T6 Source:T5"));
    assertThat(atts).hasSize(2);
    Attribution a = atts.get(0);
    assertThat(a.content.begins).containsExactly(30, 48);
    assertThat(a.content.ends).containsExactly(47, 77);
    assertThat(a.source.text(TEXT)).isEqualTo("Spokeswoman Nadia Brooks");
    // a speech verb or a quotation mark makes a speech attribution; "wants" does not
    assertThat(AttributionEval.isSpeech(TEXT, a)).isTrue();
    assertThat(AttributionEval.isSpeech(TEXT, atts.get(1))).isFalse();
  }

  @Test
  void overlapRuleIsHalfTheShorterSpanInWords() {
    String t = "one two three four five six seven eight";
    Set<Integer> gold = AttributionEval.words(t, new int[] {0}, new int[] {t.length()}); // 8 words
    Set<Integer> three = AttributionEval.words(t, new int[] {0}, new int[] {13}); // one two three
    Set<Integer> outside = AttributionEval.words(t, new int[] {0}, new int[] {3});
    assertThat(gold).hasSize(8);
    assertThat(AttributionEval.overlaps(gold, three)).isTrue();
    // "three" only: 1 shared word of min(3, 6) is under half
    assertThat(AttributionEval.overlaps(three, AttributionEval.words(t, new int[] {8}, new int[] {t.length()})))
        .isFalse();
    // "two three four": 2 shared of min(3, 3)
    assertThat(AttributionEval.overlaps(three, AttributionEval.words(t, new int[] {4}, new int[] {18})))
        .isTrue();
    assertThat(AttributionEval.overlaps(outside, AttributionEval.words(t, new int[] {4}, new int[] {7})))
        .isFalse();
  }

  @Test
  void devSplitIsAListOfNames() {
    Set<String> dev = AttributionEval.devNames();
    assertThat(dev).hasSizeGreaterThan(100).allMatch(n -> n.matches("[a-z-]+_\\d{4}-\\d{2}-\\d{2}_.+"));
  }
}
