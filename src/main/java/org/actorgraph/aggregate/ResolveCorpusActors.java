package org.actorgraph.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.actors.CorpusActors;
import org.actorgraph.io.Tables;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Corpus-level actor resolution ({@link CorpusActors}): the mentions vote per surname and per name,
 * the votes are combined per key on the workers, and the id rewrites they decide (few: one per
 * relinked surname or retyped name) become a side input that {@link #relinkRows} and
 * {@link #relinkLists} apply to mentions, statements and each document's mentions. Nothing is
 * gathered on the driver, so it runs the same on Flink.
 */
public final class ResolveCorpusActors
    extends PTransform<PCollection<Row>, PCollectionView<Map<String, String>>> {

  public static ResolveCorpusActors rewrites() {
    return new ResolveCorpusActors();
  }

  @Override
  public PCollectionView<Map<String, String>> expand(PCollection<Row> mentions) {
    MapCoder<String, Integer> votes = MapCoder.of(StringUtf8Coder.of(), VarIntCoder.of());
    return mentions
        .apply("Vote", ParDo.of(new VoteFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), votes))
        .apply("CountVotes", Combine.<String, Map<String, Integer>>perKey(
            (SerializableBiFunction<Map<String, Integer>, Map<String, Integer>, Map<String, Integer>>)
                CorpusActors::merge))
        .apply("Decide", ParDo.of(new DecideFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("AsMap", View.asMap());
  }

  static final class VoteFn extends DoFn<Row, KV<String, Map<String, Integer>>> {
    @ProcessElement
    public void process(@Element Row m, OutputReceiver<KV<String, Map<String, Integer>>> out) {
      String[] v = CorpusActors.vote(m.getString("actor_id"), m.getString("type"),
          m.getString("resolution"), m.getString("actor_name"));
      if (v != null) {
        Map<String, Integer> one = new HashMap<>();
        one.put(v[1], 1);
        out.output(KV.of(v[0], one));
      }
    }
  }

  static final class DecideFn extends DoFn<KV<String, Map<String, Integer>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, Map<String, Integer>> kv, OutputReceiver<KV<String, String>> out) {
      Map<String, String> rewrites = new HashMap<>();
      CorpusActors.decide(kv.getKey(), kv.getValue(), rewrites);
      rewrites.forEach((from, to) -> out.output(KV.of(from, to)));
    }
  }

  /** Mentions or statements with the corpus rewrites applied (mentions also get type and resolution). */
  public static PCollection<Row> relinkRows(
      PCollection<Row> rows, PCollectionView<Map<String, String>> rewrites, String name) {
    return rows.apply(name, ParDo.of(new RelinkRowFn(rewrites)).withSideInputs(rewrites))
        .setRowSchema(rows.getSchema());
  }

  /** Each document's mentions with the corpus rewrites applied. */
  public static PCollection<List<Row>> relinkLists(
      PCollection<List<Row>> lists, PCollectionView<Map<String, String>> rewrites, String name) {
    return lists.apply(name, ParDo.of(new RelinkListFn(rewrites)).withSideInputs(rewrites))
        .setCoder(lists.getCoder());
  }

  static @Nullable Row relink(Row r, Map<String, String> rewrites) {
    String to = CorpusActors.relink(r.getString("actor_id"), rewrites);
    if (to == null) {
      return null;
    }
    Row.FieldValueBuilder b = Row.fromRow(r).withFieldValue("actor_id", to);
    if (r.getSchema().hasField("resolution")) {
      String type = CorpusActors.typeOf(to);
      b = b.withFieldValue("resolution", "corpus");
      if (type != null) {
        b = b.withFieldValue("type", type);
      }
    }
    return b.build();
  }

  static final class RelinkRowFn extends DoFn<Row, Row> {
    private final PCollectionView<Map<String, String>> rewrites;

    RelinkRowFn(PCollectionView<Map<String, String>> rewrites) {
      this.rewrites = rewrites;
    }

    @ProcessElement
    public void process(@Element Row r, OutputReceiver<Row> out, ProcessContext c) {
      Row to = relink(r, c.sideInput(rewrites));
      out.output(to == null ? r : to);
    }
  }

  static final class RelinkListFn extends DoFn<List<Row>, List<Row>> {
    private final PCollectionView<Map<String, String>> rewrites;

    RelinkListFn(PCollectionView<Map<String, String>> rewrites) {
      this.rewrites = rewrites;
    }

    @ProcessElement
    public void process(@Element List<Row> rows, OutputReceiver<List<Row>> out, ProcessContext c) {
      Map<String, String> map = c.sideInput(rewrites);
      List<Row> relinked = new ArrayList<>(rows.size());
      for (Row r : rows) {
        Row to = relink(r, map);
        relinked.add(to == null ? r : to);
      }
      out.output(relinked);
    }
  }
}
