package org.actorgraph.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
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
 * Writes one table as Parquet files under {@code <output>/<table>/}. Rows are converted to Avro
 * records with the table's schema (DATE columns become Parquet DATE, lists become LIST), and each
 * row written is counted as {@code rows_<table>}.
 */
public final class WriteTables {
  private WriteTables() {}

  /** Writes {@code rows} as table {@code table} under {@code output}. */
  public static PTransform<PCollection<Row>, PDone> table(String output, String table) {
    return new WriteTable(output, table);
  }

  /** Writes every table of a map of table name to rows. */
  public static void all(String output, Map<String, PCollection<Row>> tables) {
    tables.forEach((name, rows) -> rows.apply("Write " + name, table(output, name)));
  }

  /** The Avro schema a table is written with (DATE as Avro date, lists as arrays). */
  public static org.apache.avro.Schema avroSchema(String table) {
    return AvroUtils.toAvroSchema(Tables.schema(table), table, "org.actorgraph");
  }

  static String folder(String output, String table) {
    return output.endsWith("/") ? output + table : output + "/" + table;
  }

  private static final class WriteTable extends PTransform<PCollection<Row>, PDone> {
    private final String output;
    private final String table;

    WriteTable(String output, String table) {
      this.output = output;
      this.table = table;
    }

    @Override
    public PDone expand(PCollection<Row> rows) {
      org.apache.avro.Schema avro = avroSchema(table);
      rows.apply("ToAvro", ParDo.of(new ToAvroFn(table, avro.toString())))
          .setCoder(AvroCoder.of(GenericRecord.class, avro))
          .apply(
              "WriteParquet",
              FileIO.<GenericRecord>write()
                  .via(ParquetIO.sink(avro).withCompressionCodec(CompressionCodecName.SNAPPY))
                  .to(folder(output, table))
                  .withPrefix("part")
                  .withSuffix(".parquet"));
      return PDone.in(rows.getPipeline());
    }
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
