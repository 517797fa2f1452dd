package org.actorgraph.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the prints of one quotation (one quote_key) add up to: its longest wording, who is
 * credited with it how often, where and when it appeared. Mergeable, so it combines before the
 * shuffle; every choice (longest text, first document, top speaker) is order-independent.
 */
final class QuoteStats implements MergeFn.Mergeable<QuoteStats> {
  @Nullable String text;
  long statements;
  final TreeMap<String, Long> speakers = new TreeMap<>();
  final TreeSet<String> documents = new TreeSet<>();
  final TreeSet<String> sources = new TreeSet<>();
  @Nullable LocalDate first;
  @Nullable LocalDate last;
  /** The document of the earliest print (undated prints after dated ones, then by doc_id). */
  @Nullable String firstDoc;
  @Nullable LocalDate firstDocDate;

  static QuoteStats of(String text, @Nullable String actor, String doc, @Nullable String source,
      @Nullable LocalDate date) {
    QuoteStats q = new QuoteStats();
    q.text = text;
    q.statements = 1;
    if (actor != null) {
      q.speakers.put(actor, 1L);
    }
    q.documents.add(doc);
    if (source != null) {
      q.sources.add(source);
    }
    q.first = date;
    q.last = date;
    q.firstDoc = doc;
    q.firstDocDate = date;
    return q;
  }

  private static final Comparator<LocalDate> DATES = Comparator.nullsLast(Comparator.naturalOrder());

  @Override
  public QuoteStats merge(QuoteStats o) {
    if (o.text != null && (text == null || o.text.length() > text.length()
        || o.text.length() == text.length() && o.text.compareTo(text) < 0)) {
      text = o.text;
    }
    statements += o.statements;
    o.speakers.forEach((k, v) -> speakers.merge(k, v, Long::sum));
    documents.addAll(o.documents);
    sources.addAll(o.sources);
    if (o.first != null && (first == null || o.first.isBefore(first))) {
      first = o.first;
    }
    if (o.last != null && (last == null || o.last.isAfter(last))) {
      last = o.last;
    }
    if (o.firstDoc != null && (firstDoc == null
        || DATES.compare(o.firstDocDate, firstDocDate) < 0
        || Objects.equals(o.firstDocDate, firstDocDate) && o.firstDoc.compareTo(firstDoc) < 0)) {
      firstDoc = o.firstDoc;
      firstDocDate = o.firstDocDate;
    }
    return this;
  }

  /** The speaker credited most often (ties: the smallest id); null when no print has one. */
  @Nullable String topSpeaker() {
    String best = null;
    long n = 0;
    for (Map.Entry<String, Long> e : speakers.entrySet()) { // sorted: the first of a tie wins
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  @Override
  public boolean equals(Object x) {
    return x instanceof QuoteStats q && Objects.equals(text, q.text) && statements == q.statements
        && speakers.equals(q.speakers) && documents.equals(q.documents) && sources.equals(q.sources)
        && Objects.equals(first, q.first) && Objects.equals(last, q.last)
        && Objects.equals(firstDoc, q.firstDoc) && Objects.equals(firstDocDate, q.firstDocDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, statements, speakers, documents);
  }

  static final Coder<QuoteStats> CODER = new QuoteStatsCoder();

  /** Field by field with Beam's own coders; dates as nullable epoch days. */
  static final class QuoteStatsCoder extends AtomicCoder<QuoteStats> {
    private static final Coder<String> STRING = NullableCoder.of(StringUtf8Coder.of());
    private static final Coder<Long> DAY = NullableCoder.of(VarLongCoder.of());
    private static final Coder<Map<String, Long>> COUNTS = MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    private static final Coder<java.util.Set<String>> SET = SetCoder.of(StringUtf8Coder.of());

    @Override
    public void encode(QuoteStats q, OutputStream out) throws IOException {
      STRING.encode(q.text, out);
      VarLongCoder.of().encode(q.statements, out);
      COUNTS.encode(q.speakers, out);
      SET.encode(q.documents, out);
      SET.encode(q.sources, out);
      DAY.encode(day(q.first), out);
      DAY.encode(day(q.last), out);
      STRING.encode(q.firstDoc, out);
      DAY.encode(day(q.firstDocDate), out);
    }

    @Override
    public QuoteStats decode(InputStream in) throws IOException {
      QuoteStats q = new QuoteStats();
      q.text = STRING.decode(in);
      q.statements = VarLongCoder.of().decode(in);
      q.speakers.putAll(COUNTS.decode(in));
      q.documents.addAll(SET.decode(in));
      q.sources.addAll(SET.decode(in));
      q.first = date(DAY.decode(in));
      q.last = date(DAY.decode(in));
      q.firstDoc = STRING.decode(in);
      q.firstDocDate = date(DAY.decode(in));
      return q;
    }

    private static @Nullable Long day(@Nullable LocalDate d) {
      return d == null ? null : d.toEpochDay();
    }

    private static @Nullable LocalDate date(@Nullable Long d) {
      return d == null ? null : LocalDate.ofEpochDay(d);
    }
  }
}
