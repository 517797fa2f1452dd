package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.model.Statement.Kind;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/** Report rule: SPEAKER criticized OBJECT / described OBJECT as ... */
final class ObjectStatements implements ReportRule {
  /** The rule name in statements.rule. */
  static final String RULE = "object";

  @Override
  public Outcome at(Doc d, Sentence s, int ti) {
    boolean object = Words.OBJECT_VERBS.contains(s.tokens[ti].toLowerCase(Locale.ROOT))
        && s.pos[ti].equals("VERB");
    return object && !Grammar.adjectivalParticiple(s, ti) && objectStatement(d, s, ti)
        ? Outcome.AFTER_STATEMENT : Outcome.NO_MATCH;
  }

  /**
   * SPEAKER criticized OBJECT (for …) / described OBJECT as …: the object to the end of its
   * clause (the next comma, semicolon or dash outside quotation marks, or the sentence's end).
   * Not passive ("was criticized") and not before a "that" clause (reported speech).
   */
  static boolean objectStatement(Doc d, Sentence s, int ti) {
    int prev = ti - 1;
    while (prev >= 0 && s.pos[prev].equals("ADV")) {
      prev--;
    }
    String before = prev >= 0 ? s.tokens[prev].toLowerCase(Locale.ROOT) : "";
    if (Words.BE.contains(before) || before.equals("’s")) {
      return false;
    }
    int k = ti + 1;
    if (k >= s.size() || d.quoted[s.tokenBegin[k]]) {
      return false;
    }
    String p = s.pos[k];
    if (!(p.equals("DET") || p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ") || p.equals("NUM")
        || p.equals("PRON") && !s.tokens[k].equalsIgnoreCase("that") && !s.tokens[k].equalsIgnoreCase("it"))) {
      return false;
    }
    int e = k;
    while (e < s.size() && (d.quoted[s.tokenBegin[e]] || !Words.OBJECT_END.contains(s.tokens[e]))) {
      if (!d.quoted[s.tokenBegin[e]] && Words.COORD.contains(s.tokens[e].toLowerCase(Locale.ROOT))
          && e + 1 < s.size() && s.pos[e + 1].equals("VERB")) {
        break; // "… on taxes and called him …": the next verb's own statement
      }
      e++;
    }
    int last = e - 1;
    while (last >= k && !Tags.isWordTag(s.pos[last]) && !d.quoted[s.tokenBegin[last]]) {
      last--;
    }
    if (last < k) {
      return false;
    }
    Speaker sp = VerbSubject.subjectOf(d, s, ti);
    if (sp == null) {
      return false;
    }
    int b = s.tokenBegin[k];
    int en = s.tokenEnd[last];
    while (en < d.t.length() && d.quoted[en]) {
      en++;
    }
    Cue cue = new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, true);
    d.claims.claimCue(cue.begin, RULE);
    Kind kind = d.quotedShare(b, en) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
    // a cue-less quotation inside the object ("denounced the “attack whose …”") is part of it
    final int from = b;
    final int to = en;
    d.claims.dropUncuedWithin(from, to);
    d.statement(kind, b, en, s.index, cue, sp, sp.confidence - Confidence.OBJECT_DROP, RULE);
    return true;
  }
}
