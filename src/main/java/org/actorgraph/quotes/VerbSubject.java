package org.actorgraph.quotes;

import java.util.Locale;
import org.actorgraph.model.Mention;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.model.EntityType;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Speaker sieve: the subject of a speech verb, inverted ("said Putin"), of a participle, of a
 * coordinated verb, of a control verb.
 */
final class VerbSubject {
  private VerbSubject() {}

  /**
   * The speaker of a speech verb: its subject ("Putin said"), the name after it ("said Putin"),
   * or, for a participle ("…, saying …", "…, adding that …"), the subject of the main clause.
   * The object of "told"/"telling" is the addressee, never the speaker.
   */
  static @Nullable Speaker verbSpeaker(Doc d, Sentence s, int ti, SpeechVerbs.Verb v) {
    String low = s.tokens[ti].toLowerCase(Locale.ROOT);
    boolean participle = low.endsWith("ing");
    int k = ti - 1;
    while (k >= 0 && (Words.SKIP_BEFORE_VERB.contains(s.tokens[k].toLowerCase(Locale.ROOT))
        || s.pos[k].equals("ADV") && !d.quoted[s.tokenBegin[k]] && k > 0)) {
      k--;
    }
    if (participle && k < 0) {
      return openingParticipleSubject(d, s, ti);
    }
    if (participle && (s.tokens[k].equals(",") || Words.COORD.contains(s.tokens[k].toLowerCase(Locale.ROOT))
        || s.tokens[k].equalsIgnoreCase("while") || s.tokens[k].equalsIgnoreCase("before")
        || s.tokens[k].equalsIgnoreCase("after") || s.tokens[k].equalsIgnoreCase("by")
        || d.quoted[s.tokenBegin[k]])) {
      return clauseSubject(d, s, ti);
    }
    boolean coordinated = k >= 0 && Words.COORD.contains(s.tokens[k].toLowerCase(Locale.ROOT));
    if (coordinated && !d.quoted[s.tokenBegin[k]]) {
      // "Obama met survivors of the attack and said": the subject of the first verb, not its object
      Speaker co = coordinatedSubject(d, s, k, 0);
      if (co != null) {
        return co;
      }
    }
    SubjectFinder.Np np = SubjectFinder.before(s, ti, d.blocked(s));
    Speaker sp = np == null ? null : NpSpeaker.fromNp(d, s, np, false);
    if (sp != null && participle) {
      // "Alvarez and Becker issued a statement describing …", "emailed donors saying": the noun
      // phrase is the object of a verb; its subject speaks
      int o = np.begin - 1;
      // over prepositional phrases and particles: "made a pitch to coastal voters saying",
      // "put out a statement saying"
      for (int n = 0; o > 0 && n < 10 && !d.quoted[s.tokenBegin[o]]
          && (s.pos[o].equals("ADP") || s.pos[o].equals("PART") && !s.tokens[o].equalsIgnoreCase("to")
              || n > 0 && (Tags.isNounish(s.pos[o]) || s.pos[o].equals("DET") || s.pos[o].equals("ADJ")
                  || s.pos[o].equals("NUM"))); n++) {
        if (s.pos[o - 1].equals("VERB") && (s.pos[o].equals("ADP") || s.pos[o].equals("PART")
            || s.pos[o].equals("DET"))) {
          o--;
          break;
        }
        o--;
      }
      if (o >= 0 && s.pos[o].equals("VERB") && !d.quoted[s.tokenBegin[o]]) {
        Speaker subj = NpSpeaker.speakerBefore(d, s, o);
        if (subj != null) {
          return subj;
        }
      }
    }
    boolean inverted = k < 0 || d.quoted[s.tokenBegin[k]] || !Tags.isWordTag(s.pos[k]);
    // "asked Becker" names whom one asks; right after the quotation, “…?” asked Alvarez, the speaker
    boolean afterQuote = k >= 0 ? d.quoted[s.tokenBegin[k]] : d.precededByQuote(s.tokenBegin[0]);
    if (sp == null && inverted && !participle && !v.lemma.equals("tell")
        && (!v.lemma.equals("ask") || afterQuote)) {
      sp = NpSpeaker.speakerAfter(d, s, ti + 1);
    }
    if (sp == null && participle) {
      sp = clauseSubject(d, s, ti);
    }
    if (sp == null && coordinated && d.quoted[s.tokenBegin[k]]) {
      sp = coordinatedSubject(d, s, k, 0); // (unquoted: tried above)
    }
    if (sp == null && k >= 1 && s.tokens[k].equalsIgnoreCase("to")) {
      // "…, but went on to say": the controlling verb is the coordinated one
      int c = SubjectFinder.controllingVerb(s, k, d.blocked(s));
      int j = c - 1;
      while (j >= 0 && Words.SKIP_BEFORE_VERB.contains(s.tokens[j].toLowerCase(Locale.ROOT))) {
        j--;
      }
      if (c >= 0 && j >= 0 && Words.COORD.contains(s.tokens[j].toLowerCase(Locale.ROOT))) {
        sp = coordinatedSubject(d, s, j, 0);
      }
      if (sp == null) {
        sp = infinitiveSubject(d, s, k, 0);
      }
    }
    return sp;
  }

