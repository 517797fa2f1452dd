package org.actorgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Byte order marks and decoding errors that say where. Input is UTF-8 unless it opens with a
 * UTF-16 or UTF-32 byte order mark, as files saved by some Windows tools do; such a file is
 * decoded by its mark, not rejected as binary for its NUL bytes.
 */
final class TextDecoding {
  private TextDecoding() {}

  static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** A byte order mark: the charset it declares and its length. */
  static final class Bom {
    final Charset charset;
    final int length;

    Bom(Charset charset, int length) {
      this.charset = charset;
      this.length = length;
    }

    String name() {
      return charset.name();
    }
  }

  /** The UTF-16/32 byte order mark {@code b} opens with, or null (UTF-8, with or without its mark). */
  static @Nullable Bom utf16or32(byte[] b, int n) {
    int b0 = n > 0 ? b[0] & 0xff : -1;
    int b1 = n > 1 ? b[1] & 0xff : -1;
    int b2 = n > 2 ? b[2] & 0xff : -1;
    int b3 = n > 3 ? b[3] & 0xff : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return new Bom(UTF_32BE, 4);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return new Bom(UTF_32LE, 4);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  /** Bytes that are not text in the declared encoding, with where they are. */
  static final class DecodingException extends IOException {
    DecodingException(String message) {
      super(message);
    }
  }

  /**
   * Decodes {@code bytes[from, to)} strictly; a bad sequence is reported with its byte offset
   * (counted from {@code origin}) and the bytes themselves. A leading U+FEFF is dropped.
   */
  static String decode(byte[] bytes, int from, int to, Charset cs, int origin) throws DecodingException {
    CharsetDecoder decoder =
        cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) (to - from) + 16));
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      StringBuilder hex = new StringBuilder();
      for (int i = at; i < Math.min(to, at + Math.max(1, r.length())); i++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xff));
      }
      throw new DecodingException(
          "invalid " + label(cs) + " at byte " + (at - origin) + " (" + hex + ")");
    }
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  static String label(Charset cs) {
    return cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : cs.name() + " (declared by its byte order mark)";
  }

  /**
   * A stream of UTF-8 bytes from a stream in {@code cs}: JSON Lines in UTF-16 is split into
   * lines on the UTF-8 bytes, as every other file. A bad sequence fails the read with where.
   */
  static InputStream toUtf8(InputStream in, Charset cs) {
    CharsetDecoder decoder =
        cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader reader = new InputStreamReader(in, decoder);
    return new InputStream() {
      private byte[] buf = new byte[0];
      private int pos;
      private long chars;
      private final char[] cbuf = new char[8192];
      private int carried; // a high surrogate whose pair comes with the next read

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        while (pos == buf.length) {
          int n;
          try {
            n = reader.read(cbuf, carried, cbuf.length - carried);
          } catch (java.nio.charset.CharacterCodingException e) {
            throw new DecodingException("invalid " + label(cs) + " after character " + chars);
          }
          if (n < 0) {
            if (carried == 0) {
              return -1;
            }
            throw new DecodingException("invalid " + label(cs) + ": the text ends inside a surrogate pair");
          }
          n += carried;
          carried = n > 0 && Character.isHighSurrogate(cbuf[n - 1]) ? 1 : 0;
          chars += n - carried;
          buf = new String(cbuf, 0, n - carried).getBytes(StandardCharsets.UTF_8);
          if (carried == 1) {
            cbuf[0] = cbuf[n - 1];
          }
          pos = 0;
        }
        int k = Math.min(len, buf.length - pos);
        System.arraycopy(buf, pos, b, off, k);
        pos += k;
        return k;
      }
    };
  }
}
