package org.actorgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Statement;
import org.actorgraph.model.Statement.Kind;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.model.EntityType;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The state of one article's extraction: its text, sentences (retagged), names, quotation spans
 * and the statements made so far, with the queries the rules ask of them.
 */
final class Doc {
  final SpeechVerbs verbs;
  final AnnotatedText at;
  final String t;
  final List<Mention> mentions;
  final List<QuoteSpans.Span> quotes;
  final boolean[] quoted;
  /** The cues and statements the passes have claimed so far. */
  final Claims claims;
  final int headlineParagraph;
  /** Gender of actors learnt from close pronoun resolutions. */
  final java.util.Map<String, Character> gender = new java.util.HashMap<>();
  /** The quoted parts of the statement being made, joined for its text; null for one span. */
  @Nullable List<QuoteSpans.Span> parts;

  /** The article's sentences, with name tokens retagged as proper nouns ({@link #retag}). */
  final List<Sentence> sents;

  Doc(AnnotatedText at, List<Mention> mentions, SpeechVerbs verbs) {
    this.verbs = verbs;
    this.at = at;
    this.t = at.text();
    this.mentions = mentions;
    this.sents = retag(at, mentions, verbs);
    this.quotes = QuoteSpans.find(at);
    this.quoted = new boolean[t.length() + 1];
    for (QuoteSpans.Span q : quotes) {
      for (int i = q.open; i < Math.min(q.close, t.length()); i++) {
        quoted[i] = true;
      }
    }
    this.claims = new Claims(t.length());
    this.headlineParagraph = headline(at);
  }

  /**
   * Copies of the sentences where a capitalised token inside a name mention is tagged PROPN: the
   * tagger sometimes reads a surname as an adjective or a verb ("Trump/ADJ said"), which hides the
   * subject from {@link SubjectFinder} or makes a name look like a cue. Speech verbs keep their
   * tag: in title-case headlines the name finder often swallows them ("Smith Stressed …"). The
   * annotated text itself is left untouched.
   */
  static List<Sentence> retag(AnnotatedText at, List<Mention> mentions, SpeechVerbs verbs) {
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
              && !(pos[ti].equals("PRON") && Words.PRONOUNS.contains(s.tokens[ti].toLowerCase(Locale.ROOT)))
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

  /** The first paragraph is a headline when it has no closing punctuation. */
  static int headline(AnnotatedText at) {
    if (at.paragraphs().size() < 2) {
      return -1;
    }
    AnnotatedText.Paragraph p = at.paragraphs().get(0);
    char last = at.text().charAt(p.end - 1);
    return ".!?”\"'’:".indexOf(last) < 0 && p.end - p.begin < 200 ? 0 : -1;
  }

  boolean isCaption(int paragraph) {
    AnnotatedText.Paragraph p = at.paragraphs().get(paragraph);
    String s = t.substring(p.begin, p.end);
    return s.contains("Getty Images") || s.contains("AP Photo") || s.startsWith("Photo:")
        || s.startsWith("Caption:");
  }

  /** True when the last non-space character before {@code at} is inside a quotation. */
  boolean precededByQuote(int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(t.charAt(i))) {
      i--;
    }
    return i >= 0 && quoted[i];
  }

  /** The sentence detector split after "Mrs." / "Edward G.": the sentence goes on. */
  boolean afterAbbreviation(Sentence s) {
    if (s.index == 0) {
      return false;
    }
    Sentence p = sents.get(s.index - 1);
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

  boolean fillsParagraph(QuoteSpans.Span q) {
    AnnotatedText.Paragraph p = at.paragraphs().get(q.paragraph);
    return q.open <= p.begin + 1 && q.close >= p.end - 2;
  }

  int paragraphOf(int offset) {
    return at.paragraphAt(offset);
  }

  double quotedShare(int b, int e) {
    int q = 0;
    for (int i = b; i < e; i++) {
      if (quoted[i]) {
        q++;
      }
    }
    return e > b ? (double) q / (e - b) : 0;
  }

  boolean[] blocked(Sentence s) {
    boolean[] b = new boolean[s.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = quoted[s.tokenBegin[i]];
    }
    return b;
  }

  @Nullable Mention mentionCovering(int at) {
    for (Mention m : mentions) {
      if (m.begin <= at && at < m.end) {
        return m;
      }
      if (m.begin > at) {
        break;
      }
    }
    return null;
  }

  /** True when a person is named outside quotation marks in [a, b). */
  boolean personNamedBetween(int a, int b) {
    for (Mention m : mentions) {
      if (m.begin >= a && m.begin < b && !quoted[m.begin] && m.type == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** Makes a statement ({@link Statements#make}) and records it in {@link #claims}. */
  Statement statement(
      Kind kind, int begin, int end, int sentence, @Nullable Cue cue,
      @Nullable Speaker speaker, double confidence, String pass) {
    Statement st = Statements.make(t, kind, begin, end, sentence, parts, cue, speaker, confidence, pass);
    claims.add(st);
    return st;
  }

}
