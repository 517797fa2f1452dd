package org.actorgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollectionList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes the tables as Parquet files under {@code <output>/<table>/part-NNNNN-of-NNNNN.parquet}.
 * Rows are converted to Avro records with their table's schema (DATE columns become Parquet
 * DATE, lists become LIST), each row written is counted as {@code rows_<table>}, and all tables
 * go through one {@link FileIO#writeDynamic()} keyed by table: one write instead of eight cuts
 * the job graph roughly in half, which is most of a small job's fixed cost on Flink.
 */
public final class WriteTables {
  private WriteTables() {}

  /** Writes every table of a map of table name to rows. */
  public static PDone all(String output, Map<String, PCollection<Row>> tables) {
    PCollectionList<GenericRecord> records = PCollectionList.empty(pipelineOf(tables));
    for (Map.Entry<String, PCollection<Row>> t : tables.entrySet()) {
      String table = t.getKey();
      records = records.and(
          t.getValue()
              .apply("ToAvro " + table, ParDo.of(new ToAvroFn(table, avroSchema(table).toString())))
              .setCoder(TableRecordCoder.INSTANCE));
    }
    String root = output.endsWith("/") ? output : output + "/";
    records
        .apply("AllTables", Flatten.pCollections())
        .setCoder(TableRecordCoder.INSTANCE)
        .apply(
            "WriteParquet",
            FileIO.<String, GenericRecord>writeDynamic()
                .by(r -> r.getSchema().getName())
                .withDestinationCoder(StringUtf8Coder.of())
                .via(Contextful.fn(table -> parquetSink(table)))
                .to(root)
                .withNaming(table -> FileIO.Write.defaultNaming(table + "/part", ".parquet")));
    return PDone.in(pipelineOf(tables));
  }

  private static Pipeline pipelineOf(Map<String, PCollection<Row>> tables) {
    return tables.values().iterator().next().getPipeline();
  }

  static ParquetIO.Sink parquetSink(String table) {
    return ParquetIO.sink(avroSchema(table)).withCompressionCodec(CompressionCodecName.SNAPPY);
  }

  /** The Avro schema a table is written with (DATE as Avro date, lists as arrays); its name is the table's. */
  public static org.apache.avro.Schema avroSchema(String table) {
    return AvroUtils.toAvroSchema(Tables.schema(table), table, "org.actorgraph");
  }

  /**
   * A record of any table: the table name, then the record in Avro binary with that table's
   * schema. The tables share one PCollection on their way to the single write.
   */
  static final class TableRecordCoder extends AtomicCoder<GenericRecord> {
    static final TableRecordCoder INSTANCE = new TableRecordCoder();
    // Writers hold no state between calls; readers keep resolution caches, so one set per thread.
    private static final Map<org.apache.avro.Schema, GenericDatumWriter<GenericRecord>> WRITERS =
        new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, GenericDatumReader<GenericRecord>>> READERS =
        ThreadLocal.withInitial(HashMap::new);

    @Override
    public void encode(GenericRecord value, OutputStream out) throws IOException {
      org.apache.avro.Schema schema = value.getSchema();
      StringUtf8Coder.of().encode(schema.getName(), out);
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      WRITERS.computeIfAbsent(schema, GenericDatumWriter::new).write(value, encoder);
      encoder.flush();
    }

    @Override
    public GenericRecord decode(InputStream in) throws IOException {
      GenericDatumReader<GenericRecord> reader = READERS.get().computeIfAbsent(
          StringUtf8Coder.of().decode(in), t -> new GenericDatumReader<>(avroSchema(t)));
      BinaryDecoder decoder = DecoderFactory.get().directBinaryDecoder(in, null);
      return reader.read(null, decoder);
    }

    @Override
    public void verifyDeterministic() {}
  }

  /**
   * Row to Avro record with the table's schema. Written out rather than left to AvroUtils, whose
   * DATE conversion yields a long where the Avro date type wants an int.
   */
  static final class ToAvroFn extends DoFn<Row, GenericRecord> {
    private final String schemaJson;
    private final Counter rows;
    private transient org.apache.avro.Schema schema;

    ToAvroFn(String table, String schemaJson) {
      this.schemaJson = schemaJson;
      this.rows = Metrics.counter(WriteTables.class, "rows_" + table);
    }

    @Setup
    public void setup() {
      schema = new org.apache.avro.Schema.Parser().parse(schemaJson);
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<GenericRecord> out) {
      rows.inc();
      out.output(toRecord(row, schema));
    }
  }

  static GenericRecord toRecord(Row row, org.apache.avro.Schema schema) {
    GenericData.Record r = new GenericData.Record(schema);
    List<Schema.Field> fields = row.getSchema().getFields();
    for (int i = 0; i < fields.size(); i++) {
      Object v = row.getValue(i);
      if (v instanceof LocalDate) {
        v = (int) ((LocalDate) v).toEpochDay();
      } else if (v instanceof Collection) {
        v = new ArrayList<>((Collection<?>) v);
      }
      r.put(i, v);
    }
    return r;
  }
}
