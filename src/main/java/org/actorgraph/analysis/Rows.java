package org.actorgraph.analysis;

import org.actorgraph.io.Tables;
import org.actorgraph.model.AnalyzedArticle;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Statement;
import org.apache.beam.sdk.values.Row;

/**
 * Table rows from the analysis value classes, in the columns of {@link Tables}. Offsets and
 * lengths are written in code points ({@link CodePoints}); the analysis works in Java's units.
 */
final class Rows {
  private Rows() {}

  static Row document(AnalyzedArticle a, CodePoints cp) {
    Article art = a.article;
    return Row.withSchema(Tables.DOCUMENTS_SCHEMA)
        .addValues(
            art.docId(), art.sourcePath(), art.line(), art.date(), art.title(), art.source(),
            art.url(), cp.length(art.text()), a.nParagraphs, a.nSentences, a.mentions.size(),
            a.statements.size(), art.articleId(), art.dateWarning())
        .build();
  }

  static Row mention(Article art, Mention m, CodePoints cp) {
    return Row.withSchema(Tables.MENTIONS_SCHEMA)
        .addValues(
            art.docId(), art.date(), m.actorId, m.actorName, m.surface, m.type.name(), m.title, m.sentence,
            m.paragraph, cp.at(m.begin), cp.at(m.end), m.resolution)
        .build();
  }

  /** The speaker's type, role and country are null here: {@code AttachSpeakers} fills them from the actors. */
  static Row statement(AnalyzedArticle a, Statement s, int ordinal, CodePoints cp) {
    Article art = a.article;
    boolean speaker = s.speakerBegin >= 0;
    boolean cue = s.cueBegin >= 0;
    return Row.withSchema(Tables.STATEMENTS_SCHEMA)
        .addValues(
            art.docId(), art.date(), art.docId() + "#" + ordinal, s.actorId, s.speakerName,
            s.speakerSurface, speaker ? cp.at(s.speakerBegin) : null, speaker ? cp.at(s.speakerEnd) : null,
            s.cue, cue ? cp.at(s.cueBegin) : null, cue ? cp.at(s.cueEnd) : null, s.kind.label(), s.text,
            Statement.quoteKey(s.text), cp.at(s.begin), cp.at(s.end), s.sentence, confidence(s.confidence),
            art.title(), art.url(), art.source(), null, null, null,
            StatementContext.of(art.text(), a.sentenceBegin, a.sentenceEnd, s), s.rule)
        .build();
  }

  /** Three decimals: sums of rule weights (0.30000000000000004 beside 0.3) would split GROUP BY buckets. */
  static double confidence(double c) {
    return Math.round(c * 1000.0) / 1000.0;
  }
}
