package org.actorgraph.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.actorgraph.model.Statement;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the passes have claimed so far in one article: the cues (by the offset of their first
 * character, with the pass that took each) and the statements made. A cue a pass has claimed is
 * not offered to a later one; this is how the order of the passes decides between them.
 */
final class Claims {
  private final String[] cueBy;
  private final List<Statement> statements = new ArrayList<>();

  Claims(int textLength) {
    this.cueBy = new String[textLength + 1];
  }

  boolean cueClaimed(int at) {
    return cueBy[at] != null;
  }

  /** The pass that claimed the cue starting at {@code at}, or null. */
  @Nullable String cueClaimedBy(int at) {
    return cueBy[at];
  }

  void claimCue(int at, String pass) {
    cueBy[at] = pass;
  }

  /**
   * A quotation's cue: claimed, unless it is only lent (a cue ending the sentence before the
   * quotation stays free to report its own clause; lending also frees a cue claimed before).
   */
  void claimQuoteCue(Cue cue, String pass) {
    cueBy[cue.begin] = cue.lent ? null : pass;
  }

  void add(Statement st) {
    statements.add(st);
  }

  /** The statement made last, or null. */
  @Nullable Statement last() {
    return statements.isEmpty() ? null : statements.get(statements.size() - 1);
  }

  /** A quotation continuing the last statement: the statement made longer. */
  void replaceLast(Statement st) {
    statements.remove(statements.size() - 1);
    statements.add(st);
  }

  /** True when a statement made so far covers [b, e). */
  boolean covered(int b, int e) {
    for (Statement st : statements) {
      if (st.begin <= b && st.end >= e) {
        return true;
      }
    }
    return false;
  }

  /** Cue-less statements inside [from, to): an object statement takes them in. */
  void dropUncuedWithin(int from, int to) {
    statements.removeIf(st -> st.cueBegin < 0 && st.begin >= from && st.end <= to);
  }

  /** The statements made so far, in the order they were made. */
  List<Statement> statements() {
    return Collections.unmodifiableList(statements);
  }

  /** The statements in text order (stable: ties keep the order they were made in). */
  List<Statement> inTextOrder() {
    List<Statement> out = new ArrayList<>(statements);
    out.sort((a, b) -> Integer.compare(a.begin, b.begin));
    return out;
  }
}
