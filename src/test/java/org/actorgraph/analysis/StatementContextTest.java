package org.actorgraph.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.actorgraph.model.Statement;
import org.junit.Test;

public class StatementContextTest {
  // three sentences; the quotation sits in the second, its speaker in the third
  private static final String TEXT =
      "The harbour reopened on Monday.\n\"We lost a week of trade,\" the mayor said.\n"
          + "Nadia Berg, the mayor, added more later. Ships queued.";
  private static final int[] BEGIN = {0, 32, 75, 116};
  private static final int[] END = {31, 74, 115, 129};

  private static Statement statement(int begin, int end, int speakerBegin, int speakerEnd) {
    return new Statement(Statement.Kind.DIRECT, begin, end, TEXT.substring(begin, end), 1, null, -1, -1,
        speakerBegin < 0 ? null : TEXT.substring(speakerBegin, speakerEnd), speakerBegin, speakerEnd,
        null, null, 0.9, "test/none");
  }

  @Test
  public void theSentenceThatHoldsTheQuotation() {
    int q = TEXT.indexOf("We lost");
    Statement s = statement(q, q + "We lost a week of trade,".length(), -1, -1);
    assertEquals("\"We lost a week of trade,\" the mayor said.",
        StatementContext.of(TEXT, BEGIN, END, s));
  }

  @Test
  public void reachesTheSpeakersSentenceAndFoldsLineBreaks() {
    int q = TEXT.indexOf("We lost");
    int sp = TEXT.indexOf("Nadia Berg");
    Statement s = statement(q, q + 10, sp, sp + "Nadia Berg".length());
    assertEquals("\"We lost a week of trade,\" the mayor said. Nadia Berg, the mayor, added more later.",
        StatementContext.of(TEXT, BEGIN, END, s));
  }

  @Test
  public void aLongContextKeepsItsStartAndEndAtWordBoundaries() {
    String words = "word ".repeat(400) + "end";
    String b = StatementContext.bounded(words);
    assertTrue(b.length() <= StatementContext.MAX_CHARS);
    assertTrue(b.startsWith("word word"));
    assertTrue(b.endsWith("word end"));
    assertTrue(b.contains(StatementContext.ELISION));
    assertTrue(!b.contains("wor" + StatementContext.ELISION) && !b.contains(StatementContext.ELISION + "ord"));
  }

  @Test
  public void aShortContextIsKeptWhole() {
    assertEquals("short one", StatementContext.bounded("short one"));
  }
}