  /** The subject of any verb: before it, else of the verb it is coordinated with or attached to. */
  static @Nullable Speaker subjectOf(Doc d, Sentence s, int v) {
    int k = v - 1;
    while (k >= 0 && (Words.SKIP_BEFORE_VERB.contains(s.tokens[k].toLowerCase(Locale.ROOT))
        || s.pos[k].equals("ADV") && !d.quoted[s.tokenBegin[k]] && k > 0)) {
      k--;
    }
    boolean coordinated = k >= 0 && Words.COORD.contains(s.tokens[k].toLowerCase(Locale.ROOT)) && !d.quoted[s.tokenBegin[k]];
    if (coordinated) {
      // "A spokesman defended the route and said": the first verb's subject, not its object
      Speaker co = coordinatedSubject(d, s, k, 0);
      if (co != null) {
        return co;
      }
    }
    Speaker sp = NpSpeaker.speakerBefore(d, s, v);
    if (sp != null || coordinated) {
      return sp;
    }
    if (s.tokens[v].toLowerCase(Locale.ROOT).endsWith("ing")) {
      return clauseSubject(d, s, v);
    }
    return null;
  }

  /**
   * Who speaks an infinitive speech verb at {@code to + 1}: the object of a control verb ("That
   * prompted the institute, which studies elections, to state"), else the subject of the verb
   * before it ("The judge pointed to an earlier case to say"). Null when neither is found.
   */
  static @Nullable Speaker infinitiveSubject(Doc d, Sentence s, int to, int depth) {
    int c = to - 1;
    if (c >= 0 && s.tokens[c].equals(",")) {
      // over an insertion: "the institute, which studies elections, to state"
      int m = c - 1;
      while (m >= 0 && m >= c - 20 && !s.tokens[m].equals(",") && !d.quoted[s.tokenBegin[m]]) {
        m--;
      }
      if (m < 0 || !s.tokens[m].equals(",")) {
        return null;
      }
      c = m - 1;
    }
    for (; c >= 0 && c >= to - 25; c--) {
      if (d.quoted[s.tokenBegin[c]] || s.tokens[c].equals(";")) {
        return null;
      }
      if (!s.pos[c].equals("VERB")) {
        continue;
      }
      if (Words.CONTROL_VERBS.contains(s.tokens[c].toLowerCase(Locale.ROOT))) {
        Speaker sp = NpSpeaker.speakerAfter(d, s, c + 1);
        return sp != null && sp.end <= s.tokenBegin[to] ? sp : null;
      }
      if (c > 0 && s.tokens[c - 1].equalsIgnoreCase("to") && depth < 2) {
        return infinitiveSubject(d, s, c - 1, depth + 1); // "prompted Becker to make a joke and call"
      }
      return NpSpeaker.speakerBefore(d, s, c);
    }
    return null;
  }

