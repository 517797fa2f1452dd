package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What a quotation span looks like: a title or slogan, a sentence of its own, a part of a longer
 * quotation split by its cue.
 */
final class QuoteShape {
  private QuoteShape() {}

  /**
   * Two quotations of one paragraph are one statement when only a short cue clause separates them
   * and the first closes a sentence or clause: “A,” he said. “B.” / “A,” said Putin, “b.”
   */
  static boolean splitByCue(Doc d, QuoteSpans.Span a, QuoteSpans.Span b) {
    if (a.paragraph != b.paragraph || !a.closed) {
      return false;
    }
    char end = d.t.charAt(a.end - 1);
    if (",.!?…".indexOf(end) < 0 && !(end == '-' || end == '—')) {
      return false;
    }
    if (Text.wordCount(d.t, a.close, b.open) > 10 || hasOwnCue(d, b)) {
      return false;
    }
    int si = d.at.sentenceAt(a.close);
    if (si < 0) {
      // the sentence ended at the closing mark (“Why?” Becker asked. “…”): two
      // sentence-initial quotations, not partial quotes of two sentences
      if (!Character.isUpperCase(d.t.charAt(a.begin)) || !Character.isUpperCase(d.t.charAt(b.begin))) {
        return false;
      }
      si = d.at.sentenceAt(a.close - 1);
      if (si < 0) {
        return false;
      }
    }
    int cueSentence = -1;
    for (int k = si; k < d.sents.size(); k++) {
      Sentence s = d.sents.get(k);
      if (s.begin >= b.open) {
        break;
      }
      for (int ti = 0; ti < s.size(); ti++) {
        if (s.tokenBegin[ti] >= a.close && s.tokenEnd[ti] <= b.open && speechVerb(d, s, ti)) {
          if (cueSentence >= 0 && cueSentence != k) {
            return false; // “A,” Becker said. Alvarez responded, “B.”: two speakers
          }
          cueSentence = k;
        }
      }
    }
    return cueSentence >= 0;
  }

  /** “B,” Becker said.: a speech verb within four words after the closing mark, same sentence. */
  static boolean hasOwnCue(Doc d, QuoteSpans.Span b) {
    if (!b.closed) {
      return false;
    }
    int si = d.at.sentenceAt(b.close - 1);
    if (si < 0) {
      return false;
    }
    Sentence s = d.sents.get(si);
    for (int k = 0; k < s.size(); k++) {
      if (s.tokenBegin[k] < b.close) {
        continue;
      }
      if (d.quoted[s.tokenBegin[k]] || Text.wordCount(d.t, b.close, s.tokenBegin[k]) > 4) {
        return false;
      }
      if (speechVerb(d, s, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title or slogan: at most 8 words, most of them capitalised, no verb and no closing
   * sentence punctuation inside the marks.
   */
  static boolean looksLikeTitle(Doc d, QuoteSpans.Span first, QuoteSpans.Span last, @Nullable Sentence s) {
    int words = Text.wordCount(d.t, first.begin, last.end);
    if (words > 8 || words < 1) {
      return false;
    }
    int caps = 0;
    int n = 0;
    for (int si = d.at.sentenceAt(first.begin); si >= 0 && si < d.sents.size(); si++) {
      Sentence x = d.sents.get(si);
      if (x.begin >= last.end) {
        break;
      }
      for (int ti = 0; ti < x.size(); ti++) {
        if (x.tokenBegin[ti] < first.begin || x.tokenEnd[ti] > last.end || !Tags.isWordTag(x.pos[ti])) {
          continue;
        }
        if (x.pos[ti].equals("VERB") || x.pos[ti].equals("AUX") && !x.tokens[ti].equals("'s")) {
          return false;
        }
        String w = x.tokens[ti];
        if (w.length() > 3 || Character.isUpperCase(w.charAt(0))) {
          n++;
          if (Character.isUpperCase(w.charAt(0))) {
            caps++;
          }
        }
      }
    }
    char cz = d.t.charAt(last.end - 1);
    return n > 0 && caps * 4 >= n * 3 && ".!?".indexOf(cz) < 0;
  }

  /** The quotation follows a word naming a work: "his book, “An American Son.”" */
  static boolean namedWork(Doc d, Sentence s, QuoteSpans.Span q) {
    int k = s.tokenAt(q.open) - 1;
    if (k >= 0 && s.tokens[k].equals(",")) {
      k--;
    }
    return k >= 0 && Words.WORKS.contains(s.tokens[k].toLowerCase(Locale.ROOT));
  }

  /**
   * Every word but short function words capitalized, in at most 8 words: a title or a slogan
   * ("Super Lives of the Super Rich.", "MAKE AMERICA GREAT AGAIN"), whatever its verbs.
   */
  static boolean titleCase(Doc d, int b, int e) {
    int n = 0;
    for (String w : d.t.substring(b, e).split("[^\\p{L}\\p{N}'’]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (++n > 8) {
        return false;
      }
      if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)) && w.length() > 3) {
        return false;
      }
    }
    return n >= 2;
  }

  /** Direct when the quotation is a sentence of its own; partial when it is a phrase in one. */
  static boolean looksDirect(Doc d, QuoteSpans.Span first, QuoteSpans.Span last, Sentence s) {
    char c0 = d.t.charAt(first.begin);
    char cz = d.t.charAt(last.end - 1);
    if (Character.isUpperCase(c0) && Text.wordCount(d.t, first.begin, last.end) >= 3) {
      return true;
    }
    if (".,!?…;".indexOf(cz) >= 0) {
      return true;
    }
    return Text.wordCount(d.t, first.begin, last.end) >= 10;
  }

  /**
   * A quotation inside a phrase of its sentence: a determiner, adjective or preposition right
   * before the opening mark ("a “reckless spender”", "of “the elites”").
   */
  static boolean embeddedQuote(Doc d, int si, QuoteSpans.Span first) {
    Sentence s = d.sents.get(si);
    int k = s.tokenAt(first.open) - 1;
    while (k >= 0 && s.tokenBegin[k] >= first.open) {
      k--;
    }
    if (k < 0 || d.quoted[s.tokenBegin[k]]) {
      return false;
    }
    String p = s.pos[k];
    return p.equals("DET") || p.equals("ADJ") || p.equals("ADP");
  }

  /** A speech verb tagged as a verb. */
  static boolean speechVerb(Doc d, Sentence s, int k) {
    return Tags.isVerbTag(s.pos[k]) && d.verbs.lookup(s.tokens[k]) != null;
  }

  static boolean speechVerbBetween(Doc d, Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!d.quoted[s.tokenBegin[k]] && speechVerb(d, s, k)) {
        return true;
      }
    }
    return false;
  }
}
