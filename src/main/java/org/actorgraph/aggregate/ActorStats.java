package org.actorgraph.aggregate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the mentions say about one actor: how often each surface form, in-document name and type
 * was seen, in how many mentions and documents. Mergeable, for combiners.
 */
final class ActorStats implements MergeFn.Mergeable<ActorStats> {
  long mentions;
  long documents;
  final TreeMap<String, Long> surfaces = new TreeMap<>();
  final TreeMap<String, Long> names = new TreeMap<>();
  final TreeMap<String, Long> types = new TreeMap<>();

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ActorStats)) {
      return false;
    }
    ActorStats s = (ActorStats) o;
    return mentions == s.mentions && documents == s.documents && surfaces.equals(s.surfaces)
        && names.equals(s.names) && types.equals(s.types);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(mentions, documents, surfaces, names, types);
  }

  void add(String surface, String name, String type) {
    mentions++;
    surfaces.merge(surface, 1L, Long::sum);
    names.merge(name, 1L, Long::sum);
    types.merge(type, 1L, Long::sum);
  }

  @Override
  public ActorStats merge(ActorStats o) {
    mentions += o.mentions;
    documents += o.documents;
    o.surfaces.forEach((k, v) -> surfaces.merge(k, v, Long::sum));
    o.names.forEach((k, v) -> names.merge(k, v, Long::sum));
    o.types.forEach((k, v) -> types.merge(k, v, Long::sum));
    return this;
  }

  /** The most frequent in-document full name; ties go to the longer, then the first in order. */
  String bestName() {
    return top(names, Comparator.comparingInt(String::length));
  }

  String bestType() {
    return top(types, Comparator.comparingInt(s -> 0));
  }

  /** Surface forms, most frequent first, the canonical name left out. */
  List<String> aliases(String canonical) {
    return surfaces.entrySet().stream()
        .filter(e -> !e.getKey().equals(canonical))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  private static String top(TreeMap<String, Long> counts, Comparator<String> tieBreak) {
    String best = null;
    long bestCount = -1;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getValue() > bestCount
          || (e.getValue() == bestCount && tieBreak.compare(e.getKey(), best) > 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best == null ? "" : best;
  }
}
