package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The reported clause after a cue: where it starts (past "that", "told reporters", "on Monday")
 * and where it ends.
 */
final class Clauses {
  private Clauses() {}

  /** The reported clause after a verb: skips "that", "told reporters", "on Monday"; null if none. */
  static int @Nullable [] clauseAfter(Doc d, Sentence s, int from) {
    int k = from;
    // "told reporters", "told the BBC", "told Reuters on Monday that": skip the object up to "that"
    int limit = Math.min(s.size(), from + 15);
    int that = -1;
    for (int m = from; m < limit; m++) {
      if (s.tokens[m].equalsIgnoreCase("that")) {
        that = m;
        break;
      }
      if (d.quoted[s.tokenBegin[m]]) {
        break;
      }
    }
    if (that >= 0 && allSkippable(s, from, that)) {
      k = that + 1;
    } else {
      k = skipAdverbials(s, from);
      if (from > 0 && s.tokens[from - 1].equalsIgnoreCase("told")) {
        // told + object: "told reporters", "told the BBC"
        // one noun phrase: "reporters", "the BBC", "a local radio station" (not the clause's subject)
        if (k < s.size() && (s.pos[k].equals("DET") || s.pos[k].equals("PRON"))) {
          k++;
        }
        while (k < s.size() && k < from + 4 && s.pos[k].equals("ADJ")) {
          k++;
        }
        while (k < s.size() && k < from + 5 && Tags.isNounish(s.pos[k])) {
          k++;
        }
        k = skipAdverbials(s, k);
      }
    }
    int last = clauseEnd(d, s, k);
    if (k > last || last - k + 1 < 2) {
      return null;
    }
    if (!Tags.hasVerb(s, k, last + 1)) {
      return null;
    }
    int end = s.tokenEnd[last];
    while (end < d.t.length() && d.quoted[end]) {
      end++; // through the closing mark of a partial quotation that ends the clause
    }
    return new int[] {s.tokenBegin[k], end};
  }

  /**
   * The last word of a reported clause starting at {@code k}: the sentence's last word, or the
   * word before a second speech verb joined by a comma or a conjunction ("Becker said he will
   * run, insisting that …" / "She said A but said B" / "said A and added, “…”").
   */
  static int clauseEnd(Doc d, Sentence s, int k) {
    int last = Tags.lastWord(s);
    boolean[] blocked = null;
    for (int m = k + 3; m <= last; m++) {
      if (d.quoted[s.tokenBegin[m]] || !s.pos[m].equals("VERB") || d.verbs.lookup(s.tokens[m]) == null) {
        continue;
      }
      int p = m - 1;
      while (p > k && s.pos[p].equals("ADV")) {
        p--;
      }
      int q = beforeJoin(s, p, k, false);
      if (q < p && q - k + 1 >= 3) {
        return q;
      }
      // "… A, and nearly three in five said B": a second speaker's own reported clause
      if (blocked == null) {
        blocked = d.blocked(s);
      }
      SubjectFinder.Np np = SubjectFinder.before(s, m, blocked);
      if (np != null && np.begin - 1 > k + 2) {
        q = beforeJoin(s, np.begin - 1, k, true);
        if (q < np.begin - 1 && q - k + 1 >= 3) {
          return q;
        }
        // "…, at the hearing on Monday she said …": a comma, then an adverbial, then the subject
        for (int c = np.begin - 1; c > k + 2 && c >= np.begin - 8; c--) {
          if (Tags.isVerbTag(s.pos[c]) || d.quoted[s.tokenBegin[c]]) {
            break;
          }
          if (s.tokens[c].equals(",")) {
            return c - 1;
          }
        }
      }
    }
    return last;
  }

  /**
   * Back from {@code p} over commas and conjunctions (and semicolons, if asked) that join two
   * clauses, not past {@code k}: the last token of the first clause, or p when none is there.
   */
  static int beforeJoin(Sentence s, int p, int k, boolean semicolons) {
    while (p > k && (s.tokens[p].equals(",") || semicolons && s.tokens[p].equals(";")
        || Words.COORD.contains(s.tokens[p].toLowerCase(Locale.ROOT)))) {
      p--;
    }
    return p;
  }

  /** Skips time and channel adverbials after a speech verb: "on Monday", "in a statement", "that". */
  static int skipAdverbials(Sentence s, int k) {
    while (k < s.size()) {
      String w = s.tokens[k].toLowerCase(Locale.ROOT);
      if (w.equals("that")) {
        return k + 1;
      }
      if (w.equals(",") || Words.TIME_WORDS.contains(w)) {
        k++;
      } else if ((w.equals("on") || w.equals("last") || w.equals("this") || w.equals("late")
              || w.equals("early")) && k + 1 < s.size()
          && Words.TIME_WORDS.contains(s.tokens[k + 1].toLowerCase(Locale.ROOT))) {
        k += 2;
      } else if ((w.equals("in") || w.equals("on") || w.equals("during")) && k + 2 < s.size()
          && (s.pos[k + 1].equals("DET") || s.pos[k + 1].equals("ADJ"))
          && endsMediaPhrase(s, k + 2)) {
        k = mediaPhraseEnd(s, k + 2);
      } else if (w.equals("to") && k + 1 < s.size()
          && s.tokens[k + 1].toLowerCase(Locale.ROOT).matches("reporters|journalists|the press")) {
        k += 2;
      } else {
        return k;
      }
    }
    return k;
  }

  static boolean endsMediaPhrase(Sentence s, int k) {
    return mediaPhraseEnd(s, k) > k;
  }

  static int mediaPhraseEnd(Sentence s, int k) {
    for (int m = k; m < Math.min(s.size(), k + 3); m++) {
      if (Words.MEDIA_WORDS.contains(s.tokens[m].toLowerCase(Locale.ROOT))) {
        return m + 1;
      }
      if (!(s.pos[m].equals("ADJ") || Tags.isNounish(s.pos[m]))) {
        break;
      }
    }
    return k;
  }

  static boolean allSkippable(Sentence s, int from, int to) {
    for (int m = from; m < to; m++) {
      String l = s.tokens[m].toLowerCase(Locale.ROOT);
      if (!Words.TIME_WORDS.contains(l) && !Words.MEDIA_WORDS.contains(l) && !l.equals(",") && !Tags.isNounish(s.pos[m]) && !s.pos[m].equals("DET")
          && !s.pos[m].equals("ADP") && !s.pos[m].equals("PRON")) {
        return false;
      }
    }
    return true;
  }
}
