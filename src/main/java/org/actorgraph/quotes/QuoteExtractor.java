package org.actorgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.actors.DocumentActors;
import org.actorgraph.actors.Titles;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Statement;
import org.actorgraph.model.Statement.Kind;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.nlp.EntityType;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds who said what in one article: direct quotations (by their marks, across paragraphs),
 * partial quotations inside a sentence, and reported speech ("X said (that) ...", "according to X,
 * ..."), each with its cue and its speaker resolved to an actor.
 *
 * <p>Rules over tokens and part-of-speech tags, with the speech-verb lexicon as data. Plain Java;
 * one instance per thread (it is stateless apart from the lexicon, but cheap).
 */
public final class QuoteExtractor {

  private static final Set<String> SKIP_BEFORE_VERB =
      Set.of("also", "has", "have", "had", "later", "then", "would", "will", "is", "was",
          "previously", "recently", "repeatedly", "once", "again", "further", "earlier",
          "separately", "simply", "flatly", "publicly", "privately", "reportedly", "quickly",
          "been", "did", "does", "not", "never", "even", "still", "just");
  private static final Set<String> SPOKES =
      Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
          "official", "officials", "aide", "aides", "adviser", "advisers", "advisor", "lawyer",
          "attorney", "statement", "office", "ministry", "press", "secretary", "source", "sources");
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "him",
          "them", "this", "that", "these", "those", "who", "what", "which", "our", "my", "your");
  private static final Set<String> DASHES = Set.of("—", "–", "-", "--");
  private static final Set<String> INSERTION_DASHES = Set.of("—", "–", "--");

  private final SpeechVerbs verbs;

  public QuoteExtractor() {
    this(SpeechVerbs.defaults());
  }

  public QuoteExtractor(SpeechVerbs verbs) {
    this.verbs = verbs;
  }

  /** A speaker found in the text: its span and the actor it resolves to. */
  static final class Speaker {
    final int begin;
    final int end;
    final String surface;
    final @Nullable String actorId;
    final @Nullable String name;
    final double confidence;

    Speaker(int begin, int end, String surface, @Nullable String actorId, @Nullable String name,
        double confidence) {
      this.begin = begin;
      this.end = end;
      this.surface = surface;
      this.actorId = actorId;
      this.name = name;
      this.confidence = confidence;
    }
  }

  /** A cue: speech verb, "according to", a colon or a dash, with the speaker it introduces. */
  static final class Cue {
    final int sentence;
    final int tokBegin;
    final int tokEnd;
    final int begin;
    final int end;
    final @Nullable Speaker speaker;
    final boolean report;
    /** A cue lent to a quotation after its sentence, still free to report its own clause. */
    final boolean lent;

    Cue(int sentence, int tokBegin, int tokEnd, int begin, int end, @Nullable Speaker speaker,
        boolean report) {
      this(sentence, tokBegin, tokEnd, begin, end, speaker, report, false);
    }

    Cue(int sentence, int tokBegin, int tokEnd, int begin, int end, @Nullable Speaker speaker,
        boolean report, boolean lent) {
      this.sentence = sentence;
      this.tokBegin = tokBegin;
      this.tokEnd = tokEnd;
      this.begin = begin;
      this.end = end;
      this.speaker = speaker;
      this.report = report;
      this.lent = lent;
    }
  }

  /** The state of one article's extraction. */
  private final class Doc {
    final AnnotatedText at;
    final String t;
    final DocumentActors actors;
    final List<Mention> mentions;
    final List<QuoteSpans.Span> quotes;
    final boolean[] quoted;
    final List<Statement> out = new ArrayList<>();
    final boolean[] cueUsed;
    final int headlineParagraph;
    /** Gender of actors learnt from close pronoun resolutions. */
    final java.util.Map<String, Character> gender = new java.util.HashMap<>();
    /** The quoted parts of the statement being made, joined for its text; null for one span. */
    @Nullable List<QuoteSpans.Span> parts;

    /** The article's sentences, with name tokens retagged as proper nouns ({@link #retag}). */
    final List<Sentence> sents;

    Doc(AnnotatedText at, DocumentActors actors) {
      this.at = at;
      this.t = at.text();
      this.actors = actors;
      this.mentions = actors.mentions();
      this.sents = retag(at, mentions, verbs);
      this.quotes = QuoteSpans.find(at);
      this.quoted = new boolean[t.length() + 1];
      for (QuoteSpans.Span q : quotes) {
        for (int i = q.open; i < Math.min(q.close, t.length()); i++) {
          quoted[i] = true;
        }
      }
      this.cueUsed = new boolean[t.length() + 1];
      this.headlineParagraph = headline(at);
    }
  }

  /**
   * Copies of the sentences where a capitalised token inside a name mention is tagged PROPN: the
   * tagger sometimes reads a surname as an adjective or a verb ("Trump/ADJ said"), which hides the
   * subject from {@link SubjectFinder} or makes a name look like a cue. Speech verbs keep their
   * tag: in title-case headlines the name finder often swallows them ("Smith Stressed …"). The
   * annotated text itself is left untouched.
   */
  private static List<Sentence> retag(AnnotatedText at, List<Mention> mentions, SpeechVerbs verbs) {
    List<Sentence> out = new ArrayList<>(at.sentences().size());
    int mi = 0;
    for (Sentence s : at.sentences()) {
      String[] pos = s.pos;
      while (mi < mentions.size() && mentions.get(mi).end <= s.begin) {
        mi++;
      }
      for (int k = mi; k < mentions.size() && mentions.get(k).begin < s.end; k++) {
        Mention m = mentions.get(k);
        for (int ti = 0; ti < s.size(); ti++) {
          if (s.tokenBegin[ti] >= m.begin && s.tokenEnd[ti] <= m.end
              && Character.isUpperCase(s.tokens[ti].charAt(0)) && !pos[ti].equals("PROPN")
              && !pos[ti].equals("PUNCT") && !pos[ti].equals("DET")
              && !(pos[ti].equals("PRON") && PRONOUNS.contains(s.tokens[ti].toLowerCase(Locale.ROOT)))
              && verbs.lookup(s.tokens[ti]) == null) {
            if (pos == s.pos) {
              pos = s.pos.clone();
            }
            pos[ti] = "PROPN";
          }
        }
      }
      out.add(pos == s.pos ? s : new Sentence(s.index, s.paragraph, s.begin, s.end, s.tokens,
          s.tokenBegin, s.tokenEnd, pos));
    }
    return out;
  }

  private static final Set<String> OBJECT_VERBS = Set.copyOf(
      org.actorgraph.actors.Lexicon.lines(QuoteExtractor.class, "/org/actorgraph/quotes/object_verbs.txt"));
  private static final Set<String> COLON_LABELS = Set.copyOf(
      org.actorgraph.actors.Lexicon.lines(QuoteExtractor.class, "/org/actorgraph/quotes/colon_labels.txt"));

  public List<Statement> extract(AnnotatedText at, DocumentActors actors) {
    Doc d = new Doc(at, actors);
    colonLeads(d);
    directQuotes(d);
    reportedSpeech(d);
    d.out.sort((a, b) -> Integer.compare(a.begin, b.begin));
    return d.out;
  }

  // ------------------------------------------------------------------ direct and partial quotes

  private void directQuotes(Doc d) {
    Statement previous = null;
    int i = 0;
    while (i < d.quotes.size()) {
      // a multi-paragraph quote is one statement
      int j = i + 1;
      while (j < d.quotes.size()
          && (d.quotes.get(j).continuation && !ownCueAfter(d, d.quotes.get(j))
              || splitByCue(d, d.quotes.get(j - 1), d.quotes.get(j))
              && !looksLikeTitle(d, d.quotes.get(j), d.quotes.get(j), null))) {
        j++;
      }
      List<QuoteSpans.Span> parts = d.quotes.subList(i, j);
      QuoteSpans.Span first = d.quotes.get(i);
      QuoteSpans.Span last = d.quotes.get(j - 1);
      i = j;
      if (first.paragraph == d.headlineParagraph || isCaption(d, first.paragraph)) {
        continue;
      }
      int si = d.at.sentenceAt(first.begin);
      if (si < 0) {
        continue;
      }
      Sentence s = d.sents.get(si);
      int lastSi = Math.max(si, d.at.sentenceAt(Math.max(last.begin, last.end - 1)));
      Cue cue = cueForQuote(d, si, lastSi, first, last);
      boolean direct = looksDirect(d, first, last, s);
      int words = wordCount(d.t, first.begin, last.end);
      if (looksLikeTitle(d, first, last, s) && (cue == null || words <= 5)) {
        continue; // “Make America Great Again”, “Good Morning America”
      }
      if (cue == null) {
        if (!direct || words < 4 || titleCase(d, first.begin, last.end)) {
          continue; // scare quotes, titles, nicknames, “Orange Is the New Black.”
        }
        if (insideStatement(d, first.open, last.end)) {
          continue; // the second partial quote of a reported clause already taken whole
        }
        // a quote filling its paragraph continues the previous speaker's quote
        // (or a quote in the same paragraph as the previous statement, after it)
        Speaker carried = null;
        int prevPara = previous == null ? -1 : paragraphOf(d, previous.begin);
        if (previous != null && previous.speakerBegin >= 0
            && (fillsParagraph(d, first) && prevPara == first.paragraph - 1
                || prevPara == first.paragraph
                || prevPara == first.paragraph - 1 && !personNamedBetween(d, previous.end, first.open))) {
          if (continuesStatement(d, previous, first)) {
            // “A,” said X, the author of … ¶ “B.”: one statement, as multi-part quotes are
            d.out.remove(d.out.size() - 1);
            StringBuilder text = new StringBuilder(previous.text);
            for (QuoteSpans.Span q : parts) {
              text.append(' ').append(d.t, q.begin, q.end);
            }
            previous = new Statement(previous.kind, previous.begin, last.end, text.toString(),
                previous.sentence, previous.cue, previous.cueBegin, previous.cueEnd,
                previous.speakerSurface, previous.speakerBegin, previous.speakerEnd,
                previous.actorId, previous.speakerName, previous.confidence);
            d.out.add(previous);
            continue;
          }
          carried = new Speaker(previous.speakerBegin, previous.speakerEnd,
              previous.speakerSurface, previous.actorId, previous.speakerName, 0.6);
        }
        if (carried == null) {
          carried = speakerOfPrecedingSpeech(d, si, first);
        }
        if (carried == null && fillsParagraph(d, first)) {
          carried = subjectOfPrecedingParagraph(d, si, first);
        }
        if (carried == null && !fillsParagraph(d, first)) {
          carried = personSubject(d, s, first);
        }
        d.parts = parts;
        previous = statement(d, direct ? Kind.DIRECT : Kind.PARTIAL, first.begin, last.end, si,
            null, carried, carried == null ? 0.3 : Math.min(0.6, carried.confidence));
        d.parts = null;
        continue;
      }
      if (namedWork(d, s, first) && titleCase(d, first.begin, last.end)) {
        continue; // "in his 2012 book, “An American Son.”": a title, whatever cue is near
      }
      if (cue.speaker == null && insideStatement(d, first.open, last.end)) {
        continue; // the second quotation of a reported clause already taken whole, not "to say"'s
      }
      d.cueUsed[cue.begin] = !cue.lent;
      Kind kind = direct ? Kind.DIRECT : Kind.PARTIAL;
      int begin = first.begin;
      int end = last.end;
      if (cue.report && cue.sentence == si && cue.tokEnd <= s.tokenAt(first.open)
          && (!direct || speechVerbBetween(d, s, cue.tokEnd, s.tokenAt(first.open)))) {
        // "He said the plan was "a disaster" and would fail": the reported clause is the content,
        // also when another speech verb stands between ("He said the bill that some call “…”")
        int[] clause = clauseAfter(d, s, cue.tokEnd);
        if (clause != null && clause[0] <= first.open && clause[1] >= last.end) {
          begin = clause[0];
          end = clause[1];
          if (begin < first.open) {
            kind = Kind.PARTIAL;
          }
        }
      }
      d.parts = begin == first.begin && end == last.end ? parts : null;
      previous = statement(d, kind, begin, end, si, cue, cue.speaker,
          cue.speaker == null ? 0.4 : cue.speaker.confidence);
      d.parts = null;
    }
  }

  /**
   * A paragraph continuing an open quotation that names its own speaker right after its first
   * closing mark (“… closed. ¶ “And the shops are empty,” he said with a sigh.): a new
   * statement, as the reader takes it.
   */
  private boolean ownCueAfter(Doc d, QuoteSpans.Span q) {
    if (!q.closed) {
      return false;
    }
    int si = d.at.sentenceAt(Math.max(q.begin, q.end - 1));
    if (si < 0) {
      return false;
    }
    Sentence s = d.sents.get(si);
    int k = s.tokenAt(q.close) + 1;
    for (int n = 0; k < s.size() && n < 4; k++, n++) {
      if (d.quoted[s.tokenBegin[k]]) {
        return false;
      }
      if (speechVerb(s, k)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "been", "being", "be");
  /** Punctuation that ends the object of a speech act ("criticized X for …, adding"). */
  private static final Set<String> OBJECT_END = Set.of(",", ";", "—", "–", "--", "(");

  /** "are said to", "was reported": a participle after a form of "be". */
  private static boolean passive(Sentence s, int ti) {
    String w = s.tokens[ti].toLowerCase(Locale.ROOT);
    if (!w.endsWith("ed") && !w.equals("said") && !w.equals("told")) {
      return false;
    }
    int k = ti - 1;
    while (k >= 0 && s.pos[k].equals("ADV")) {
      k--;
    }
    return k >= 0 && BE.contains(s.tokens[k].toLowerCase(Locale.ROOT));
  }

  private static final Set<String> SUBORDINATORS =
      Set.of("when", "if", "as", "after", "because", "while", "since", "although", "before", "until", "whether");

  /** A subject opening a subordinate clause: "When I asked him …, he said". */
  private static boolean subordinate(Sentence s, int subject) {
    return subject > 0 && SUBORDINATORS.contains(s.tokens[subject - 1].toLowerCase(Locale.ROOT));
  }

  /** True when the last non-space character before {@code at} is inside a quotation. */
  private static boolean precededByQuote(Doc d, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(d.t.charAt(i))) {
      i--;
    }
    return i >= 0 && d.quoted[i];
  }

  private static boolean insideStatement(Doc d, int b, int e) {
    for (Statement st : d.out) {
      if (st.begin <= b && st.end >= e) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cue-less quotation that goes on with the direct quotation just before it: that quotation
   * is the last statement and only its cue clause stands between them (at most 30 words, no
   * other quotation but short titles: “A,” said Becker, the author of “Open Roads.” ¶
   * “B.”). PolNeAR, like the reader, takes such a run as one statement.
   */
  private boolean continuesStatement(Doc d, Statement previous, QuoteSpans.Span first) {
    if (previous.kind != Kind.DIRECT || d.out.isEmpty() || d.out.get(d.out.size() - 1) != previous
        || previous.cueBegin < 0 || previous.end > first.open) {
      return false;
    }
    int from = Math.max(previous.end, previous.cueEnd);
    if (wordCount(d.t, from, first.open) > 30) {
      return false;
    }
    for (QuoteSpans.Span q : d.quotes) {
      if (q.open >= from && q.close <= first.open && wordCount(d.t, q.begin, q.end) > 5) {
        return false;
      }
    }
    // no sentence of its own in between ("… said. The talks went on. ¶ “B.”")
    for (Sentence s : d.sents) {
      if (s.begin > from && s.begin < first.open && !d.quoted[s.begin] && !afterAbbreviation(d, s)) {
        for (int k = 0; k < s.size(); k++) {
          if (s.tokenBegin[k] < first.open && !d.quoted[s.tokenBegin[k]] && isVerbTag(s.pos[k])) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The sentence detector split after "Mrs." / "Edward G.": the sentence goes on. */
  private static boolean afterAbbreviation(Doc d, Sentence s) {
    if (s.index == 0) {
      return false;
    }
    Sentence p = d.sents.get(s.index - 1);
    int n = p.size();
    if (n < 2 || p.paragraph != s.paragraph) {
      return false;
    }
    String dot = p.tokens[n - 1];
    String w = p.tokens[n - 2];
    if (dot.equals(".") && w.length() <= 3 && Character.isUpperCase(w.charAt(0))) {
      return true;
    }
    return dot.length() <= 4 && dot.endsWith(".") && Character.isUpperCase(dot.charAt(0));
  }

  /**
   * Two quotations of one paragraph are one statement when only a short cue clause separates them
   * and the first closes a sentence or clause: “A,” he said. “B.” / “A,” said Putin, “b.”
   */
  private boolean splitByCue(Doc d, QuoteSpans.Span a, QuoteSpans.Span b) {
    if (a.paragraph != b.paragraph || !a.closed) {
      return false;
    }
    char end = d.t.charAt(a.end - 1);
    if (",.!?…".indexOf(end) < 0 && !(end == '-' || end == '—')) {
      return false;
    }
    if (wordCount(d.t, a.close, b.open) > 10 || hasOwnCue(d, b)) {
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
        if (s.tokenBegin[ti] >= a.close && s.tokenEnd[ti] <= b.open && speechVerb(s, ti)) {
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
  private boolean hasOwnCue(Doc d, QuoteSpans.Span b) {
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
      if (d.quoted[s.tokenBegin[k]] || wordCount(d.t, b.close, s.tokenBegin[k]) > 4) {
        return false;
      }
      if (speechVerb(s, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title or slogan: at most 8 words, most of them capitalised, no verb and no closing
   * sentence punctuation inside the marks.
   */
  private boolean looksLikeTitle(Doc d, QuoteSpans.Span first, QuoteSpans.Span last, @Nullable Sentence s) {
    int words = wordCount(d.t, first.begin, last.end);
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
        if (x.tokenBegin[ti] < first.begin || x.tokenEnd[ti] > last.end || !isWordTag(x.pos[ti])) {
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

  private static final Set<String> WORKS =
      Set.of("book", "memoir", "column", "show", "program", "programme", "film", "movie", "album",
          "song", "article", "essay", "op-ed", "editorial", "titled", "entitled", "headlined", "series",
          "novel", "documentary", "podcast");

  /** The quotation follows a word naming a work: "his book, “An American Son.”" */
  private static boolean namedWork(Doc d, Sentence s, QuoteSpans.Span q) {
    int k = s.tokenAt(q.open) - 1;
    if (k >= 0 && s.tokens[k].equals(",")) {
      k--;
    }
    return k >= 0 && WORKS.contains(s.tokens[k].toLowerCase(Locale.ROOT));
  }

  /**
   * Every word but short function words capitalized, in at most 8 words: a title or a slogan
   * ("Super Lives of the Super Rich.", "MAKE AMERICA GREAT AGAIN"), whatever its verbs.
   */
  private static boolean titleCase(Doc d, int b, int e) {
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
  private boolean looksDirect(Doc d, QuoteSpans.Span first, QuoteSpans.Span last, Sentence s) {
    char c0 = d.t.charAt(first.begin);
    char cz = d.t.charAt(last.end - 1);
    if (Character.isUpperCase(c0) && wordCount(d.t, first.begin, last.end) >= 3) {
      return true;
    }
    if (".,!?…;".indexOf(cz) >= 0) {
      return true;
    }
    return wordCount(d.t, first.begin, last.end) >= 10;
  }

  private @Nullable Cue cueForQuote(
      Doc d, int si, int lastSi, QuoteSpans.Span first, QuoteSpans.Span last) {
    Cue best = null;
    int bestDist = Integer.MAX_VALUE;
    boolean embedded = embeddedQuote(d, si, first);
    for (int k = si; k <= lastSi; k++) {
      Sentence s = d.sents.get(k);
      for (int ti = 0; ti < s.size(); ti++) {
        if (d.quoted[s.tokenBegin[ti]] || d.cueUsed[s.tokenBegin[ti]]) {
          continue;
        }
        Cue c = cueAt(d, s, ti, first, last);
        if (c == null) {
          continue;
        }
        int dist = Math.min(Math.abs(c.begin - last.close), Math.abs(first.open - c.end));
        if (s.tokens[ti].equals(":")) {
          dist += 8; // “…,” he said after the quotation names the speaker better than a colon before it
        }
        if (c.begin >= last.close && ti > 0 && COORD.contains(s.tokens[ti - 1].toLowerCase(Locale.ROOT))) {
          dist += 60; // "called it “careless,” but said …": a new clause, not the quotation's cue
        }
        if (c.begin >= first.open && c.end <= last.close) {
          dist = 0; // between two parts of one quote: "…," he said, "…"
        }
        if (embedded && k == si && c.end <= first.open) {
          dist /= 10; // "X, who calls him a “spender,” said …": the quote is the earlier verb's
        }
        if (dist < bestDist) {
          best = c;
          bestDist = dist;
        }
      }
    }
    if (best != null) {
      Cue outer = outerReport(d, d.sents.get(si), best, first, last);
      return outer != null ? outer : best;
    }
    // “Why would they?” Becker said. — the sentence detector often ends the sentence
    // at the closing mark; the cue opens the next sentence (or the one after "Mrs.")
    Sentence lastS = d.sents.get(lastSi);
    Sentence firstS = d.sents.get(si);
    boolean ownSentence = wordCount(d.t, firstS.begin, first.open) == 0;
    for (int k = lastSi + 1; ownSentence && k < Math.min(d.sents.size(), lastSi + 3); k++) {
      Sentence s = d.sents.get(k);
      if (s.paragraph != lastS.paragraph) {
        break;
      }
      for (int ti = 0; ti < s.size(); ti++) {
        if (d.quoted[s.tokenBegin[ti]]) {
          return null;
        }
        if (wordCount(d.t, last.close, s.tokenBegin[ti]) > 12) {
          return null; // “…?” Tom Becker, the chairman of the county board, said
        }
        if (!d.cueUsed[s.tokenBegin[ti]] && verbs.lookup(s.tokens[ti]) != null) {
          Cue c = cueAt(d, s, ti, first, last);
          if (c != null && c.speaker != null) {
            return c;
          }
        }
      }
    }
    // “…” ¶ — Hillary Clinton: a signature paragraph after the quotation
    if (ownSentence && lastSi + 1 < d.sents.size()) {
      Sentence sig = d.sents.get(lastSi + 1);
      if (sig.paragraph == lastS.paragraph + 1 && sig.size() >= 2 && DASHES.contains(sig.tokens[0])
          && wordCount(d.t, sig.begin, sig.end) <= 8 && fillsParagraph(d, first)) {
        Speaker sp = speakerAfter(d, sig, 1);
        if (sp != null) {
          return new Cue(sig.index, 0, 1, sig.tokenBegin[0], sig.tokenEnd[0], sp, false);
        }
      }
    }
    // "He said:" closing the previous sentence of the paragraph
    if (si > 0) {
      Sentence prev = d.sents.get(si - 1);
      if (prev.paragraph == first.paragraph || d.t.charAt(prev.end - 1) == ':') {
        String lastTok = prev.tokens[prev.size() - 1];
        if (lastTok.equals(":") || lastTok.equals(",")) {
          for (int ti = prev.size() - 2; ti >= 0; ti--) {
            Cue c = cueAt(d, prev, ti, first, last);
            if (c != null && !d.cueUsed[c.begin]) {
              return c;
            }
          }
          // "Cruz called them on it:" / "Cruz continued:": the colon is the cue, the subject of
          // the last verb before it the speaker
          if (lastTok.equals(":") && onlySpaceBetween(d.t, prev.tokenEnd[prev.size() - 1], first.open)) {
            for (int ti = prev.size() - 2; ti >= 0; ti--) {
              if (d.quoted[prev.tokenBegin[ti]]) {
                break;
              }
              if (isVerbTag(prev.pos[ti]) && !prev.pos[ti].equals("AUX")
                  && !(ti > 0 && prev.pos[ti - 1].equals("DET"))) { // "the following statement:"
                Speaker sp = speakerBefore(d, prev, ti);
                if (sp != null) {
                  int ci = prev.size() - 1;
                  return new Cue(prev.index, ci, ci + 1, prev.tokenBegin[ci], prev.tokenEnd[ci], sp, false);
                }
                break;
              }
            }
          }
        }
        // "Becker said in a statement. “There is no video …”": a cue with nothing to report
        // ends the sentence before the quotation opening its paragraph's next sentence
        if (lastTok.equals(".") && prev.paragraph == first.paragraph && ownSentence
            && onlySpaceBetween(d.t, prev.end, first.open) && quotedShare(d, prev.begin, prev.end) == 0
            && !(precededByQuote(d, prev.begin) && prev.index > 0 && d.sents.get(prev.index - 1).paragraph == prev.paragraph)) {
          for (int ti = prev.size() - 2; ti >= 1; ti--) {
            boolean speech = verbs.lookup(prev.tokens[ti]) != null;
            if (d.quoted[prev.tokenBegin[ti]] || isVerbTag(prev.pos[ti]) && !speech) {
              break;
            }
            if (speech) {
              Cue c = cueAt(d, prev, ti, first, last);
              if (c != null && c.speaker != null && !d.cueUsed[c.begin] && clauseAfter(d, prev, ti + 1) == null
                  && !hasVerb(prev, ti + 1, prev.size())) {
                // "Trump is no conservative, he said. “He's a liberal!”": the cue stays free to
                // report the clause before it too
                return new Cue(c.sentence, c.tokBegin, c.tokEnd, c.begin, c.end, c.speaker, c.report, true);
              }
              break;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The speech verb whose reported clause holds both the quotation and the nearer cue found for
   * it: in "He said the platform, which some have argued for, must be “bold.”" the quotation is
   * what he said, not what some argued. Null when there is none.
   */
  private @Nullable Cue outerReport(Doc d, Sentence s, Cue inner, QuoteSpans.Span first, QuoteSpans.Span last) {
    if (inner.sentence != s.index || inner.end > first.open) {
      return null;
    }
    if (inner.speaker != null && inner.speaker.actorId != null && s.tokenAt(first.open) - inner.tokEnd <= 3
        && !hasVerb(s, inner.tokEnd, s.tokenAt(first.open))) {
      return null; // "… only to have her ask, “…?”", "Clinton called him “…”": a nested speaker's own words
    }
    for (int ti = 0; ti < s.size() && s.tokenEnd[ti] <= inner.begin; ti++) {
      if (d.quoted[s.tokenBegin[ti]] || d.cueUsed[s.tokenBegin[ti]]) {
        continue;
      }
      SpeechVerbs.Verb v = verbs.lookup(s.tokens[ti]);
      if (v == null || v.use != SpeechVerbs.Use.REPORT || !isVerbTag(s.pos[ti]) || passive(s, ti)) {
        continue;
      }
      if (ti > 0 && s.tokens[ti - 1].equalsIgnoreCase("to")) {
        continue; // "before Sanders took the stage to acknowledge his victory, his campaign …"
      }
      Cue c = cueAt(d, s, ti, first, last);
      if (c == null || c.speaker == null || c.speaker.end > inner.begin) {
        continue;
      }
      int spTok = s.tokenAt(c.speaker.begin);
      if (ti + 1 < s.size() && s.tokens[ti + 1].equals(",") && spTok > 0 && s.tokens[spTok - 1].equals(",")) {
        continue; // "CNN, Cruz said, called it “…”": the cue is an insertion, the clause around it
      }
      int[] clause = clauseAfter(d, s, ti + 1);
      if (clause != null && clause[0] <= inner.begin && clause[1] >= last.end && !startsWithVerb(s, clause[0])) {
        return c;
      }
    }
    return null;
  }

  /** "everything the mayor says is true, …": a verb right after the cue, which has no clause then. */
  private static boolean startsWithVerb(Sentence s, int offset) {
    int k = s.tokenAt(offset);
    return k >= 0 && (s.pos[k].equals("AUX") || s.pos[k].equals("VERB") && !s.tokens[k].endsWith("ing"));
  }

  /** A speech verb tagged as a verb. */
  private boolean speechVerb(Sentence s, int k) {
    return isVerbTag(s.pos[k]) && verbs.lookup(s.tokens[k]) != null;
  }

  private boolean speechVerbBetween(Doc d, Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!d.quoted[s.tokenBegin[k]] && speechVerb(s, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quotation inside a phrase of its sentence: a determiner, adjective or preposition right
   * before the opening mark ("a “reckless spender”", "of “the elites”").
   */
  private static boolean embeddedQuote(Doc d, int si, QuoteSpans.Span first) {
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

  /** The cue at token {@code ti}, with its speaker, or null if the token is no cue. */
  private @Nullable Cue cueAt(Doc d, Sentence s, int ti, QuoteSpans.Span first, QuoteSpans.Span last) {
    String tok = s.tokens[ti];
    String low = tok.toLowerCase(Locale.ROOT);
    SpeechVerbs.Verb v = verbs.lookup(tok);
    boolean hyphenated = s.tokenBegin[ti] > 0 && d.t.charAt(s.tokenBegin[ti] - 1) == '-'; // so-called
    if (v != null && (isVerbTag(s.pos[ti]) || mistaggedVerb(d, s, ti)) && !hyphenated
        && !adjectivalParticiple(s, ti) && !possessed(s, ti)) {
      Speaker sp = verbSpeaker(d, s, ti, v);
      return new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp,
          v.use == SpeechVerbs.Use.REPORT);
    }
    if (low.equals("according") && ti + 1 < s.size() && s.tokens[ti + 1].equalsIgnoreCase("to")) {
      Speaker sp = speakerAfter(d, s, ti + 2);
      return new Cue(s.index, ti, ti + 2, s.tokenBegin[ti], s.tokenEnd[ti + 1], sp, true);
    }
    if (tok.equals(":") && s.tokenEnd[ti] <= first.open && onlySpaceBetween(d.t, s.tokenEnd[ti], first.open)) {
      Speaker sp = colonSpeaker(d, s, ti);
      if (sp != null) {
        return new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, false);
      }
    }
    if (DASHES.contains(tok) && s.tokenBegin[ti] >= last.close
        && onlySpaceBetween(d.t, last.close, s.tokenBegin[ti])) {
      Speaker sp = speakerAfter(d, s, ti + 1);
      if (sp != null) {
        return new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, false);
      }
    }
    return null;
  }

  /**
   * The speaker of "…: “quote”". "Becker: “…”" is the phrase before the colon when it opens the
   * clause; in "Mr. Becker told a radio station: “…”" or "Alvarez issued a statement: “…”"
   * the phrase is an object and the speaker is the subject of the clause's verb. A speech verb
   * there is a better cue than the colon: null, so that it is taken.
   */
  private @Nullable Speaker colonSpeaker(Doc d, Sentence s, int colon) {
    boolean[] blocked = blocked(d, s);
    SubjectFinder.Np np = SubjectFinder.npEndingAt(s, colon - 1, blocked);
    if (np != null && (np.begin == 0 || blocked[np.begin - 1] || !isWordTag(s.pos[np.begin - 1]))) {
      return fromNp(d, s, np, false);
    }
    for (int v = colon - 1; v >= 0 && !blocked[v]; v--) {
      if (!s.pos[v].equals("VERB")) {
        continue;
      }
      if (verbs.lookup(s.tokens[v]) != null) {
        return null;
      }
      SubjectFinder.Np subj = SubjectFinder.before(s, v, blocked);
      if (subj != null && subj.relative >= 0 && !s.tokens[subj.relative].equalsIgnoreCase("who")) {
        continue; // "answered with a line his rival might have used …:": the main verb's subject
      }
      return subjectOf(d, s, v);
    }
    return speakerBefore(d, s, colon);
  }

  /** The subject of any verb: before it, else of the verb it is coordinated with or attached to. */
  private @Nullable Speaker subjectOf(Doc d, Sentence s, int v) {
    int k = v - 1;
    while (k >= 0 && (SKIP_BEFORE_VERB.contains(s.tokens[k].toLowerCase(Locale.ROOT))
        || s.pos[k].equals("ADV") && !d.quoted[s.tokenBegin[k]] && k > 0)) {
      k--;
    }
    boolean coordinated = k >= 0 && COORD.contains(s.tokens[k].toLowerCase(Locale.ROOT)) && !d.quoted[s.tokenBegin[k]];
    if (coordinated) {
      // "A spokesman defended the route and said": the first verb's subject, not its object
      Speaker co = coordinatedSubject(d, s, k, 0);
      if (co != null) {
        return co;
      }
    }
    Speaker sp = speakerBefore(d, s, v);
    if (sp != null || coordinated) {
      return sp;
    }
    if (s.tokens[v].toLowerCase(Locale.ROOT).endsWith("ing")) {
      return clauseSubject(d, s, v);
    }
    return null;
  }

  // ------------------------------------------------------------------ "Name: text" paragraphs

  /**
   * A paragraph that opens with a short name or label and a colon is a statement of that name:
   * headlines ("Becker: Voters deserve a real choice", "Poll: Mayor trails in suburbs")
   * and interview transcripts ("ALVAREZ: We never saw …"). The label is at most four capitalised
   * words, not a section label ({@code colon_labels.txt}: "EXCLUSIVE:", "Watch:", "Q:"); the
   * text after it (to the paragraph's end) has at least five words and is not a quotation (those
   * have their own colon cue).
   */
  private void colonLeads(Doc d) {
    for (AnnotatedText.Paragraph p : d.at.paragraphs()) {
      int si = d.at.sentenceAt(p.begin);
      if (si < 0 || isCaption(d, d.sents.get(si).paragraph) || d.sents.get(si).paragraph == d.headlineParagraph) {
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
      if (colon < 1 || d.quoted[s.tokenBegin[0]] || d.cueUsed[s.tokenBegin[colon]]) {
        continue;
      }
      boolean caps = true;
      for (int k = 0; k < colon; k++) {
        String w = s.tokens[k];
        caps &= Character.isUpperCase(w.charAt(0)) || !isWordTag(s.pos[k]) || w.equals("'s") || w.equals("’s");
      }
      String label = d.t.substring(s.tokenBegin[0], s.tokenEnd[colon - 1]).toLowerCase(Locale.ROOT)
          .replace('’', '\'');
      if (!caps || COLON_LABELS.contains(label) || COLON_LABELS.contains(s.tokens[0].toLowerCase(Locale.ROOT))) {
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
      if (wordCount(d.t, b, e) < 5 || quotedShare(d, b, e) > 0.5) {
        continue; // "Smith: Win the state." is a list item, not a claim
      }
      Speaker sp = labelSpeaker(d, s, colon);
      Cue cue = new Cue(s.index, colon, colon + 1, s.tokenBegin[colon], s.tokenEnd[colon], sp, true);
      d.cueUsed[cue.begin] = true;
      Kind kind = quotedShare(d, b, e) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
      statement(d, kind, b, e, s.index, cue, sp, sp.confidence - 0.2);
    }
  }

  /** The speaker of a "Label:" line: the name mention in it, else the label as a role. */
  private Speaker labelSpeaker(Doc d, Sentence s, int colon) {
    for (int k = colon - 1; k >= 0; k--) {
      Mention m = mentionCovering(d, s.tokenBegin[k]);
      if (m != null) {
        return fromMention(d, m, m.begin, m.end, 0.8);
      }
    }
    int begin = s.tokenBegin[0];
    int end = s.tokenEnd[colon - 1];
    return new Speaker(begin, end, d.t.substring(begin, end), null, null, 0.5);
  }

  // ------------------------------------------------------------------ reported speech

  private void reportedSpeech(Doc d) {
    for (Sentence s : d.sents) {
      if (s.paragraph == d.headlineParagraph || isCaption(d, s.paragraph)) {
        continue;
      }
      for (int ti = 0; ti < s.size(); ti++) {
        int at = s.tokenBegin[ti];
        if (d.quoted[at] || d.cueUsed[at]) {
          continue;
        }
        String low = s.tokens[ti].toLowerCase(Locale.ROOT);
        if (low.equals("according") && ti + 1 < s.size() && s.tokens[ti + 1].equalsIgnoreCase("to")) {
          if (accordingTo(d, s, ti)) {
            break;
          }
          continue;
        }
        SpeechVerbs.Verb v = verbs.lookup(s.tokens[ti]);
        boolean object = OBJECT_VERBS.contains(low) && s.pos[ti].equals("VERB");
        if ((v == null || v.use != SpeechVerbs.Use.REPORT || !isVerbTag(s.pos[ti])) && !object
            || adjectivalParticiple(s, ti)) {
          continue;
        }
        if (v != null && v.use == SpeechVerbs.Use.REPORT && reportedAfter(d, s, ti)
            || object && objectStatement(d, s, ti)) {
          // go on after the statement: a second speech verb after the clause ("…, insisting that
          // …", "Becker called the handling “careless,” but said …") may start another
          ti = Math.max(ti, s.tokenAt(d.out.get(d.out.size() - 1).end) - 1);
          continue;
        }
        if (v != null && v.use == SpeechVerbs.Use.REPORT && reportedBefore(d, s, ti)) {
          break; // the clause before the cue is the whole sentence
        }
      }
    }
  }

  /** SPEAKER said (that) CLAUSE. */
  private boolean reportedAfter(Doc d, Sentence s, int ti) {
    // "Alvarez voted against the plan and said she …": the subject of a coordinated verb too
    // "…, saying the plan …": a participle takes the main clause's subject
    boolean passive = passive(s, ti);
    Speaker sp;
    if (passive) {
      // "Some aides are said to be pressing …", "it was reported by the Ledger that …": the
      // subject is what is said; the speaker is the agent after "by", or nobody
      sp = ti + 2 < s.size() && s.tokens[ti + 1].equalsIgnoreCase("by") ? speakerAfter(d, s, ti + 2) : null;
    } else {
      boolean participle = s.tokens[ti].toLowerCase(Locale.ROOT).endsWith("ing");
      if (participle && !hasWordBefore(s, ti) && !(ti + 1 < s.size() && s.tokens[ti + 1].equalsIgnoreCase("that")
          && hasVerb(s, ti + 2, nextComma(s, ti + 2)))) {
        return false; // "Recalling that moment, Axelrod said …": only "Promising that …, Bolton said" reports
      }
      sp = participle ? verbSpeaker(d, s, ti, verbs.lookup(s.tokens[ti])) : subjectOf(d, s, ti);
      if (sp == null) {
        return false;
      }
      int spTok = s.tokenAt(sp.begin);
      if (ti + 1 < s.size() && s.tokens[ti + 1].equals(",") && spTok >= 3 && s.tokens[spTok - 1].equals(",")) {
        return false; // "No name change, he said, would alter that": the clause is around the cue
      }
    }
    int from = ti + 1;
    if (passive && sp != null) {
      from = Math.max(from, s.tokenAt(sp.end));
    }
    int[] clause = clauseAfter(d, s, from);
    if (clause == null || quotedShare(d, clause[0], clause[1]) > 0.5) {
      return false;
    }
    Cue cue = new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, true);
    d.cueUsed[cue.begin] = true;
    Kind kind = quotedShare(d, clause[0], clause[1]) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
    statement(d, kind, clause[0], clause[1], s.index, cue, sp, sp == null ? 0.3 : sp.confidence - 0.1);
    return true;
  }

  /**
   * SPEAKER criticized OBJECT (for …) / described OBJECT as …: the object to the end of its
   * clause (the next comma, semicolon or dash outside quotation marks, or the sentence's end).
   * Not passive ("was criticized") and not before a "that" clause (reported speech).
   */
  private boolean objectStatement(Doc d, Sentence s, int ti) {
    int prev = ti - 1;
    while (prev >= 0 && s.pos[prev].equals("ADV")) {
      prev--;
    }
    String before = prev >= 0 ? s.tokens[prev].toLowerCase(Locale.ROOT) : "";
    if (BE.contains(before) || before.equals("’s")) {
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
    while (e < s.size() && (d.quoted[s.tokenBegin[e]] || !OBJECT_END.contains(s.tokens[e]))) {
      if (!d.quoted[s.tokenBegin[e]] && COORD.contains(s.tokens[e].toLowerCase(Locale.ROOT))
          && e + 1 < s.size() && s.pos[e + 1].equals("VERB")) {
        break; // "… on taxes and called him …": the next verb's own statement
      }
      e++;
    }
    int last = e - 1;
    while (last >= k && !isWordTag(s.pos[last]) && !d.quoted[s.tokenBegin[last]]) {
      last--;
    }
    if (last < k) {
      return false;
    }
    Speaker sp = subjectOf(d, s, ti);
    if (sp == null) {
      return false;
    }
    int b = s.tokenBegin[k];
    int en = s.tokenEnd[last];
    while (en < d.t.length() && d.quoted[en]) {
      en++;
    }
    Cue cue = new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, true);
    d.cueUsed[cue.begin] = true;
    Kind kind = quotedShare(d, b, en) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
    // a cue-less quotation inside the object ("denounced the “attack whose …”") is part of it
    final int from = b;
    final int to = en;
    d.out.removeIf(st -> st.cueBegin < 0 && st.begin >= from && st.end <= to);
    statement(d, kind, b, en, s.index, cue, sp, sp.confidence - 0.2);
    return true;
  }

  /** CLAUSE, SPEAKER said. / CLAUSE, said SPEAKER. */
  private boolean reportedBefore(Doc d, Sentence s, int ti) {
    int comma = -1;
    Speaker sp = null;
    // CLAUSE , SPEAKER said .
    SubjectFinder.Np np = SubjectFinder.before(s, ti, blocked(d, s));
    Speaker before = np == null ? null : fromNp(d, s, np, false);
    if (before != null) {
      // the phrase's first token, not the name's: "…, Ms. Gedrich said"
      int k = Math.min(np.begin, s.tokenAt(before.begin)) - 1;
      if (k > 0 && s.tokens[k].equals(",")) {
        comma = k;
        sp = before;
      }
    }
    // CLAUSE , said SPEAKER .
    if (sp == null && ti > 0 && s.tokens[ti - 1].equals(",")) {
      Speaker after = speakerAfter(d, s, ti + 1);
      if (after != null) {
        comma = ti - 1;
        sp = after;
      }
    }
    if (sp == null || comma < 2) {
      return false;
    }
    boolean displaced = false;
    int b = s.tokenBegin[0];
    int e = s.tokenEnd[comma - 1];
    // what follows the speaker must close the sentence, or be the rest of the content:
    // "The plan, he said, will fail."
    int tail = Math.max(ti + 1, s.tokenAt(sp.end));
    int t2 = tail;
    while (t2 < s.size() && TIME_WORDS.contains(s.tokens[t2].toLowerCase(Locale.ROOT))) {
      t2++;
    }
    int lw = lastWord(s);
    if (t2 < s.size() && s.tokens[t2].equals(",") && lw - t2 >= 3 && hasVerb(s, t2 + 1, lw + 1)
        && !d.quoted[s.tokenBegin[t2 + 1]]) {
      e = s.tokenEnd[lw];
      displaced = true;
    } else {
      for (int k = tail; k < s.size(); k++) {
        if (isWordTag(s.pos[k]) && !TIME_WORDS.contains(s.tokens[k].toLowerCase(Locale.ROOT))) {
          if (k > tail + 6) {
            return false;
          }
        }
      }
    }
    boolean ok = displaced ? hasVerb(s, 0, lw + 1) : comma >= 3 && wordCount(d.t, b, e) >= 3 && hasVerb(s, 0, comma);
    if (!ok || quotedShare(d, b, e) > 0.5) {
      return false;
    }
    Cue cue = new Cue(s.index, ti, ti + 1, s.tokenBegin[ti], s.tokenEnd[ti], sp, true);
    d.cueUsed[cue.begin] = true;
    Kind kind = quotedShare(d, b, e) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
    statement(d, kind, b, e, s.index, cue, sp, sp.confidence - 0.1);
    return true;
  }

  /** According to SPEAKER, CLAUSE. / CLAUSE, according to SPEAKER. */
  private boolean accordingTo(Doc d, Sentence s, int ti) {
    Speaker sp = speakerAfter(d, s, ti + 2);
    if (sp == null) {
      return false;
    }
    int b;
    int e;
    int spEnd = s.tokenAt(sp.end);
    if (ti == 0 || (ti == 1 && !isWordTag(s.pos[0]))) {
      int comma = nextComma(s, spEnd);
      if (comma >= s.size() - 2) {
        return false;
      }
      b = s.tokenBegin[comma + 1];
      e = s.tokenEnd[lastWord(s)];
    } else if (s.tokens[ti - 1].equals(",") && ti - 1 >= 3) {
      b = s.tokenBegin[0];
      e = s.tokenEnd[ti - 2];
    } else if (ti >= 4 && !hasVerb(s, spEnd, s.size()) && hasVerb(s, 0, ti)) {
      // "Alvarez leads by 88 votes according to a tally kept by the party."
      b = s.tokenBegin[0];
      e = s.tokenEnd[ti - 1];
    } else if (s.tokens[ti - 1].equals(",") && spEnd < s.size() && s.tokens[spEnd].equals(",")
        && lastWord(s) - spEnd >= 3 && hasVerb(s, spEnd + 1, lastWord(s) + 1)) {
      // "Ticket sales, according to the organisers, have doubled": the sentence around the insertion
      b = s.tokenBegin[0];
      e = s.tokenEnd[lastWord(s)];
    } else {
      return false;
    }
    if (e <= b || wordCount(d.t, b, e) < 3 || quotedShare(d, b, e) > 0.5) {
      return false;
    }
    Cue cue = new Cue(s.index, ti, ti + 2, s.tokenBegin[ti], s.tokenEnd[ti + 1], sp, true);
    d.cueUsed[cue.begin] = true;
    Kind kind = quotedShare(d, b, e) > 0 ? Kind.PARTIAL : Kind.INDIRECT;
    statement(d, kind, b, e, s.index, cue, sp, sp.confidence - 0.15);
    return true;
  }

  /** The reported clause after a verb: skips "that", "told reporters", "on Monday"; null if none. */
  private int @Nullable [] clauseAfter(Doc d, Sentence s, int from) {
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
        while (k < s.size() && k < from + 5 && isNounish(s.pos[k])) {
          k++;
        }
        k = skipAdverbials(s, k);
      }
    }
    int last = clauseEnd(d, s, k);
    if (k > last || last - k + 1 < 2) {
      return null;
    }
    if (!hasVerb(s, k, last + 1)) {
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
  private int clauseEnd(Doc d, Sentence s, int k) {
    int last = lastWord(s);
    boolean[] blocked = null;
    for (int m = k + 3; m <= last; m++) {
      if (d.quoted[s.tokenBegin[m]] || !s.pos[m].equals("VERB") || verbs.lookup(s.tokens[m]) == null) {
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
        blocked = blocked(d, s);
      }
      SubjectFinder.Np np = SubjectFinder.before(s, m, blocked);
      if (np != null && np.begin - 1 > k + 2) {
        q = beforeJoin(s, np.begin - 1, k, true);
        if (q < np.begin - 1 && q - k + 1 >= 3) {
          return q;
        }
        // "…, at the hearing on Monday she said …": a comma, then an adverbial, then the subject
        for (int c = np.begin - 1; c > k + 2 && c >= np.begin - 8; c--) {
          if (isVerbTag(s.pos[c]) || d.quoted[s.tokenBegin[c]]) {
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
  private static int beforeJoin(Sentence s, int p, int k, boolean semicolons) {
    while (p > k && (s.tokens[p].equals(",") || semicolons && s.tokens[p].equals(";")
        || COORD.contains(s.tokens[p].toLowerCase(Locale.ROOT)))) {
      p--;
    }
    return p;
  }

  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "yesterday", "today", "tonight", "recently", "earlier", "later", "again", "also",
          "week", "month", "year", "morning", "evening", "afternoon", "night", "weekend");
  private static final Set<String> MEDIA_WORDS =
      Set.of("statement", "interview", "speech", "conference", "briefing", "release", "tweet",
          "post", "email", "letter", "video", "broadcast", "message", "address", "report");

  /** Skips time and channel adverbials after a speech verb: "on Monday", "in a statement", "that". */
  private static int skipAdverbials(Sentence s, int k) {
    while (k < s.size()) {
      String w = s.tokens[k].toLowerCase(Locale.ROOT);
      if (w.equals("that")) {
        return k + 1;
      }
      if (w.equals(",") || TIME_WORDS.contains(w)) {
        k++;
      } else if ((w.equals("on") || w.equals("last") || w.equals("this") || w.equals("late")
              || w.equals("early")) && k + 1 < s.size()
          && TIME_WORDS.contains(s.tokens[k + 1].toLowerCase(Locale.ROOT))) {
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

  private static boolean endsMediaPhrase(Sentence s, int k) {
    return mediaPhraseEnd(s, k) > k;
  }

  private static int mediaPhraseEnd(Sentence s, int k) {
    for (int m = k; m < Math.min(s.size(), k + 3); m++) {
      if (MEDIA_WORDS.contains(s.tokens[m].toLowerCase(Locale.ROOT))) {
        return m + 1;
      }
      if (!(s.pos[m].equals("ADJ") || isNounish(s.pos[m]))) {
        break;
      }
    }
    return k;
  }

  private boolean allSkippable(Sentence s, int from, int to) {
    for (int m = from; m < to; m++) {
      String l = s.tokens[m].toLowerCase(Locale.ROOT);
      if (!TIME_WORDS.contains(l) && !MEDIA_WORDS.contains(l) && !l.equals(",") && !isNounish(s.pos[m]) && !s.pos[m].equals("DET")
          && !s.pos[m].equals("ADP") && !s.pos[m].equals("PRON")) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ speakers

  /**
   * The speaker of a speech verb: its subject ("Putin said"), the name after it ("said Putin"),
   * or, for a participle ("…, saying …", "…, adding that …"), the subject of the main clause.
   * The object of "told"/"telling" is the addressee, never the speaker.
   */
  private @Nullable Speaker verbSpeaker(Doc d, Sentence s, int ti, SpeechVerbs.Verb v) {
    String low = s.tokens[ti].toLowerCase(Locale.ROOT);
    boolean participle = low.endsWith("ing");
    int k = ti - 1;
    while (k >= 0 && (SKIP_BEFORE_VERB.contains(s.tokens[k].toLowerCase(Locale.ROOT))
        || s.pos[k].equals("ADV") && !d.quoted[s.tokenBegin[k]] && k > 0)) {
      k--;
    }
    if (participle && k < 0) {
      return openingParticipleSubject(d, s, ti);
    }
    if (participle && (s.tokens[k].equals(",") || COORD.contains(s.tokens[k].toLowerCase(Locale.ROOT))
        || s.tokens[k].equalsIgnoreCase("while") || s.tokens[k].equalsIgnoreCase("before")
        || s.tokens[k].equalsIgnoreCase("after") || s.tokens[k].equalsIgnoreCase("by")
        || d.quoted[s.tokenBegin[k]])) {
      return clauseSubject(d, s, ti);
    }
    boolean coordinated = k >= 0 && COORD.contains(s.tokens[k].toLowerCase(Locale.ROOT));
    if (coordinated && !d.quoted[s.tokenBegin[k]]) {
      // "Obama met survivors of the attack and said": the subject of the first verb, not its object
      Speaker co = coordinatedSubject(d, s, k, 0);
      if (co != null) {
        return co;
      }
    }
    SubjectFinder.Np np = SubjectFinder.before(s, ti, blocked(d, s));
    Speaker sp = np == null ? null : fromNp(d, s, np, false);
    if (sp != null && participle) {
      // "Alvarez and Becker issued a statement describing …", "emailed donors saying": the noun
      // phrase is the object of a verb; its subject speaks
      int o = np.begin - 1;
      // over prepositional phrases and particles: "made a pitch to coastal voters saying",
      // "put out a statement saying"
      for (int n = 0; o > 0 && n < 10 && !d.quoted[s.tokenBegin[o]]
          && (s.pos[o].equals("ADP") || s.pos[o].equals("PART") && !s.tokens[o].equalsIgnoreCase("to")
              || n > 0 && (isNounish(s.pos[o]) || s.pos[o].equals("DET") || s.pos[o].equals("ADJ")
                  || s.pos[o].equals("NUM"))); n++) {
        if (s.pos[o - 1].equals("VERB") && (s.pos[o].equals("ADP") || s.pos[o].equals("PART")
            || s.pos[o].equals("DET"))) {
          o--;
          break;
        }
        o--;
      }
      if (o >= 0 && s.pos[o].equals("VERB") && !d.quoted[s.tokenBegin[o]]) {
        Speaker subj = speakerBefore(d, s, o);
        if (subj != null) {
          return subj;
        }
      }
    }
    boolean inverted = k < 0 || d.quoted[s.tokenBegin[k]] || !isWordTag(s.pos[k]);
    // "asked Becker" names whom one asks; right after the quotation, “…?” asked Alvarez, the speaker
    boolean afterQuote = k >= 0 ? d.quoted[s.tokenBegin[k]] : precededByQuote(d, s.tokenBegin[0]);
    if (sp == null && inverted && !participle && !v.lemma.equals("tell")
        && (!v.lemma.equals("ask") || afterQuote)) {
      sp = speakerAfter(d, s, ti + 1);
    }
    if (sp == null && participle) {
      sp = clauseSubject(d, s, ti);
    }
    if (sp == null && coordinated && d.quoted[s.tokenBegin[k]]) {
      sp = coordinatedSubject(d, s, k, 0); // (unquoted: tried above)
    }
    if (sp == null && k >= 1 && s.tokens[k].equalsIgnoreCase("to")) {
      // "…, but went on to say": the controlling verb is the coordinated one
      int c = SubjectFinder.controllingVerb(s, k, blocked(d, s));
      int j = c - 1;
      while (j >= 0 && SKIP_BEFORE_VERB.contains(s.tokens[j].toLowerCase(Locale.ROOT))) {
        j--;
      }
      if (c >= 0 && j >= 0 && COORD.contains(s.tokens[j].toLowerCase(Locale.ROOT))) {
        sp = coordinatedSubject(d, s, j, 0);
      }
      if (sp == null) {
        sp = infinitiveSubject(d, s, k, 0);
      }
    }
    return sp;
  }

  private static int nextComma(Sentence s, int from) {
    int k = from;
    while (k < s.size() && !s.tokens[k].equals(",")) {
      k++;
    }
    return k;
  }

  /** True when a word other than an adverb stands before token {@code ti}. */
  private static boolean hasWordBefore(Sentence s, int ti) {
    for (int k = 0; k < ti; k++) {
      if (isWordTag(s.pos[k]) && !s.pos[k].equals("ADV")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasComma(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.tokens[k].equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CONTROL_VERBS = Set.copyOf(
      org.actorgraph.actors.Lexicon.lines(QuoteExtractor.class, "/org/actorgraph/quotes/control_verbs.txt"));

  /**
   * Who speaks an infinitive speech verb at {@code to + 1}: the object of a control verb ("That
   * prompted the institute, which studies elections, to state"), else the subject of the verb
   * before it ("The judge pointed to an earlier case to say"). Null when neither is found.
   */
  private @Nullable Speaker infinitiveSubject(Doc d, Sentence s, int to, int depth) {
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
      if (CONTROL_VERBS.contains(s.tokens[c].toLowerCase(Locale.ROOT))) {
        Speaker sp = speakerAfter(d, s, c + 1);
        return sp != null && sp.end <= s.tokenBegin[to] ? sp : null;
      }
      if (c > 0 && s.tokens[c - 1].equalsIgnoreCase("to") && depth < 2) {
        return infinitiveSubject(d, s, c - 1, depth + 1); // "prompted Becker to make a joke and call"
      }
      return speakerBefore(d, s, c);
    }
    return null;
  }

  private static final Set<String> COORD = Set.of("and", "but", "or", "then");

  /**
   * The speaker of a participle opening its sentence: the subject of the main clause after the
   * phrase ("Acknowledging that …, Becker did suggest"), or, when the phrase is all there is
   * ("Adding, “…”"), the subject of the previous sentence in the paragraph.
   */
  private @Nullable Speaker openingParticipleSubject(Doc d, Sentence s, int ti) {
    for (int c = ti + 1; c < s.size() - 1; c++) {
      if (d.quoted[s.tokenBegin[c]] || !s.tokens[c].equals(",")) {
        continue;
      }
      for (int v = c + 1; v < s.size(); v++) {
        if (d.quoted[s.tokenBegin[v]]) {
          break;
        }
        if (isVerbTag(s.pos[v])) {
          Speaker sp = speakerBefore(d, s, v);
          if (sp != null && sp.begin >= s.tokenEnd[c]) {
            return sp;
          }
          break;
        }
      }
    }
    for (int v = ti + 1; v < s.size(); v++) {
      if (!d.quoted[s.tokenBegin[v]] && isVerbTag(s.pos[v])) {
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
  private @Nullable Speaker coordinatedSubject(Doc d, Sentence s, int conj, int depth) {
    // "She said A but said B" / "said A and added …": the earlier speech verb's speaker first
    for (int v = conj - 1; v >= 0; v--) {
      SpeechVerbs.Verb sv = verbs.lookup(s.tokens[v]);
      if (!d.quoted[s.tokenBegin[v]] && s.pos[v].equals("VERB") && sv != null
          && !(v > 0 && s.tokens[v - 1].equalsIgnoreCase("to"))) { // not "a chance to read"
        Speaker sp = depth == 0 ? verbSpeaker(d, s, v, sv) : null;
        if (sp != null && !subordinate(s, s.tokenAt(sp.begin))) {
          return sp;
        }
        break;
      }
    }
    for (int v = conj - 1; v >= 0; v--) {
      if (INSERTION_DASHES.contains(s.tokens[v]) && !d.quoted[s.tokenBegin[v]]) {
        // "X downplayed the attack — something that has … — and said": over the insertion
        int m = v - 1;
        while (m >= 0 && !(INSERTION_DASHES.contains(s.tokens[m]) && !d.quoted[s.tokenBegin[m]])) {
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
          && hasVerb(s, 0, c) && s.pos[c - 1].equals("NOUN")) {
        // a list of verb phrases: "he looked into the camera, furrowed his brow and said"
        Speaker sp = coordinatedSubject(d, s, c, depth + 1);
        if (sp != null) {
          return sp;
        }
      }
      Speaker sp = speakerBefore(d, s, v);
      if (sp == null && v > 0 && s.tokens[v - 1].equalsIgnoreCase("to") && !hasComma(s, v, conj)) {
        sp = infinitiveSubject(d, s, v - 1, 0); // "prompted Becker to make a joke and call …"
      }
      if (sp != null || depth >= 2) {
        return sp;
      }
      int k = v - 1;
      while (k >= 0 && SKIP_BEFORE_VERB.contains(s.tokens[k].toLowerCase(Locale.ROOT))) {
        k--;
      }
      if (k >= 0 && COORD.contains(s.tokens[k].toLowerCase(Locale.ROOT))) {
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
  private @Nullable Speaker clauseSubject(Doc d, Sentence s, int limit) {
    // "…, Spicer said, adding": the speech verb just before the participle
    int c = limit - 1;
    if (c >= 2 && s.tokens[c].equals(",") && !d.quoted[s.tokenBegin[c]]) {
      SpeechVerbs.Verb sv = verbs.lookup(s.tokens[c - 1]);
      if (sv != null && isVerbTag(s.pos[c - 1]) && !s.tokens[c - 1].toLowerCase(Locale.ROOT).endsWith("ing")) {
        Speaker sp = speakerBefore(d, s, c - 1);
        if (sp != null) {
          return sp;
        }
      }
    }
    // "In a statement released Thursday, Jeffries reacted, saying", "Speaking in Ohio after the
    // vote, Cruz said …, adding": not the verbs of the opening phrases
    int from = 0;
    while (from < limit - 1 && openingPhrase(s, from)) {
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
      if (d.quoted[s.tokenBegin[v]] || !isVerbTag(s.pos[v])) {
        continue;
      }
      Speaker sp = speakerBefore(d, s, v);
      if (sp != null && subordinate(s, s.tokenAt(sp.begin))) {
        continue; // "after Clinton fell ill, Axelrod wrote to her, telling her …"
      }
      if (sp == null) {
        SpeechVerbs.Verb vv = verbs.lookup(s.tokens[v]);
        if (vv != null && v > 0 && (s.tokens[v - 1].equals(",") || d.quoted[s.tokenBegin[v - 1]])) {
          sp = speakerAfter(d, s, v + 1); // "…," said Putin, adding …
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
    Mention m = limit > 0 ? mentionCovering(d, s.tokenBegin[0]) : null;
    return m != null && m.type != EntityType.LOCATION ? fromMention(d, m, m.begin, m.end, 0.6) : null;
  }


  /** A phrase opening at {@code k} that is not the main clause: a preposition, a subordinator, a participle. */
  private static boolean openingPhrase(Sentence s, int k) {
    String p = s.pos[k];
    String low = s.tokens[k].toLowerCase(Locale.ROOT);
    return p.equals("ADP") || p.equals("SCONJ") || SUBORDINATORS.contains(low)
        || p.equals("VERB") && (low.endsWith("ing") || low.endsWith("ed"));
  }

  /** The subject before a verb: a name, a pronoun or a role noun phrase ({@link SubjectFinder}). */
  private @Nullable Speaker speakerBefore(Doc d, Sentence s, int verb) {
    SubjectFinder.Np np = SubjectFinder.before(s, verb, blocked(d, s));
    return np == null ? null : fromNp(d, s, np, false);
  }

  private @Nullable Speaker speakerEndingAt(Doc d, Sentence s, int k) {
    if (k < 0 || d.quoted[s.tokenBegin[k]]) {
      return null;
    }
    SubjectFinder.Np np = SubjectFinder.npEndingAt(s, k, blocked(d, s));
    return np == null ? null : fromNp(d, s, np, false);
  }

  /** The noun phrase after an inverted verb: "said Putin", "said a spokeswoman for the campaign". */
  private @Nullable Speaker speakerAfter(Doc d, Sentence s, int from) {
    SubjectFinder.Np np = SubjectFinder.after(s, from, blocked(d, s));
    return np == null ? null : fromNp(d, s, np, true);
  }

  private static boolean[] blocked(Doc d, Sentence s) {
    boolean[] b = new boolean[s.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = d.quoted[s.tokenBegin[i]];
    }
    return b;
  }

  /**
   * A speaker for a noun phrase: the name at its head, a pronoun, or a role noun phrase. The
   * subject of a relative clause ("Tom Becker, who said") spans the antecedent and the pronoun:
   * the pronoun is the verb's subject, the antecedent who it is.
   */
  private @Nullable Speaker fromNp(Doc d, Sentence s, SubjectFinder.Np np, boolean after) {
    Speaker sp = fromNpHead(d, s, np, after);
    if (sp == null || np.relative < 0) {
      return sp;
    }
    int end = s.tokenEnd[np.relative];
    return new Speaker(sp.begin, end, d.t.substring(sp.begin, end), sp.actorId, sp.name, sp.confidence);
  }

  private @Nullable Speaker fromNpHead(Doc d, Sentence s, SubjectFinder.Np np, boolean after) {
    int h = np.head;
    String low = s.tokens[h].toLowerCase(Locale.ROOT);
    if (s.pos[h].equals("PRON")) {
      if (low.equals("he") || low.equals("she") || low.equals("they") || low.equals("it")) {
        return pronoun(d, s.tokenBegin[h], s.tokenEnd[h], low);
      }
      if (low.equals("i") || low.equals("we") || low.equals("you")) {
        // first and second person outside quotation marks: the writer or an interview's
        // speakers (transcripts, op-eds); no actor to resolve to
        return new Speaker(s.tokenBegin[h], s.tokenEnd[h], s.tokens[h], null, null, 0.4);
      }
      return null;
    }
    Mention m = mentionCovering(d, s.tokenBegin[h]);
    if (m != null) {
      if (after) {
        Speaker sp = possessiveRole(d, s, m);
        return sp != null ? sp : fromMention(d, m, Math.min(m.begin, s.tokenBegin[np.begin]), m.end, 0.9);
      }
      return fromMention(d, m, m.begin, m.end, 0.9);
    }
    return roleNp(d, s, np.begin, h, np.end);
  }

  /** "Putin's spokesman" / "a spokesman for the Kremlin": speaks for the named actor. */
  private @Nullable Speaker possessiveRole(Doc d, Sentence s, Mention m) {
    int after = s.tokenAt(m.end);
    if (after + 1 < s.size() && (s.tokens[after].equals("'s") || s.tokens[after].equals("’s"))
        && SPOKES.contains(s.tokens[after + 1].toLowerCase(Locale.ROOT))) {
      return fromMention(d, m, m.begin, s.tokenEnd[after + 1], 0.75);
    }
    return null;
  }

  private Speaker fromMention(Doc d, Mention m, int begin, int end, double conf) {
    return new Speaker(begin, end, d.t.substring(begin, end), m.actorId, m.actorName,
        m.actorId == null ? conf - 0.3 : conf);
  }

  /**
   * He / she: the most recent salient person: going back sentence by sentence, the speaker of a
   * statement cued there, else the first person named there outside quotations (the subject, as a
   * rule), skipping people whose gender (from Mr / Mrs / Ms, or from an earlier close resolution)
   * does not agree. They / it: the last organisation nearby ("The company said … It added").
   */
  private Speaker pronoun(Doc d, int begin, int end, String low) {
    String surface = d.t.substring(begin, end);
    if (low.equals("he") || low.equals("she")) {
      char want = low.equals("he") ? 'm' : 'f';
      int si = d.at.sentenceAt(begin);
      int para = d.at.paragraphAt(begin);
      for (int k = si; k >= 0 && k >= si - 8; k--) {
        Sentence s = d.sents.get(k);
        if (s.paragraph < para - 3) {
          break;
        }
        List<Mention> cands = new ArrayList<>();
        for (Statement st : d.out) {
          if (st.cueBegin >= s.begin && st.cueBegin < s.end && st.cueBegin < begin) {
            if (st.actorId == null && properName(st.speakerSurface) && cands.isEmpty()) {
              // the closest speaker is a named person we have no actor for ("Lopez said … he"):
              // leave the pronoun unresolved rather than give it to someone further back
              return new Speaker(begin, end, surface, null, null, 0.4);
            }
            Mention m = st.actorId == null ? null : personMention(d, st.actorId);
            if (m != null) {
              cands.add(m);
            }
          }
        }
        // people in subject position ("Alvarez said he …" after "an interview with Becker,") first
        List<Mention> others = new ArrayList<>();
        for (Mention m : d.mentions) {
          if (m.begin >= s.begin && m.end <= s.end && m.begin < begin && !d.quoted[m.begin]
              && m.type == EntityType.PERSON && m.actorId == null && cands.isEmpty() && beforeVerb(s, m)) {
            return new Speaker(begin, end, surface, null, null, 0.4); // as above, a subject with no actor
          }
          if (m.begin >= s.begin && m.end <= s.end && m.begin < begin && !d.quoted[m.begin]
              && m.type == EntityType.PERSON && m.actorId != null) {
            (beforeVerb(s, m) ? cands : others).add(m);
          }
        }
        cands.addAll(others);
        for (Mention m : cands) {
          char g = gender(d, m.actorId);
          if (g == 0 || g == want) {
            if (g == 0 && k >= si - 1) {
              d.gender.put(m.actorId, want);
            }
            return new Speaker(begin, end, surface, m.actorId, m.actorName, 0.7);
          }
        }
      }
      return new Speaker(begin, end, surface, null, null, 0.4);
    }
    int para = d.at.paragraphAt(begin);
    for (int i = d.mentions.size() - 1; i >= 0; i--) {
      Mention m = d.mentions.get(i);
      if (m.begin >= begin || d.quoted[m.begin]) {
        continue;
      }
      if (m.paragraph < para - 1) {
        break;
      }
      if (m.type == EntityType.ORGANIZATION && m.actorId != null) {
        return new Speaker(begin, end, surface, m.actorId, m.actorName, 0.7);
      }
    }
    return new Speaker(begin, end, surface, null, null, 0.4);
  }

  /** A capitalised speaker that is neither a pronoun nor a determiner phrase ("Lopez", not "The aide"). */
  private static boolean properName(@Nullable String surface) {
    if (surface == null || surface.isEmpty() || !Character.isUpperCase(surface.charAt(0))) {
      return false;
    }
    String first = surface.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return !PRONOUNS.contains(first) && !DETERMINERS.contains(first);
  }

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "one", "some");

  /** True when the mention is followed by a verb (past adverbs and auxiliaries): a subject. */
  private static boolean beforeVerb(Sentence s, Mention m) {
    int k = s.tokenAt(m.end);
    while (k < s.size() && (s.pos[k].equals("ADV") || s.pos[k].equals("AUX"))) {
      k++;
    }
    return k < s.size() && s.pos[k].equals("VERB");
  }

  private static @Nullable Mention personMention(Doc d, String actorId) {
    for (Mention m : d.mentions) {
      if (actorId.equals(m.actorId)) {
        return m.type == EntityType.PERSON ? m : null;
      }
    }
    return null;
  }

  /** 'm', 'f' or 0: from a Mr / Mrs / Ms title of any mention of the actor, else earlier pronouns. */
  private static char gender(Doc d, String actorId) {
    for (Mention m : d.mentions) {
      if (actorId.equals(m.actorId) && m.title != null) {
        String t = m.title;
        if (t.equals("mr") || t.startsWith("mr ")) {
          return 'm';
        }
        if (t.equals("mrs") || t.equals("ms") || t.equals("miss") || t.startsWith("mrs ") || t.startsWith("ms ")) {
          return 'f';
        }
      }
    }
    Character g = d.gender.get(actorId);
    return g == null ? 0 : g;
  }

  /** "the president", "a spokesman for X", "X's spokesman", "officials": tokens [b, e), head h. */
  private Speaker roleNp(Doc d, Sentence s, int b, int head, int e) {
    String headWord = s.tokens[head].toLowerCase(Locale.ROOT);
    int begin = s.tokenBegin[b];
    int end = s.tokenEnd[e - 1];
    // X's spokesman / X spokesman: a mention inside the phrase, before its head
    // (a place names where the role is, not whom it speaks for: "the Vermont senator"; but "the
    // Kremlin spokesman" speaks for the Kremlin)
    int roleFrom = b;
    for (int k = head - 1; k >= b; k--) {
      Mention m = mentionCovering(d, s.tokenBegin[k]);
      if (m != null && m.type == EntityType.LOCATION && !SPOKES.contains(headWord)) {
        roleFrom = Math.max(roleFrom, k + 1);
        continue;
      }
      if (m != null && m.actorId != null) {
        return new Speaker(begin, end, d.t.substring(begin, end), m.actorId, m.actorName, 0.75);
      }
    }
    // "a spokesman for the Kremlin" (the name follows)
    if (SPOKES.contains(headWord) && head + 2 < s.size()
        && (s.tokens[head + 1].equalsIgnoreCase("for") || s.tokens[head + 1].equalsIgnoreCase("of"))) {
      for (int k = head + 2; k < Math.min(s.size(), head + 5); k++) {
        Mention m = mentionCovering(d, s.tokenBegin[k]);
        if (m != null && m.actorId != null) {
          int en = Math.max(end, m.end);
          return new Speaker(begin, en, d.t.substring(begin, en), m.actorId, m.actorName, 0.75);
        }
      }
    }
    // "the president": the last actor given that title ("the vice president" is not "president")
    int det = b;
    while (det < head && !s.pos[det].equals("DET")) {
      det++;
    }
    boolean definite = det < head && s.tokens[det].equalsIgnoreCase("the");
    if (definite) {
      String role = Titles.join(s.tokens, Math.max(det + 1, roleFrom), head + 1).toLowerCase(Locale.ROOT);
      for (int i = d.mentions.size() - 1; i >= 0; i--) {
        Mention m = d.mentions.get(i);
        if (m.begin >= begin || m.title == null || m.actorId == null) {
          continue;
        }
        if (m.title.equals(role) || m.title.endsWith(" " + role) && !role.contains(" ")
            && !m.title.startsWith("vice ") && !m.title.startsWith("deputy ")
            && !m.title.startsWith("former ")) {
          return new Speaker(begin, end, d.t.substring(begin, end), m.actorId, m.actorName, 0.65);
        }
      }
    }
    return new Speaker(begin, end, d.t.substring(begin, end), null, null, 0.5);
  }

  private static @Nullable Mention mentionCovering(Doc d, int at) {
    for (Mention m : d.mentions) {
      if (m.begin <= at && at < m.end) {
        return m;
      }
      if (m.begin > at) {
        break;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ helpers

  private Statement statement(
      Doc d, Kind kind, int begin, int end, int sentence, @Nullable Cue cue,
      @Nullable Speaker speaker, double confidence) {
    String text = d.t.substring(begin, end);
    if (d.parts != null && d.parts.size() > 1) {
      StringBuilder b = new StringBuilder();
      for (QuoteSpans.Span q : d.parts) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(d.t, q.begin, q.end);
      }
      text = b.toString();
    }
    Statement st = new Statement(
        kind, begin, end, text, sentence,
        cue == null ? null : d.t.substring(cue.begin, cue.end), cue == null ? -1 : cue.begin,
        cue == null ? -1 : cue.end, speaker == null ? null : speaker.surface,
        speaker == null ? -1 : speaker.begin, speaker == null ? -1 : speaker.end,
        speaker == null ? null : speaker.actorId, speaker == null ? null : speaker.name,
        Math.max(0.05, Math.min(0.99, confidence)));
    d.out.add(st);
    return st;
  }

  /** The first paragraph is a headline when it has no closing punctuation. */
  private static int headline(AnnotatedText at) {
    if (at.paragraphs().size() < 2) {
      return -1;
    }
    AnnotatedText.Paragraph p = at.paragraphs().get(0);
    char last = at.text().charAt(p.end - 1);
    return ".!?”\"'’:".indexOf(last) < 0 && p.end - p.begin < 200 ? 0 : -1;
  }

  private static boolean isCaption(Doc d, int paragraph) {
    AnnotatedText.Paragraph p = d.at.paragraphs().get(paragraph);
    String s = d.t.substring(p.begin, p.end);
    return s.contains("Getty Images") || s.contains("AP Photo") || s.startsWith("Photo:")
        || s.startsWith("Caption:");
  }

  /**
   * A quotation with no cue of its own right after reported speech ("Trump said he would win.
   * “We're going to …”"): the speaker of the last speech verb of the preceding sentences of its
   * paragraph, or of the previous paragraph's last sentence, when no other person is named since.
   */
  private @Nullable Speaker speakerOfPrecedingSpeech(Doc d, int si, QuoteSpans.Span q) {
    for (int k = si - 1; k >= Math.max(0, si - 3); k--) {
      Sentence s = d.sents.get(k);
      if (s.paragraph < q.paragraph - 1 || s.paragraph == d.headlineParagraph) {
        return null;
      }
      for (int ti = s.size() - 1; ti >= 0; ti--) {
        if (d.quoted[s.tokenBegin[ti]]) {
          continue;
        }
        SpeechVerbs.Verb v = verbs.lookup(s.tokens[ti]);
        if (v == null || !isVerbTag(s.pos[ti])) {
          continue;
        }
        Speaker sp = verbSpeaker(d, s, ti, v);
        if (sp == null || sp.actorId == null || personNamedBetween(d, sp.end, q.open)) {
          return null;
        }
        return new Speaker(sp.begin, sp.end, sp.surface, sp.actorId, sp.name, 0.55);
      }
      if (s.paragraph != q.paragraph) {
        return null;
      }
    }
    return null;
  }

  /**
   * A quotation standing alone as a paragraph after a paragraph about a person ("Trump
   * speculated that the men could be terrorists. ¶ “Syrians are now …”"): that paragraph's
   * last sentence has the person as the subject of its main verb. A weak guess, marked so.
   */
  private @Nullable Speaker subjectOfPrecedingParagraph(Doc d, int si, QuoteSpans.Span q) {
    if (si < 1) {
      return null;
    }
    Sentence s = d.sents.get(si - 1);
    if (s.paragraph != q.paragraph - 1 || s.paragraph == d.headlineParagraph || quotedShare(d, s.begin, s.end) > 0.3) {
      return null;
    }
    return weakPerson(d, clauseSubject(d, s, s.size()));
  }

  /**
   * A quotation inside a sentence with no speech verb ("Moore thanked him for “stepping up”"):
   * the person the sentence is about, when its main clause has one as subject. A weak guess.
   */
  private @Nullable Speaker personSubject(Doc d, Sentence s, QuoteSpans.Span q) {
    int limit = s.tokenAt(q.open);
    if (limit <= 1) {
      return null;
    }
    return weakPerson(d, clauseSubject(d, s, limit));
  }

  /** The speaker as a weak guess (confidence 0.35) when it is a person or a role for one. */
  private @Nullable Speaker weakPerson(Doc d, @Nullable Speaker sp) {
    if (sp == null || !personLike(d, sp)) {
      return null;
    }
    return new Speaker(sp.begin, sp.end, sp.surface, sp.actorId, sp.name, 0.35);
  }

  private static final Titles TITLES = Titles.defaults();
  private static final Set<String> PERSON_NOUNS = Set.of("candidate", "nominee", "voter", "resident",
      "analyst", "expert", "activist", "supporter", "critic", "chairman", "chairwoman", "director");

  /** A named person, or a role phrase for one ("the GOP presidential candidate", "the senator"). */
  private boolean personLike(Doc d, Speaker sp) {
    Mention m = mentionCovering(d, sp.begin);
    if (m != null) {
      return m.type == EntityType.PERSON;
    }
    String[] w = sp.surface.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
    String head = w.length == 0 ? "" : w[w.length - 1];
    return TITLES.contains(head) || SPOKES.contains(head) || PERSON_NOUNS.contains(head);
  }

  /** True when a person is named outside quotation marks in [a, b). */
  private static boolean personNamedBetween(Doc d, int a, int b) {
    for (Mention m : d.mentions) {
      if (m.begin >= a && m.begin < b && !d.quoted[m.begin] && m.type == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  private static boolean fillsParagraph(Doc d, QuoteSpans.Span q) {
    AnnotatedText.Paragraph p = d.at.paragraphs().get(q.paragraph);
    return q.open <= p.begin + 1 && q.close >= p.end - 2;
  }

  private static int paragraphOf(Doc d, int offset) {
    return d.at.paragraphAt(offset);
  }

  private static double quotedShare(Doc d, int b, int e) {
    int q = 0;
    for (int i = b; i < e; i++) {
      if (d.quoted[i]) {
        q++;
      }
    }
    return e > b ? (double) q / (e - b) : 0;
  }

  private static boolean onlySpaceBetween(String t, int a, int b) {
    if (a > b) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (!Character.isWhitespace(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int wordCount(String t, int b, int e) {
    int n = 0;
    boolean in = false;
    for (int i = b; i < e; i++) {
      boolean w = Character.isLetterOrDigit(t.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  private static int lastWord(Sentence s) {
    int k = s.size() - 1;
    while (k >= 0 && !isWordTag(s.pos[k])) {
      k--;
    }
    return k;
  }

  private static boolean hasVerb(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.pos[k].equals("VERB") || s.pos[k].equals("AUX") || contractedBe(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** "it’s", "he's": the clitic after a pronoun is a verb, whatever its tag. */
  static boolean contractedBe(Sentence s, int k) {
    String w = s.tokens[k];
    return k > 0 && (w.equals("’s") || w.equals("'s")) && s.pos[k - 1].equals("PRON");
  }

  /** "the pledged delegates", "88 pledged votes", "a reported bomber": a participle as adjective. */
  private static boolean adjectivalParticiple(Sentence s, int ti) {
    if (ti == 0 || ti + 1 >= s.size() || !s.tokens[ti].endsWith("ed")) {
      return false;
    }
    String prev = s.pos[ti - 1];
    String next = s.pos[ti + 1];
    return (prev.equals("DET") || prev.equals("NUM") || prev.equals("ADJ") || possessive(s.tokens[ti - 1]))
        && (next.equals("NOUN") || next.equals("ADJ"));
  }

  /**
   * "Clinton’s remarks", "AP’s report", "his claims": a noun after a possessive, whatever the tagger
   * says. Not "he’s said" or "she’s saying", where ’s is "has" or "is".
   */
  private static boolean possessed(Sentence s, int ti) {
    if (ti == 0) {
      return false;
    }
    String prev = s.tokens[ti - 1].toLowerCase(Locale.ROOT);
    String low = s.tokens[ti].toLowerCase(Locale.ROOT);
    if (SubjectFinder.POSSESSIVE.contains(prev) && !prev.equals("her")) {
      return true; // not "her": "heard her say"
    }
    return (prev.equals("'s") || prev.equals("’s")) && ti >= 2 && s.pos[ti - 2].equals("PROPN")
        && !low.endsWith("ed") && !low.endsWith("ing") && !low.equals("said") && !low.equals("told");
  }

  /** "Rubio’s proposed credit", "his repeated calls": the participle modifies the noun after it. */
  private static boolean possessive(String tok) {
    String low = tok.toLowerCase(Locale.ROOT);
    return SubjectFinder.POSSESSIVE.contains(low) || low.equals("'s") || low.equals("’s") || low.equals("'")
        || low.equals("’");
  }

  private static final Set<String> CLOSED_TAGS =
      Set.of("ADP", "CCONJ", "SCONJ", "PRON", "DET", "PART", "NUM", "SYM", "X", "INTJ");

  /**
   * A speech verb the tagger got wrong: a past form given a closed-class tag ("Trump
   * tweeted/ADP": a word ending in -ed is never a preposition or a pronoun), or a form tagged as
   * a noun between its subject and what it introduces ("Becker asks/NOUN at the school, “…”",
   * "the ad argues/NOUN that …", "to state/NOUN, “…”").
   */
  private static boolean mistaggedVerb(Doc d, Sentence s, int ti) {
    String p = s.pos[ti];
    if (s.tokens[ti].endsWith("ed") && (CLOSED_TAGS.contains(p) || p.equals("PUNCT"))) {
      return true;
    }
    if (!p.equals("NOUN") && !p.equals("PROPN") || ti == 0 || ti + 1 >= s.size()
        || Character.isUpperCase(s.tokens[ti].charAt(0))) {
      return false;
    }
    String prev = s.pos[ti - 1];
    boolean subject = s.tokens[ti - 1].equalsIgnoreCase("to") || prev.equals("PRON") || prev.equals("PROPN")
        || prev.equals("NOUN") && mentionCovering(d, s.tokenBegin[ti - 1]) != null;
    if (!subject) {
      return false;
    }
    int b = ti - 1;
    while (b > 0 && ti - b < 5 && (isNounish(s.pos[b - 1]) || s.pos[b - 1].equals("DET")) && !d.quoted[s.tokenBegin[b - 1]]) {
      b--;
    }
    if (b >= 1 && d.quoted[s.tokenBegin[b - 1]]) {
      return true; // “…,” Lowe points/NOUN out. / “…,” Tom Becker shot/NOUN back.
    }
    // what follows: "that", a comma or colon, a quotation, or a short phrase then a comma
    for (int k = ti + 1; k < Math.min(s.size(), ti + 6); k++) {
      String w = s.tokens[k];
      if (d.quoted[s.tokenBegin[k]] || w.equals(",") || w.equals(":") || k == ti + 1 && w.equalsIgnoreCase("that")) {
        return true;
      }
      if (k == ti + 1 && !s.pos[k].equals("ADP") && !s.pos[k].equals("ADV")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isVerbTag(String pos) {
    return pos.equals("VERB") || pos.equals("AUX") || pos.startsWith("VB");
  }

  private static boolean isNounish(String pos) {
    return pos.equals("NOUN") || pos.equals("PROPN") || pos.startsWith("NN");
  }

  private static boolean isWordTag(String pos) {
    return !pos.equals("PUNCT") && !pos.equals("SYM");
  }
}
