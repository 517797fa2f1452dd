package org.actorgraph.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One news article as read from the input; {@code text} is what every offset refers to. */
public final class Article implements Serializable {
  private final String docId;
  private final String sourcePath;
  private final @Nullable Integer line;
  private final @Nullable LocalDate date;
  private final @Nullable String title;
  private final @Nullable String source;
  private final @Nullable String url;
  private final String text;
  private final @Nullable String articleId;
  private final @Nullable String dateWarning;

  public Article(
      String docId,
      String sourcePath,
      @Nullable Integer line,
      @Nullable LocalDate date,
      @Nullable String title,
      @Nullable String source,
      @Nullable String url,
      String text) {
    this(docId, sourcePath, line, date, title, source, url, text, null, null);
  }

  /**
   * With the input's own id ({@code articleId}, the JSON {@code id}: not unique, unlike {@code
   * docId}) and why a date given in the input was not kept ({@code dateWarning}).
   */
  public Article(
      String docId,
      String sourcePath,
      @Nullable Integer line,
      @Nullable LocalDate date,
      @Nullable String title,
      @Nullable String source,
      @Nullable String url,
      String text,
      @Nullable String articleId,
      @Nullable String dateWarning) {
    this.articleId = articleId;
    this.dateWarning = dateWarning;
    this.docId = Objects.requireNonNull(docId, "docId");
    this.sourcePath = Objects.requireNonNull(sourcePath, "sourcePath");
    this.line = line;
    this.date = date;
    this.title = title;
    this.source = source;
    this.url = url;
    this.text = Objects.requireNonNull(text, "text");
  }

  /** An article made from a bare string, for tests and the benchmark loop. */
  public static Article of(String docId, String text) {
    return new Article(docId, docId, null, null, null, null, null, text);
  }

  public String docId() {
    return docId;
  }

  public String sourcePath() {
    return sourcePath;
  }

  /** 1-based line in a JSON Lines file; null for one-article files. */
  public @Nullable Integer line() {
    return line;
  }

  public @Nullable LocalDate date() {
    return date;
  }

  public @Nullable String title() {
    return title;
  }

  public @Nullable String source() {
    return source;
  }

  public @Nullable String url() {
    return url;
  }

  public String text() {
    return text;
  }

  /** The input's own id (JSON {@code id}); null for one-article files or when absent. */
  public @Nullable String articleId() {
    return articleId;
  }

  /** Why the input's date was dropped (impossible, out of range, unreadable); null if none. */
  public @Nullable String dateWarning() {
    return dateWarning;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Article)) {
      return false;
    }
    Article a = (Article) o;
    return docId.equals(a.docId)
        && sourcePath.equals(a.sourcePath)
        && Objects.equals(line, a.line)
        && Objects.equals(date, a.date)
        && Objects.equals(title, a.title)
        && Objects.equals(source, a.source)
        && Objects.equals(url, a.url)
        && text.equals(a.text)
        && Objects.equals(articleId, a.articleId)
        && Objects.equals(dateWarning, a.dateWarning);
  }

  @Override
  public int hashCode() {
    return Objects.hash(docId, sourcePath, line, date, text);
  }

  @Override
  public String toString() {
    return "Article{" + docId + ", " + sourcePath + (date == null ? "" : ", " + date) + ", "
        + text.length() + " chars}";
  }
}
