package org.actorgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.nlp.AnnotatedText;

/**
 * Finds quoted passages by their marks: curly, straight, single, guillemets and low-9 quotes. A
 * quotation left open at the end of a paragraph continues when the next paragraph opens with a
 * quotation mark, as newspapers print multi-paragraph quotes.
 */
final class QuoteSpans {
  private QuoteSpans() {}

  /** One quoted passage; content excludes the marks. Parts of a multi-paragraph quote chain. */
  static final class Span {
    final int open;
    final int close;
    final int begin;
    final int end;
    final int paragraph;
    /** True when this span continues the previous one (multi-paragraph quote). */
    boolean continuation;
    /** True when the closing mark was found; false for an open quote ended by its paragraph. */
    final boolean closed;

    Span(int open, int close, int begin, int end, int paragraph, boolean closed) {
      this.open = open;
      this.close = close;
      this.begin = begin;
      this.end = end;
      this.paragraph = paragraph;
      this.closed = closed;
    }

    @Override
    public String toString() {
      return "[" + begin + "," + end + ")" + (continuation ? "+" : "");
    }
  }

  private static boolean isOpenDouble(char c) {
    return c == '“' || c == '„' || c == '«' || c == '‟';
  }

  private static boolean isCloseDouble(char c) {
    return c == '”' || c == '»';
  }

  static List<Span> find(AnnotatedText at) {
    String t = at.text();
    List<Span> out = new ArrayList<>();
    List<AnnotatedText.Paragraph> paras = at.paragraphs();
    boolean continues = false;
    for (int p = 0; p < paras.size(); p++) {
      AnnotatedText.Paragraph para = paras.get(p);
      int open = -1;
      int openLen = 1;
      boolean single = false;
      for (int i = para.begin; i < para.end; i++) {
        char c = t.charAt(i);
        if (c == '"' && i > para.begin && t.charAt(i - 1) == '=') {
          // markup left in the text (an embedded tweet's id="…"): an attribute value, no quote
          int close = t.indexOf('"', i + 1);
          i = close < 0 || close >= para.end ? para.end : close;
          continue;
        }
        // two apostrophes are a double quotation mark (the New York Times' archive text: ''A,'')
        boolean doubled = c == '\'' && i + 1 < para.end && t.charAt(i + 1) == '\'';
        if (doubled) {
          if (open < 0) {
            open = i;
            single = false;
            openLen = 2;
            i++;
            continue;
          } else if (!single) {
            addSpan(out, t, open, openLen, i, 2, p, true, continues && open == para.begin);
            open = -1;
            i++;
            continue;
          }
        }
        if (open < 0) {
          openLen = 1;
          if (isOpenDouble(c) || c == '"') {
            open = i;
            single = false;
          } else if ((c == '‘' || c == '\'') && opensSingle(t, i, para.begin)) {
            open = i;
            single = true;
          }
        } else if (!single && (isCloseDouble(c) || c == '"' || misturnedClose(t, i, para.end))) {
          addSpan(out, t, open, openLen, i, 1, p, true, continues && open == para.begin);
          open = -1;
        } else if (single && (c == '’' || c == '\'') && closesSingle(t, i, para.end)) {
          add(out, t, open, i, p, true, continues && open == para.begin);
          open = -1;
        }
      }
      boolean wasOpen = open >= 0;
      if (wasOpen) {
        addSpan(out, t, open, openLen, para.end, 0, p, false, continues && open == para.begin);
      }
      // a quote left open continues when the next paragraph opens with a mark
      continues = wasOpen && p + 1 < paras.size() && opensQuote(t.charAt(paras.get(p + 1).begin));
    }
    return out;
  }

  /** An opening mark typed where a closing one belongs: “It's unusual,“ said Noble. */
  private static boolean misturnedClose(String t, int i, int end) {
    return t.charAt(i) == '“' && i > 0 && ",.?!".indexOf(t.charAt(i - 1)) >= 0
        && (i + 1 >= end || Character.isWhitespace(t.charAt(i + 1)));
  }

  private static boolean opensQuote(char c) {
    return isOpenDouble(c) || c == '"' || c == '‘' || c == '\'';
  }

  private static void add(
      List<Span> out, String t, int open, int close, int paragraph, boolean closed, boolean continuation) {
    addSpan(out, t, open, 1, close, 1, paragraph, closed, continuation);
  }

  /** A span whose opening mark has {@code openLen} characters and closing mark {@code closeLen}. */
  private static void addSpan(List<Span> out, String t, int open, int openLen, int close, int closeLen,
      int paragraph, boolean closed, boolean continuation) {
    int b = open + openLen;
    int e = close;
    while (b < e && Character.isWhitespace(t.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    if (e - b < 2 || !hasLetter(t, b, e)) {
      return;
    }
    Span s = new Span(open, closed ? close + closeLen : close, b, e, paragraph, closed);
    s.continuation = continuation;
    out.add(s);
  }

  private static boolean hasLetter(String t, int b, int e) {
    for (int i = b; i < e; i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** An opening single quote follows a space or bracket and precedes a word. */
  private static boolean opensSingle(String t, int i, int paraBegin) {
    boolean before = i == paraBegin || " \t([—–-:".indexOf(t.charAt(i - 1)) >= 0;
    boolean after = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
    return before && after;
  }

  /** A closing single quote follows a non-space and precedes a space, punctuation or the end. */
  private static boolean closesSingle(String t, int i, int paraEnd) {
    boolean before = !Character.isWhitespace(t.charAt(i - 1));
    boolean after = i + 1 >= paraEnd || " \t,.;:!?)—–-".indexOf(t.charAt(i + 1)) >= 0;
    return before && after;
  }
}
