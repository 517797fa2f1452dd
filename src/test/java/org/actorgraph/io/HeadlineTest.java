package org.actorgraph.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {
  @Test
  void aShortUnpunctuatedFirstLineBeforeABlankLineIsTheHeadline() {
    assertThat(Headline.of("Harbour strike ends after nine days\n\nDock workers returned on Monday."))
        .isEqualTo("Harbour strike ends after nine days");
    assertThat(Headline.of("\n  Council votes on ferry fares  \r\n\r\nThe vote was close."))
        .isEqualTo("Council votes on ferry fares");
    // a question mark inside is fine; only the end matters
    assertThat(Headline.of("Who pays? Ministers split on levy\n \nThe levy would apply from May."))
        .isEqualTo("Who pays? Ministers split on levy");
  }

  @Test
  void aSentenceOrAParagraphIsNot() {
    assertThat(Headline.of("Dock workers returned on Monday.\n\nThe strike had lasted nine days.")).isNull();
    assertThat(Headline.of("\"We are back,\" the union said:\n\nMore text.")).isNull();
    assertThat(Headline.of("Dock workers returned on Monday\nafter nine days on strike.")).isNull();
    assertThat(Headline.of("A line alone with no body after it\n\n")).isNull();
    assertThat(Headline.of("word ".repeat(31) + "\n\nBody.")).isNull();
    assertThat(Headline.of("x".repeat(201) + "\n\nBody.")).isNull();
    // a dateline is a date, not a headline
    assertThat(Headline.of("Thursday, March 5, 2020\n\nThe ferry resumed service.")).isNull();
    assertThat(Headline.of("5 March 2020\n\nThe ferry resumed service.")).isNull();
    assertThat(Headline.of("2020-03-05\n\nThe ferry resumed service.")).isNull();
  }
}
