package org.actorgraph.model;

import java.io.Serializable;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/** An attributed quotation: content span, cue span, and speaker span with its actor. */
public final class Statement implements Serializable {

  /** Direct: the words are quoted; partial: some of them are; indirect: reported speech. */
  public enum Kind {
    DIRECT,
    PARTIAL,
    INDIRECT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public final Kind kind;
  public final int begin;
  public final int end;
  public final String text;
  public final int sentence;
  public final @Nullable String cue;
  public final int cueBegin;
  public final int cueEnd;
  public final @Nullable String speakerSurface;
  public final int speakerBegin;
  public final int speakerEnd;
  public final @Nullable String actorId;
  public final @Nullable String speakerName;
  public final double confidence;
  /**
   * The pass and the speaker sieve that made it, "pass/sieve" (docs/attribution.md lists them).
   */
  public final String rule;

  /**
   * Between the pieces of a quotation split by its cue ("A," she said, "B.") or run on over
   * paragraphs, in {@code text}: visible, so a reader sees that words were left out between them.
   */
  public static final String PART_SEPARATOR = " … ";

  public Statement(
      Kind kind, int begin, int end, String text, int sentence, @Nullable String cue, int cueBegin,
      int cueEnd, @Nullable String speakerSurface, int speakerBegin, int speakerEnd,
      @Nullable String actorId, @Nullable String speakerName, double confidence, String rule) {
    this.kind = kind;
    this.begin = begin;
    this.end = end;
    this.text = text;
    this.sentence = sentence;
    this.cue = cue;
    this.cueBegin = cueBegin;
    this.cueEnd = cueEnd;
    this.speakerSurface = speakerSurface;
    this.speakerBegin = speakerBegin;
    this.speakerEnd = speakerEnd;
    this.actorId = actorId;
    this.speakerName = speakerName;
    this.confidence = confidence;
    this.rule = rule;
  }

  /**
   * The quotation folded for matching reprints: lowercase, punctuation and quote marks dropped,
   * white space collapsed.
   */
  public static String quoteKey(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(Character.toLowerCase(c));
      } else if (Character.isWhitespace(c) || c == '-' || c == '—' || c == '–' || c == '/') {
        space = true;
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return kind.label() + "{" + speakerSurface + "/" + actorId + " " + cue + ": " + text + "}";
  }
}
