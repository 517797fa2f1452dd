package org.actorgraph.quotes;

import java.util.List;
import org.actorgraph.model.Statement;
import org.actorgraph.model.Statement.Kind;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The one place statements are built: spans, cue, speaker, confidence and rule. */
final class Statements {
  private Statements() {}

  /**
   * A statement of [begin, end) with its cue and speaker (either may be null); the text is the
   * span, or its quoted parts joined when there are several. Rule: "pass/sieve".
   */
  static Statement make(
      String t, Kind kind, int begin, int end, int sentence, @Nullable List<QuoteSpans.Span> parts,
      @Nullable Cue cue, @Nullable Speaker speaker, double confidence, String pass) {
    String text = t.substring(begin, end);
    if (parts != null && parts.size() > 1) {
      StringBuilder b = new StringBuilder();
      for (QuoteSpans.Span q : parts) {
        if (b.length() > 0) {
          b.append(Statement.PART_SEPARATOR);
        }
        b.append(t, q.begin, q.end);
      }
      text = b.toString();
    }
    return new Statement(
        kind, begin, end, text, sentence,
        cue == null ? null : t.substring(cue.begin, cue.end), cue == null ? -1 : cue.begin,
        cue == null ? -1 : cue.end, speaker == null ? null : speaker.surface,
        speaker == null ? -1 : speaker.begin, speaker == null ? -1 : speaker.end,
        speaker == null ? null : speaker.actorId, speaker == null ? null : speaker.name,
        Math.max(Confidence.MIN, Math.min(Confidence.MAX, confidence)), rule(pass, speaker));
  }

  /** The statement running on to {@code end} with {@code text}; its speaker's sieve is kept. */
  static Statement extended(Statement p, int end, String text, String pass) {
    String sieve = p.rule.substring(p.rule.indexOf('/') + 1);
    return new Statement(p.kind, p.begin, end, text, p.sentence, p.cue, p.cueBegin, p.cueEnd,
        p.speakerSurface, p.speakerBegin, p.speakerEnd, p.actorId, p.speakerName, p.confidence,
        pass + "/" + sieve);
  }

  /** The statement with another actor for the same speaker phrase (a later sieve's decision). */
  static Statement withSpeaker(Statement p, Speaker speaker, double confidence) {
    String pass = p.rule.substring(0, p.rule.indexOf('/'));
    return new Statement(p.kind, p.begin, p.end, p.text, p.sentence, p.cue, p.cueBegin, p.cueEnd,
        speaker.surface, speaker.begin, speaker.end, speaker.actorId, speaker.name,
        Math.max(Confidence.MIN, Math.min(Confidence.MAX, confidence)), rule(pass, speaker));
  }

  static String rule(String pass, @Nullable Speaker speaker) {
    return pass + "/" + (speaker == null ? "none" : speaker.sieve);
  }
}
