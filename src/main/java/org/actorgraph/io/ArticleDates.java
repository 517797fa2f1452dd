package org.actorgraph.io;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads an article's date and says why one given in the input was dropped: impossible
 * (2025-13-45, Feb 29 of a common year), before 1800, more than a year after the run, or not
 * a date at all. A dropped date leaves the article undated, with the warning beside it.
 */
final class ArticleDates implements Serializable {
  static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The date, or null and a warning. */
  static final class Result {
    final @Nullable LocalDate date;
    final @Nullable String warning;

    Result(@Nullable LocalDate date, @Nullable String warning) {
      this.date = date;
      this.warning = warning;
    }
  }

  private final LocalDate latest;

  /** Dates up to a year after {@code runDate} are kept (a feed may be stamped ahead). */
  ArticleDates(LocalDate runDate) {
    this.latest = runDate.plusYears(1);
  }

  /** {@code text} as given: a {@code YYYY-MM-DD} day, optionally followed by a time. */
  Result parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return new Result(null, null);
    }
    String t = text.strip();
    if (t.length() < 10 || !ISO_DAY.matcher(t.substring(0, 10)).matches()) {
      return new Result(null, "unreadable date '" + shorten(t) + "': expected YYYY-MM-DD");
    }
    String day = t.substring(0, 10);
    LocalDate d;
    try {
      d = LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      String why = e.getMessage();
      int c = why == null ? -1 : why.indexOf("could not be parsed: ");
      return new Result(null, "impossible date " + day + (c < 0 ? "" : ": " + why.substring(c + 21)));
    }
    if (d.isBefore(EARLIEST)) {
      return new Result(null, "date " + day + " is before " + EARLIEST.getYear());
    }
    if (d.isAfter(latest)) {
      return new Result(null, "date " + day + " is more than a year after the run (" + latest.minusYears(1) + ")");
    }
    return new Result(d, null);
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
