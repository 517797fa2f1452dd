package org.actorgraph.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.model.Statement;

/**
 * Pronoun speakers resolved again once all statements exist, going through the article in text
 * order: a "he" then sees the speaker of reported speech just before it even when the reported
 * speech pass ran after the quotation pass that made the "he" statement. Quotations that carried
 * that pronoun speaker on take the new actor too. Gender learnt from close resolutions is learnt
 * again in text order.
 */
final class PronounsInTextOrder implements SpeakerPass {
  static final String SIEVE = "pronoun";

  @Override
  public String name() {
    return "pronouns-in-text-order";
  }

  @Override
  public List<Statement> run(Doc d, List<Statement> inTextOrder) {
    List<Statement> out = new ArrayList<>(inTextOrder);
    d.gender.clear();
    // speaker span start -> the statement whose pronoun was resolved there
    Map<Integer, Statement> resolved = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      Statement st = out.get(i);
      if (st.speakerBegin < 0) {
        continue;
      }
      String low = st.speakerSurface == null ? "" : st.speakerSurface.toLowerCase(java.util.Locale.ROOT);
      if (st.rule.endsWith("/" + SIEVE) && Words.PRONOUNS.contains(low)) {
        Speaker old = new Speaker(st.speakerBegin, st.speakerEnd, st.speakerSurface, st.actorId,
            st.speakerName, st.actorId == null ? Confidence.PRONOUN_UNRESOLVED : Confidence.PRONOUN, SIEVE);
        Speaker now = PronounSpeaker.pronoun(d, out, st.speakerBegin, st.speakerEnd, low);
        // the pass's step below the speaker stays; only a change of resolved/unresolved moves it
        double confidence = (now.actorId == null) == (st.actorId == null) ? st.confidence
            : Math.round(100 * (st.confidence + now.confidence - old.confidence)) / 100.0;
        Statement again = Statements.withSpeaker(st, now, confidence);
        out.set(i, again);
        resolved.put(st.speakerBegin, again);
      } else if (resolved.containsKey(st.speakerBegin)) {
        // a carried speaker: the same phrase, so the same actor
        Statement from = resolved.get(st.speakerBegin);
        Speaker carried = new Speaker(st.speakerBegin, st.speakerEnd, st.speakerSurface, from.actorId,
            from.speakerName, 0, st.rule.substring(st.rule.indexOf('/') + 1));
        out.set(i, Statements.withSpeaker(st, carried, st.confidence));
      }
    }
    return out;
  }
}