  /**
   * The speaker of a participle opening its sentence: the subject of the main clause after the
   * phrase ("Acknowledging that …, Becker did suggest"), or, when the phrase is all there is
   * ("Adding, “…”"), the subject of the previous sentence in the paragraph.
   */
  static @Nullable Speaker openingParticipleSubject(Doc d, Sentence s, int ti) {
    for (int c = ti + 1; c < s.size() - 1; c++) {
      if (d.quoted[s.tokenBegin[c]] || !s.tokens[c].equals(",")) {
        continue;
      }
      for (int v = c + 1; v < s.size(); v++) {
        if (d.quoted[s.tokenBegin[v]]) {
          break;
        }
        if (Tags.isVerbTag(s.pos[v])) {
          Speaker sp = NpSpeaker.speakerBefore(d, s, v);
          if (sp != null && sp.begin >= s.tokenEnd[c]) {
            return sp;
          }
          break;
        }
      }
    }
    for (int v = ti + 1; v < s.size(); v++) {
      if (!d.quoted[s.tokenBegin[v]] && Tags.isVerbTag(s.pos[v])) {
        return null; // a clause of its own, whose subject was not found
      }
    }
    if (s.index > 0 && d.sents.get(s.index - 1).paragraph == s.paragraph) {
      Sentence prev = d.sents.get(s.index - 1);
      return clauseSubject(d, prev, prev.size());
    }
    return null;
  }

  /**
   * "Alvarez criticized Becker on taxes and called him …": a verb coordinated with an earlier one has
   * that verb's subject. Walks back from the conjunction at {@code conj} to the nearest main verb
   * outside quotation marks and takes its subject (through further coordination, twice at most).
   */
  static @Nullable Speaker coordinatedSubject(Doc d, Sentence s, int conj, int depth) {
    // "She said A but said B" / "said A and added …": the earlier speech verb's speaker first
    for (int v = conj - 1; v >= 0; v--) {
      SpeechVerbs.Verb sv = d.verbs.lookup(s.tokens[v]);
      if (!d.quoted[s.tokenBegin[v]] && s.pos[v].equals("VERB") && sv != null
          && !(v > 0 && s.tokens[v - 1].equalsIgnoreCase("to"))) { // not "a chance to read"
        Speaker sp = depth == 0 ? verbSpeaker(d, s, v, sv) : null;
        if (sp != null && !Grammar.subordinate(s, s.tokenAt(sp.begin))) {
          return sp;
        }
        break;
      }
    }
    for (int v = conj - 1; v >= 0; v--) {
      if (Words.INSERTION_DASHES.contains(s.tokens[v]) && !d.quoted[s.tokenBegin[v]]) {
        // "X downplayed the attack — something that has … — and said": over the insertion
        int m = v - 1;
        while (m >= 0 && !(Words.INSERTION_DASHES.contains(s.tokens[m]) && !d.quoted[s.tokenBegin[m]])) {
          m--;
        }
        if (m >= 0) {
          v = m;
        }
        continue;
      }
      if (d.quoted[s.tokenBegin[v]] || !s.pos[v].equals("VERB")) {
        continue;
      }
      int c = v - 1;
      while (c >= 0 && s.pos[c].equals("ADV")) {
        c--;
      }
      if (depth < 3 && c >= 1 && s.tokens[c].equals(",") && !d.quoted[s.tokenBegin[c]] && !s.tokens[v].endsWith("ing")
          && Tags.hasVerb(s, 0, c) && s.pos[c - 1].equals("NOUN")) {
        // a list of verb phrases: "he looked into the camera, furrowed his brow and said"
        Speaker sp = coordinatedSubject(d, s, c, depth + 1);
        if (sp != null) {
          return sp;
        }
      }
      Speaker sp = NpSpeaker.speakerBefore(d, s, v);
      if (sp == null && v > 0 && s.tokens[v - 1].equalsIgnoreCase("to") && !Grammar.hasComma(s, v, conj)) {
        sp = infinitiveSubject(d, s, v - 1, 0); // "prompted Becker to make a joke and call …"
      }
      if (sp != null || depth >= 2) {
        return sp;
      }
      int k = v - 1;
      while (k >= 0 && Words.SKIP_BEFORE_VERB.contains(s.tokens[k].toLowerCase(Locale.ROOT))) {
        k--;
      }
      if (k >= 0 && Words.COORD.contains(s.tokens[k].toLowerCase(Locale.ROOT))) {
        return coordinatedSubject(d, s, k, depth + 1);
      }
      if (s.tokens[v].toLowerCase(Locale.ROOT).endsWith("ing")) {
        return clauseSubject(d, s, v);
      }
      return null;
    }
    return null;
  }

