package org.actorgraph.aggregate;

import org.actorgraph.io.Tables;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Keyed views of the output tables that other tables look values up in. */
final class Lookups {
  private Lookups() {}

  /** The actors table keyed by actor_id; applied once per consumer, named after it. */
  static PCollection<KV<String, Row>> actorsById(PCollection<Row> actors) {
    return actors
        .apply("KeyActors", WithKeys.of((Row r) -> r.getString("actor_id"))
            .withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SchemaCoder.of(Tables.ACTORS_SCHEMA)));
  }
}
