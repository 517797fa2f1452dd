package org.actorgraph.model;

import java.io.Serializable;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Input that could not become a document, and why. Every input file or line is one or the other. */
public final class Reject implements Serializable {

  /** Why input was rejected; the lowercase name is what the {@code rejects} table holds. */
  public enum Reason {
    EMPTY,
    BINARY,
    NOT_UTF8,
    MALFORMED_JSON,
    MISSING_TEXT,
    TOO_LARGE,
    UNREADABLE,
    /** A compressed file that ends before its compressed stream does: its complete lines are kept. */
    TRUNCATED,
    ANALYSIS_FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final String sourcePath;
  private final @Nullable Integer line;
  private final Reason reason;
  private final String detail;

  public Reject(String sourcePath, @Nullable Integer line, Reason reason, String detail) {
    this.sourcePath = Objects.requireNonNull(sourcePath);
    this.line = line;
    this.reason = Objects.requireNonNull(reason);
    this.detail = Objects.requireNonNull(detail);
  }

  public String sourcePath() {
    return sourcePath;
  }

  public @Nullable Integer line() {
    return line;
  }

  public Reason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Reject)) {
      return false;
    }
    Reject r = (Reject) o;
    return sourcePath.equals(r.sourcePath)
        && Objects.equals(line, r.line)
        && reason == r.reason
        && detail.equals(r.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourcePath, line, reason, detail);
  }

  @Override
  public String toString() {
    return "Reject{" + sourcePath + (line == null ? "" : ":" + line) + ", " + reason.label() + ", "
        + detail + "}";
  }
}
