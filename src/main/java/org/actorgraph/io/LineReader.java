package org.actorgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads raw byte lines so that each line is checked for UTF-8 on its own: one bad line becomes one
 * reject and the rest of the file is kept. Lines longer than a cap are skipped to their end rather
 * than buffered, so a runaway line cannot exhaust memory.
 */
final class LineReader {
  static final class Line {
    final byte[] bytes;
    final int length;
    final boolean truncated;
    final long fullLength;

    Line(byte[] bytes, int length, boolean truncated, long fullLength) {
      this.bytes = bytes;
      this.length = length;
      this.truncated = truncated;
      this.fullLength = fullLength;
    }
  }

  private final InputStream in;
  private final long cap;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean eof;

  LineReader(InputStream in, long cap) {
    this.in = in;
    this.cap = Math.min(cap, Integer.MAX_VALUE - 16);
  }

  /** The next line without its terminator, or null at the end of the stream. */
  @Nullable
  Line next() throws IOException {
    byte[] line = new byte[256];
    int len = 0;
    long full = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof || !fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      full += n;
      if (full <= cap) {
        if (len + n > line.length) {
          line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
        }
        System.arraycopy(buf, start, line, len, n);
        len += n;
      }
      if (pos < end) {
        pos++; // the newline
        break;
      }
    }
    if (len > 0 && line[len - 1] == '\r' && full <= cap) {
      len--;
    }
    return new Line(line, len, full > cap, full);
  }

  private boolean fill() throws IOException {
    int r = in.read(buf, 0, buf.length);
    if (r <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    end = r;
    return true;
  }
}
