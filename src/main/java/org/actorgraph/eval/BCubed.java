package org.actorgraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision and recall (Bagga and Baldwin 1998) of a predicted clustering against a gold
 * clustering of the same items: for each item, precision is the share of its predicted cluster
 * that shares its gold cluster, recall the share of its gold cluster that shares its predicted
 * cluster; both are averaged over the items.
 */
public final class BCubed {
  public final double precision;
  public final double recall;
  public final int items;

  private BCubed(double precision, double recall, int items) {
    this.precision = precision;
    this.recall = recall;
    this.items = items;
  }

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** {@code gold.get(i)} and {@code predicted.get(i)} are item i's cluster labels. */
  public static BCubed score(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in length");
    }
    int n = gold.size();
    if (n == 0) {
      return new BCubed(0, 0, 0);
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      double common = both.get(gold.get(i) + "\u0000" + predicted.get(i));
      p += common / predSize.get(predicted.get(i));
      r += common / goldSize.get(gold.get(i));
    }
    return new BCubed(p / n, r / n, n);
  }
}
