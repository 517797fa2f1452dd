package org.actorgraph.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * Field-by-field coders for the aggregation values that cross shuffles and combiner state.
 * They replace {@code SerializableCoder} (Java serialization: a stream header, class
 * descriptors and reflection per element), which a profile of the DirectRunner showed at ~10 %
 * of a run's CPU, mostly in the runner's copies of group-by-key state. Same values, same tables.
 */
final class Coders {
  private Coders() {}

  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final VarLongCoder LONG = VarLongCoder.of();

  /** {@link ComputeComentions.PairCounts}. */
  static final class PairCountsCoder extends AtomicCoder<ComputeComentions.PairCounts> {
    static final PairCountsCoder INSTANCE = new PairCountsCoder();

    @Override
    public void encode(ComputeComentions.PairCounts p, OutputStream out) throws IOException {
      STRING.encode(p.a, out);
      STRING.encode(p.b, out);
      encodeLongs(p.shared, out);
      encodeLongs(p.unitsA, out);
      encodeLongs(p.unitsB, out);
    }

    @Override
    public ComputeComentions.PairCounts decode(InputStream in) throws IOException {
      return new ComputeComentions.PairCounts(
          STRING.decode(in), STRING.decode(in), decodeLongs(in), decodeLongs(in), decodeLongs(in));
    }

    private static void encodeLongs(long[] v, OutputStream out) throws IOException {
      VarInt.encode(v.length, out);
      for (long x : v) {
        VarInt.encode(x, out);
      }
    }

    private static long[] decodeLongs(InputStream in) throws IOException {
      long[] v = new long[VarInt.decodeInt(in)];
      for (int i = 0; i < v.length; i++) {
        v[i] = VarInt.decodeLong(in);
      }
      return v;
    }
  }

  /** {@link CountStatements.Counts}; dates as a presence byte and epoch days. */
  static final class CountsCoder extends AtomicCoder<CountStatements.Counts> {
    static final CountsCoder INSTANCE = new CountsCoder();

    @Override
    public void encode(CountStatements.Counts c, OutputStream out) throws IOException {
      VarInt.encode(c.statements, out);
      VarInt.encode(c.direct, out);
      VarInt.encode(c.partial, out);
      VarInt.encode(c.indirect, out);
      VarInt.encode(c.documents, out);
      encodeDate(c.first, out);
      encodeDate(c.last, out);
    }

    @Override
    public CountStatements.Counts decode(InputStream in) throws IOException {
      CountStatements.Counts c = new CountStatements.Counts();
      c.statements = VarInt.decodeLong(in);
      c.direct = VarInt.decodeLong(in);
      c.partial = VarInt.decodeLong(in);
      c.indirect = VarInt.decodeLong(in);
      c.documents = VarInt.decodeLong(in);
      c.first = decodeDate(in);
      c.last = decodeDate(in);
      return c;
    }

    private static void encodeDate(LocalDate d, OutputStream out) throws IOException {
      if (d == null) {
        out.write(0);
      } else {
        out.write(1);
        LONG.encode(d.toEpochDay(), out);
      }
    }

    private static LocalDate decodeDate(InputStream in) throws IOException {
      int flag = in.read();
      if (flag < 0) {
        throw new java.io.EOFException();
      }
      return flag == 0 ? null : LocalDate.ofEpochDay(LONG.decode(in));
    }
  }

  /** {@link ActorStats}: counts and its three sorted maps. */
  static final class ActorStatsCoder extends AtomicCoder<ActorStats> {
    static final ActorStatsCoder INSTANCE = new ActorStatsCoder();

    @Override
    public void encode(ActorStats s, OutputStream out) throws IOException {
      VarInt.encode(s.mentions, out);
      VarInt.encode(s.documents, out);
      encodeMap(s.surfaces, out);
      encodeMap(s.names, out);
      encodeMap(s.types, out);
    }

    @Override
    public ActorStats decode(InputStream in) throws IOException {
      ActorStats s = new ActorStats();
      s.mentions = VarInt.decodeLong(in);
      s.documents = VarInt.decodeLong(in);
      decodeMap(s.surfaces, in);
      decodeMap(s.names, in);
      decodeMap(s.types, in);
      return s;
    }

    private static void encodeMap(TreeMap<String, Long> m, OutputStream out) throws IOException {
      VarInt.encode(m.size(), out);
      for (Map.Entry<String, Long> e : m.entrySet()) {
        STRING.encode(e.getKey(), out);
        VarInt.encode(e.getValue(), out);
      }
    }

    private static void decodeMap(TreeMap<String, Long> m, InputStream in) throws IOException {
      int n = VarInt.decodeInt(in);
      for (int i = 0; i < n; i++) {
        m.put(STRING.decode(in), VarInt.decodeLong(in));
      }
    }
  }
}
