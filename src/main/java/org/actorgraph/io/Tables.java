package org.actorgraph.io;

import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.schemas.logicaltypes.SqlTypes;

/**
 * The output tables: their names and Beam schemas. This is the contract with the notebooks and
 * with every reader of the Parquet files: add columns, never rename them.
 */
public final class Tables {
  private Tables() {}

  public static final String DOCUMENTS = "documents";
  public static final String MENTIONS = "mentions";
  public static final String STATEMENTS = "statements";
  public static final String ACTORS = "actors";
  public static final String ACTOR_STATEMENT_COUNTS = "actor_statement_counts";
  public static final String ACTOR_DAILY = "actor_daily";
  public static final String COMENTIONS = "comentions";
  public static final String REJECTS = "rejects";
  public static final String QUOTES = "quotes";

  public static final List<String> ALL =
      List.of(DOCUMENTS, MENTIONS, STATEMENTS, ACTORS, ACTOR_STATEMENT_COUNTS, ACTOR_DAILY,
          COMENTIONS, REJECTS, QUOTES);

  private static final FieldType DATE = FieldType.logicalType(SqlTypes.DATE);

  public static final Schema DOCUMENTS_SCHEMA =
      Schema.builder()
          .addStringField("doc_id")
          .addStringField("source_path")
          .addNullableField("line", FieldType.INT32)
          .addNullableField("date", DATE)
          .addNullableField("title", FieldType.STRING)
          .addNullableField("source", FieldType.STRING)
          .addNullableField("url", FieldType.STRING)
          .addInt32Field("n_chars")
          .addInt32Field("n_paragraphs")
          .addInt32Field("n_sentences")
          .addInt32Field("n_mentions")
          .addInt32Field("n_statements")
          .addNullableField("article_id", FieldType.STRING)
          .addNullableField("date_warning", FieldType.STRING)
          .build();

  public static final Schema MENTIONS_SCHEMA =
      Schema.builder()
          .addStringField("doc_id")
          .addNullableField("date", DATE)
          .addNullableField("actor_id", FieldType.STRING)
          .addNullableField("actor_name", FieldType.STRING)
          .addStringField("surface")
          .addStringField("type")
          .addNullableField("title", FieldType.STRING)
          .addInt32Field("sentence")
          .addInt32Field("paragraph")
          .addInt32Field("begin")
          .addInt32Field("end")
          .addStringField("resolution")
          .build();

  public static final Schema STATEMENTS_SCHEMA =
      Schema.builder()
          .addStringField("doc_id")
          .addNullableField("date", DATE)
          .addStringField("statement_id")
          .addNullableField("actor_id", FieldType.STRING)
          .addNullableField("speaker_name", FieldType.STRING)
          .addNullableField("speaker_surface", FieldType.STRING)
          .addNullableField("speaker_begin", FieldType.INT32)
          .addNullableField("speaker_end", FieldType.INT32)
          .addNullableField("cue", FieldType.STRING)
          .addNullableField("cue_begin", FieldType.INT32)
          .addNullableField("cue_end", FieldType.INT32)
          .addStringField("kind")
          .addStringField("text")
          .addStringField("quote_key")
          .addInt32Field("begin")
          .addInt32Field("end")
          .addInt32Field("sentence")
          .addDoubleField("confidence")
          // the article and the speaker, so that "who said what, where" needs no join
          .addNullableField("title", FieldType.STRING)
          .addNullableField("url", FieldType.STRING)
          .addNullableField("source", FieldType.STRING)
          .addNullableField("speaker_type", FieldType.STRING)
          .addNullableField("speaker_role", FieldType.STRING)
          .addNullableField("speaker_country", FieldType.STRING)
          .addStringField("context")
          // the pass and sieve that made the statement (docs/attribution.md)
          .addStringField("rule")
          .build();

  public static final Schema ACTORS_SCHEMA =
      Schema.builder()
          .addStringField("actor_id")
          .addStringField("name")
          .addStringField("type")
          .addArrayField("aliases", FieldType.STRING)
          .addInt64Field("n_mentions")
          .addInt64Field("n_documents")
          .addBooleanField("in_registry")
          .addNullableField("country", FieldType.STRING)
          .addNullableField("role", FieldType.STRING)
          .addNullableField("wikidata_id", FieldType.STRING)
          .addNullableField("gender", FieldType.STRING)
          .build();

  public static final Schema ACTOR_STATEMENT_COUNTS_SCHEMA =
      Schema.builder()
          .addStringField("actor_id")
          .addStringField("name")
          .addStringField("type")
          .addInt64Field("n_statements")
          .addInt64Field("n_unique_statements")
          .addInt64Field("n_direct")
          .addInt64Field("n_partial")
          .addInt64Field("n_indirect")
          .addInt64Field("n_documents")
          .addNullableField("first_date", DATE)
          .addNullableField("last_date", DATE)
          .build();

  public static final Schema ACTOR_DAILY_SCHEMA =
      Schema.builder()
          .addStringField("actor_id")
          .addNullableField("date", DATE) // null: statements and mentions of undated articles
          .addInt64Field("n_statements")
          .addInt64Field("n_mentions")
          .addStringField("name")
          .addStringField("type")
          .build();

  public static final Schema COMENTIONS_SCHEMA =
      Schema.builder()
          .addStringField("actor_a")
          .addStringField("actor_b")
          .addStringField("scope")
          .addInt64Field("n_units")
          .addInt64Field("n_documents")
          .addDoubleField("pmi")
          .addDoubleField("jaccard")
          .build();

  public static final Schema REJECTS_SCHEMA =
      Schema.builder()
          .addStringField("source_path")
          .addNullableField("line", FieldType.INT32)
          .addStringField("reason")
          .addStringField("detail")
          .build();

  /** One row per distinct quotation (statements.quote_key): Quotebank's unit. */
  public static final Schema QUOTES_SCHEMA =
      Schema.builder()
          .addStringField("quote_key")
          .addStringField("text") // the longest wording
          .addNullableField("actor_id", FieldType.STRING) // the speaker credited most often
          .addInt64Field("n_speakers")
          .addNullableField("first_date", DATE)
          .addNullableField("last_date", DATE)
          .addInt64Field("n_statements")
          .addInt64Field("n_documents")
          .addInt64Field("n_sources")
          .addStringField("first_doc_id")
          .build();

  public static Schema schema(String table) {
    switch (table) {
      case DOCUMENTS:
        return DOCUMENTS_SCHEMA;
      case MENTIONS:
        return MENTIONS_SCHEMA;
      case STATEMENTS:
        return STATEMENTS_SCHEMA;
      case ACTORS:
        return ACTORS_SCHEMA;
      case ACTOR_STATEMENT_COUNTS:
        return ACTOR_STATEMENT_COUNTS_SCHEMA;
      case ACTOR_DAILY:
        return ACTOR_DAILY_SCHEMA;
      case COMENTIONS:
        return COMENTIONS_SCHEMA;
      case REJECTS:
        return REJECTS_SCHEMA;
      case QUOTES:
        return QUOTES_SCHEMA;
      default:
        throw new IllegalArgumentException("no table " + table);
    }
  }
}
