package org.actorgraph.nlp;

import java.util.List;
import org.actorgraph.model.EntityType;

/**
 * A text split into paragraphs, sentences and tokens, with part-of-speech tags and name spans.
 * All offsets are character offsets into {@link #text()}, end exclusive.
 */
public final class AnnotatedText {

  /** A paragraph: a run of text between line breaks. */
  public static final class Paragraph {
    public final int begin;
    public final int end;

    public Paragraph(int begin, int end) {
      this.begin = begin;
      this.end = end;
    }
  }

  /** A sentence with its tokens; token offsets are absolute. */
  public static final class Sentence {
    public final int index;
    public final int paragraph;
    public final int begin;
    public final int end;
    public final String[] tokens;
    public final int[] tokenBegin;
    public final int[] tokenEnd;
    public final String[] pos;

    public Sentence(
        int index, int paragraph, int begin, int end, String[] tokens, int[] tokenBegin,
        int[] tokenEnd, String[] pos) {
      this.index = index;
      this.paragraph = paragraph;
      this.begin = begin;
      this.end = end;
      this.tokens = tokens;
      this.tokenBegin = tokenBegin;
      this.tokenEnd = tokenEnd;
      this.pos = pos;
    }

    public int size() {
      return tokens.length;
    }

    /** Index of the token that covers or follows char offset {@code at}; size() if none. */
    public int tokenAt(int at) {
      for (int i = 0; i < tokens.length; i++) {
        if (tokenEnd[i] > at) {
          return i;
        }
      }
      return tokens.length;
    }
  }

  /** A name found in the text: tokens [tokenBegin, tokenEnd) of one sentence. */
  public static final class Name {
    public final int sentence;
    public final int tokenBegin;
    public final int tokenEnd;
    public final int begin;
    public final int end;
    public final EntityType type;
    public final double probability;

    public Name(
        int sentence, int tokenBegin, int tokenEnd, int begin, int end, EntityType type,
        double probability) {
      this.sentence = sentence;
      this.tokenBegin = tokenBegin;
      this.tokenEnd = tokenEnd;
      this.begin = begin;
      this.end = end;
      this.type = type;
      this.probability = probability;
    }

    @Override
    public String toString() {
      return type + "[" + begin + "," + end + ")";
    }
  }

  private final String text;
  private final List<Paragraph> paragraphs;
  private final List<Sentence> sentences;
  private final List<Name> names;
  private final int splitSentences;
  private final int analyzedEnd;

  public AnnotatedText(
      String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Name> names) {
    this(text, paragraphs, sentences, names, 0, text.length());
  }

  public AnnotatedText(
      String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Name> names,
      int splitSentences, int analyzedEnd) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
    this.names = names;
    this.splitSentences = splitSentences;
    this.analyzedEnd = analyzedEnd;
  }

  /** Overlong sentences cut into pieces (each piece counts as a sentence). */
  public int splitSentences() {
    return splitSentences;
  }

  /** Where the analysis stopped: text().length() unless the article passed the token budget. */
  public int analyzedEnd() {
    return analyzedEnd;
  }

  public String text() {
    return text;
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Name> names() {
    return names;
  }

  /** Index of the sentence containing char offset {@code at}, or -1. */
  public int sentenceAt(int at) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (at < s.begin) {
        hi = mid - 1;
      } else if (at >= s.end) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Index of the paragraph containing char offset {@code at}, or the nearest one before it. */
  public int paragraphAt(int at) {
    // binary search: called per mention, and a long article has thousands of paragraphs
    int lo = 0;
    int hi = paragraphs.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid).begin <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
