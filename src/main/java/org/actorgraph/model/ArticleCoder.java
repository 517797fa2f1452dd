package org.actorgraph.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/** A compact, deterministic coder for {@link Article}: articles cross one shuffle, so it pays. */
public final class ArticleCoder extends AtomicCoder<Article> {
  private static final ArticleCoder INSTANCE = new ArticleCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final NullableCoder<String> OPT_STRING = NullableCoder.of(StringUtf8Coder.of());
  private static final NullableCoder<Integer> OPT_INT = NullableCoder.of(VarIntCoder.of());
  private static final NullableCoder<Long> OPT_LONG = NullableCoder.of(VarLongCoder.of());

  public static ArticleCoder of() {
    return INSTANCE;
  }

  private ArticleCoder() {}

  @Override
  public void encode(Article a, OutputStream out) throws IOException {
    STRING.encode(a.docId(), out);
    STRING.encode(a.sourcePath(), out);
    OPT_INT.encode(a.line(), out);
    OPT_LONG.encode(a.date() == null ? null : a.date().toEpochDay(), out);
    OPT_STRING.encode(a.title(), out);
    OPT_STRING.encode(a.source(), out);
    OPT_STRING.encode(a.url(), out);
    STRING.encode(a.text(), out);
    OPT_STRING.encode(a.articleId(), out);
    OPT_STRING.encode(a.dateWarning(), out);
  }

  @Override
  public Article decode(InputStream in) throws IOException {
    String docId = STRING.decode(in);
    String sourcePath = STRING.decode(in);
    Integer line = OPT_INT.decode(in);
    Long day = OPT_LONG.decode(in);
    String title = OPT_STRING.decode(in);
    String source = OPT_STRING.decode(in);
    String url = OPT_STRING.decode(in);
    String text = STRING.decode(in);
    String articleId = OPT_STRING.decode(in);
    String dateWarning = OPT_STRING.decode(in);
    return new Article(
        docId, sourcePath, line, day == null ? null : LocalDate.ofEpochDay(day), title, source,
        url, text, articleId, dateWarning);
  }

  @Override
  public void verifyDeterministic() {}
}
