package org.actorgraph.aggregate;

import org.actorgraph.actors.ActorRegistry;
import org.actorgraph.io.Tables;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The {@code actors} table from the mentions: one row per canonical actor with its name (the
 * registry's, else the most frequent full form), type, aliases, mention and document counts.
 */
public final class ComputeActors extends PTransform<PCollection<Row>, PCollection<Row>> {
  private final @Nullable String actorsFile;
  private final int shards;

  private ComputeActors(@Nullable String actorsFile, int shards) {
    this.actorsFile = actorsFile;
    this.shards = shards;
  }

  /** Names from the registry (default plus {@code actorsFile}); keys combined in {@code shards}. */
  public static ComputeActors withRegistry(@Nullable String actorsFile, int shards) {
    return new ComputeActors(actorsFile, shards);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> mentions) {
    Coders.ActorStatsCoder stats = Coders.ActorStatsCoder.INSTANCE;
    return mentions
        .apply("KeyByActorAndDocument", ParDo.of(new KeyMentionFn()))
        .setCoder(KvCoder.of(ActorKey.CODER, stats))
        // first per (actor, document), so that documents count once each
        .apply("PerActorDocument", ShardedCombine.perKey(MergeFn.of(none -> new ActorStats()), stats, stats, shards))
        .apply("KeyByActor", ParDo.of(new DropDocumentFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), stats))
        .apply("PerActor", ShardedCombine.perKey(MergeFn.of(none -> new ActorStats()), stats, stats, shards))
        .apply("ToRows", ParDo.of(new ToRowFn(actorsFile)))
        .setRowSchema(Tables.ACTORS_SCHEMA);
  }

  static final class KeyMentionFn extends DoFn<Row, KV<ActorKey, ActorStats>> {
    @ProcessElement
    public void process(@Element Row m, OutputReceiver<KV<ActorKey, ActorStats>> out) {
      String actor = m.getString("actor_id");
      if (actor == null) {
        return; // ambiguous names belong to no actor
      }
      ActorStats s = new ActorStats();
      String name = m.getString("actor_name");
      s.add(m.getString("surface"), name == null ? m.getString("surface") : name, m.getString("type"));
      out.output(KV.of(ActorKey.of(actor, m.getString("doc_id")), s));
    }
  }

  static final class DropDocumentFn extends DoFn<KV<ActorKey, ActorStats>, KV<String, ActorStats>> {
    @ProcessElement
    public void process(@Element KV<ActorKey, ActorStats> kv, OutputReceiver<KV<String, ActorStats>> out) {
      ActorStats s = new ActorStats().merge(kv.getValue()); // inputs are immutable
      s.documents = 1;
      out.output(KV.of(kv.getKey().actor(), s));
    }
  }

  static final class ToRowFn extends DoFn<KV<String, ActorStats>, Row> {
    private final @Nullable String actorsFile;
    private transient ActorRegistry registry;

    ToRowFn(@Nullable String actorsFile) {
      this.actorsFile = actorsFile;
    }

    @Setup
    public void setup() {
      registry = ActorRegistry.withUserFile(actorsFile);
    }

    @ProcessElement
    public void process(@Element KV<String, ActorStats> kv, OutputReceiver<Row> out) {
      ActorStats s = kv.getValue();
      ActorRegistry.Entry e = registry.byId(kv.getKey());
      String name = e != null ? e.name : s.bestName();
      String type = e != null ? e.type.name() : s.bestType();
      out.output(
          Row.withSchema(Tables.ACTORS_SCHEMA)
              .addValues(kv.getKey(), name, type, s.aliases(name), s.mentions, s.documents,
                  e != null, e == null ? null : e.country, e == null ? null : e.role,
                  e == null ? null : e.wikidataId, e == null ? null : e.gender)
              .build());
    }
  }
}