  /**
   * The subject of the first verb outside quotation marks before token {@code limit} that has
   * one; verbs with none (an opening participle, "Speaking in Ohio, Alvarez went after Bush,
   * calling him …", or an infinitive) are passed over.
   */
  static @Nullable Speaker clauseSubject(Doc d, Sentence s, int limit) {
    // "…, Spicer said, adding": the speech verb just before the participle
    int c = limit - 1;
    if (c >= 2 && s.tokens[c].equals(",") && !d.quoted[s.tokenBegin[c]]) {
      SpeechVerbs.Verb sv = d.verbs.lookup(s.tokens[c - 1]);
      if (sv != null && Tags.isVerbTag(s.pos[c - 1]) && !s.tokens[c - 1].toLowerCase(Locale.ROOT).endsWith("ing")) {
        Speaker sp = NpSpeaker.speakerBefore(d, s, c - 1);
        if (sp != null) {
          return sp;
        }
      }
    }
    // "In a statement released Thursday, Jeffries reacted, saying", "Speaking in Ohio after the
    // vote, Cruz said …, adding": not the verbs of the opening phrases
    int from = 0;
    while (from < limit - 1 && Grammar.openingPhrase(s, from)) {
      int next = from;
      for (int k = from + 1; k < limit - 1; k++) {
        if (d.quoted[s.tokenBegin[k]]) {
          break;
        }
        if (s.tokens[k].equals(",")) {
          next = k + 1;
          break;
        }
      }
      if (next == from) {
        break;
      }
      from = next;
    }
    for (int v = from; v < limit; v++) {
      if (d.quoted[s.tokenBegin[v]] || !Tags.isVerbTag(s.pos[v])) {
        continue;
      }
      Speaker sp = NpSpeaker.speakerBefore(d, s, v);
      if (sp != null && Grammar.subordinate(s, s.tokenAt(sp.begin))) {
        continue; // "after Clinton fell ill, Axelrod wrote to her, telling her …"
      }
      if (sp == null) {
        SpeechVerbs.Verb vv = d.verbs.lookup(s.tokens[v]);
        if (vv != null && v > 0 && (s.tokens[v - 1].equals(",") || d.quoted[s.tokenBegin[v - 1]])) {
          sp = NpSpeaker.speakerAfter(d, s, v + 1); // "…," said Putin, adding …
        }
      }
      if (sp == null) {
        // an opening participle, an infinitive ("proposal to bar …") or a verb whose subject is
        // quoted ("“Excesses” are sickening, Lowe said …, noting"): the next verb
        continue;
      }
      return sp;
    }
    // no verb with a subject (the tagger missed it: "Becker/ADJ shot/NOUN back in a statement,
    // saying"): a name that opens the sentence
    Mention m = limit > 0 ? d.mentionCovering(s.tokenBegin[0]) : null;
    return m != null && m.type != EntityType.LOCATION ? NpSpeaker.fromMention(d, m, m.begin, m.end, Confidence.OPENING_NAME)
        : null;
  }
}
