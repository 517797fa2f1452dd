package org.actorgraph.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.actorgraph.model.Reject.Reason;

/**
 * Opens gzip and bzip2 files by their extension (a file so named that does not start with
 * the format's magic bytes is read as it is, as Beam does). Reading is plain {@link
 * InputStream}s so that the lines decompressed before a broken tail are kept: a truncated
 * file ends as its complete lines plus one {@code truncated} reject.
 */
public final class Compressed {
  private Compressed() {}

  /** The compression a file name says: "gzip", "bzip2" or null. */
  static String format(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".gz") || p.endsWith(".gzip")) {
      return "gzip";
    }
    if (p.endsWith(".bz2")) {
      return "bzip2";
    }
    return null;
  }

  /** The decompressed bytes of {@code raw}; a stream that is not compressed is returned as is. */
  public static InputStream open(String path, InputStream raw) throws IOException {
    String format = format(path);
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    if (format == null) {
      return in;
    }
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (format.equals("gzip") && b0 == 0x1f && b1 == 0x8b) {
      return new GZIPInputStream(in, 1 << 16); // reads concatenated members too
    }
    if (format.equals("bzip2") && b0 == 'B' && b1 == 'Z' && b2 == 'h') {
      return new BZip2CompressorInputStream(in, true);
    }
    return in;
  }

  /** A read failure: a truncated compressed stream, corrupt data, or an I/O error. */
  static final class Failure {
    final Reason reason;
    final String detail;

    Failure(Reason reason, String detail) {
      this.reason = reason;
      this.detail = detail;
    }
  }

  /** What {@code e}, thrown after {@code bytes} decompressed bytes of {@code path}, means. */
  static Failure classify(String path, IOException e, long bytes) {
    String format = format(path);
    String msg = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof TextDecoding.DecodingException) {
      return new Failure(Reason.NOT_UTF8, msg);
    }
    if (format != null && (e instanceof EOFException || msg.contains("Unexpected end") || msg.contains("Truncated")
        || msg.contains("truncated"))) {
      return new Failure(Reason.TRUNCATED, "the " + format + " stream ends early (the file is cut off), after "
          + bytes + " bytes decompressed");
    }
    if (format != null && (e instanceof ZipException || msg.contains("BZip2") || msg.contains("crc")
        || msg.contains("CRC") || msg.contains("block"))) {
      return new Failure(Reason.UNREADABLE,
          "corrupt " + format + " data after " + bytes + " bytes decompressed" + (msg.isEmpty() ? "" : " (" + msg + ")"));
    }
    return new Failure(Reason.UNREADABLE, "read error after " + bytes + " bytes"
        + (format == null ? "" : " decompressed") + ": " + (msg.isEmpty() ? e.getClass().getSimpleName() : msg));
  }
}
