package org.actorgraph.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A grouping key of an actor and what it is counted per: a document, a quotation, a day, or the
 * other actor of a pair ({@code actor < part}). Typed, so no id can break it the way a separator
 * character inside a string key could; ordered part by part, so sharded output is sorted.
 */
public record ActorKey(String actor, @Nullable String part) implements Comparable<ActorKey> {

  public ActorKey {
    Objects.requireNonNull(actor, "actor");
  }

  public static ActorKey of(String actor, @Nullable String part) {
    return new ActorKey(actor, part);
  }

  /** Stated, not left to the record's default: shards must agree across JVMs and runners. */
  @Override
  public int hashCode() {
    return 31 * actor.hashCode() + (part == null ? 0 : part.hashCode());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActorKey k && actor.equals(k.actor) && Objects.equals(part, k.part);
  }

  @Override
  public int compareTo(ActorKey o) {
    int c = actor.compareTo(o.actor);
    if (c != 0) {
      return c;
    }
    if (part == null || o.part == null) {
      return part == null ? (o.part == null ? 0 : -1) : 1; // no part sorts first
    }
    return part.compareTo(o.part);
  }

  public static final Coder<ActorKey> CODER = new ActorKeyCoder();

  /** Actor then nullable part, each as UTF-8: deterministic (an atomic coder), so a grouping key. */
  static final class ActorKeyCoder extends AtomicCoder<ActorKey> {
    private static final Coder<String> ACTOR = StringUtf8Coder.of();
    private static final Coder<String> PART = NullableCoder.of(StringUtf8Coder.of());

    @Override
    public void encode(ActorKey k, OutputStream out) throws IOException {
      ACTOR.encode(k.actor(), out);
      PART.encode(k.part(), out);
    }

    @Override
    public ActorKey decode(InputStream in) throws IOException {
      return new ActorKey(ACTOR.decode(in), PART.decode(in));
    }
  }
}
