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

  /** A dateline such as "Monday, January 7, 2019" opens many articles: a date, not a headline. */
  private static final Pattern DATELINE = Pattern.compile(
      "(?i)((mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
          + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+[a-z]+\\s+\\d{4}");

  static @Nullable String of(String text) {
    Matcher m = FIRST_LINE.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    String line = m.group(1).strip();
    if (line.isEmpty() || line.length() > MAX_CHARS || SENTENCE_END.matcher(line).find()
        || line.split("\\s+").length > MAX_WORDS || DATELINE.matcher(line).matches()) {
      return null;
    }
    return line;
  }
}
