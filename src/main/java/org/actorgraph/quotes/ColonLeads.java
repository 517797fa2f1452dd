package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Statement.Kind;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.AnnotatedText.Sentence;

/** Statement pass: paragraphs opening "Name: text" (headlines, transcripts). */
final class ColonLeads implements StatementPass {
  /** The rule name in statements.rule. */
  static final String PASS = "colon-lead";

  @Override
  public String name() {
    return PASS;
  }

  @Override
  public void run(Doc d) {
    colonLeads(d);
  }

  /**
   * A paragraph that opens with a short name or label and a colon is a statement of that name:
   * headlines ("Becker: Voters deserve a real choice", "Poll: Mayor trails in suburbs")
   * and interview transcripts ("ALVAREZ: We never saw …"). The label is at most four capitalised
   * words, not a section label ({@code colon_labels.txt}: "EXCLUSIVE:", "Watch:", "Q:"); the
   * text after it (to the paragraph's end) has at least five words and is not a quotation (those
   * have their own colon cue).
   */
  static void colonLeads(Doc d) {
    for (AnnotatedText.Paragraph p : d.at.paragraphs()) {
      int si = d.at.sentenceAt(p.begin);
      if (si < 0 || d.isCaption(d.sents.get(si).paragraph) || d.sents.get(si).paragraph == d.headlineParagraph) {
        continue; // "Poll: Alvarez and Becker tied" is a headline
      }
      Sentence s = d.sents.get(si);
      int colon = -1;
      for (int k = 0; k < Math.min(s.size(), 5); k++) {
        if (s.tokens[k].equals(":")) {
          colon = k;
          break;
        }
      }
      if (colon < 1 || d.quoted[s.tokenBegin[0]] || d.claims.cueClaimed(s.tokenBegin[colon])) {
        continue;
      }
      boolean caps = true;
      for (int k = 0; k < colon; k++) {
        String w = s.tokens[k];
        caps &= Character.isUpperCase(w.charAt(0)) || !Tags.isWordTag(s.pos[k]) || w.equals("'s") || w.equals("’s");
      }
      String label = d.t.substring(s.tokenBegin[0], s.tokenEnd[colon - 1]).toLowerCase(Locale.ROOT)
          .replace('’', '\'');
      if (!caps || Words.COLON_LABELS.contains(label) || Words.COLON_LABELS.contains(s.tokens[0].toLowerCase(Locale.ROOT))) {
        continue;
      }
      int b = s.tokenEnd[colon];
      while (b < p.end && Character.isWhitespace(d.t.charAt(b))) {
        b++;
      }
      int e = p.end;
      while (e > b && Character.isWhitespace(d.t.charAt(e - 1))) {
        e--;
      }
      if (Text.wordCount(d.t, b, e) < 5 || d.quotedShare(b, e) > 0.5) {
        continue; // "Smith: Win the state." is a list item, not a claim
      }
      Speaker sp = labelSpeaker(d, s, colon);
      Cue cue = new Cue(s.index, colon, colon + 1, s.tokenBegin[colon], s.tokenEnd[colon], sp, true);
      d.claims.claimCue(cue.begin, PASS);
      Kind kind = d.quotedShare(b, e) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
      d.statement(kind, b, e, s.index, cue, sp, sp.confidence - Confidence.COLON_LEAD_DROP, PASS);
    }
  }

  /** The speaker of a "Label:" line: the name mention in it, else the label as a role. */
  static Speaker labelSpeaker(Doc d, Sentence s, int colon) {
    for (int k = colon - 1; k >= 0; k--) {
      Mention m = d.mentionCovering(s.tokenBegin[k]);
      if (m != null) {
        return NpSpeaker.fromMention(d, m, m.begin, m.end, Confidence.LABEL_NAME).as("label");
      }
    }
    int begin = s.tokenBegin[0];
    int end = s.tokenEnd[colon - 1];
    return new Speaker(begin, end, d.t.substring(begin, end), null, null, Confidence.LABEL, "label");
  }
}
