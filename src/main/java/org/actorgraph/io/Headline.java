package org.actorgraph.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The headline of a plain-text article, its {@code title}: a first line that reads as one — short,
 * without the final punctuation of a sentence, and set off from the body by a blank line. The
 * line stays in the text (offsets and mentions in it are kept); only the title is filled.
 */
final class Headline {
  private Headline() {}

  static final int MAX_CHARS = 200;
  static final int MAX_WORDS = 30;

  /** First non-blank line, then a blank line, then more text. */
  private static final Pattern FIRST_LINE =
      Pattern.compile("\\A\\s*+([^\\r\\n]+)\\r?\\n[ \\t]*\\r?\\n\\s*\\S");
  /** A sentence ends so; a headline does not (a closing quote or bracket may follow the mark). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?,;:…][\"'”’)\\]]*\\z");

  static @Nullable String of(String text) {
    Matcher m = FIRST_LINE.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    String line = m.group(1).strip();
    if (line.isEmpty() || line.length() > MAX_CHARS || SENTENCE_END.matcher(line).find()
        || line.split("\\s+").length > MAX_WORDS) {
      return null;
    }
    return line;
  }
}
