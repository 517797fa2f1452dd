package org.actorgraph.actors;

import java.util.HashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Corpus-level actor resolution, plain Java so that the Beam transform and the evaluation share it.
 * Mentions vote under a key; each key's votes decide id rewrites:
 *
 * <ul>
 *   <li>{@code s:<surname key>}: a lone surname kept in its document ({@code per:morison@…}) joins
 *       the person who dominates that surname in the corpus: at least {@link #MIN_MENTIONS} mentions
 *       by full name or registry and {@link #MIN_SHARE} of all of them.
 *   <li>{@code t:<slug>}: one type per actor: a name outside the registry seen as an organisation
 *       and as a place ({@code org:south-carolina}, {@code loc:south-carolina}) takes the id of the
 *       type most of its mentions have.
 * </ul>
 */
public final class CorpusActors {
  private CorpusActors() {}

  public static final int MIN_MENTIONS = 3;
  public static final double MIN_SHARE = 0.8;
  /** The vote of a lone surname: it counts the key's lone mentions, never wins. */
  static final String LONE = "@lone";

  /** A mention's vote: {key, id}, or null when it has none. */
  public static String @Nullable [] vote(@Nullable String actorId, String type, String resolution,
      @Nullable String actorName) {
    if (actorId == null) {
      return null;
    }
    if (type.equals("PERSON")) {
      if (resolution.equals("document") && actorId.startsWith("per:") && actorId.contains("@")) {
        return new String[] {"s:" + actorId.substring(4, actorId.indexOf('@')), LONE};
      }
      if ((resolution.equals("registry") || resolution.equals("full_name")) && actorName != null) {
        String[] words = actorName.trim().split("\\s+");
        if (words.length >= 2) {
          return new String[] {"s:" + DocumentActors.surnameKey(words), actorId};
        }
      }
      return null;
    }
    if (resolution.equals("full_name") && (actorId.startsWith("org:") || actorId.startsWith("loc:"))) {
      return new String[] {"t:" + actorId.substring(4), actorId};
    }
    return null;
  }

  /** The rewrites one key's votes (id to mentions) decide, into {@code out} (from, to). */
  public static void decide(String key, Map<String, Integer> votes, Map<String, String> out) {
    String best = null;
    int bestN = 0;
    int total = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (v.getKey().equals(LONE)) {
        continue;
      }
      total += v.getValue();
      if (v.getValue() > bestN || v.getValue() == bestN && best != null && v.getKey().compareTo(best) < 0) {
        best = v.getKey();
        bestN = v.getValue();
      }
    }
    if (best == null) {
      return;
    }
    if (key.startsWith("s:")) {
      if (votes.containsKey(LONE) && bestN >= MIN_MENTIONS && bestN >= MIN_SHARE * total) {
        out.put("per:" + key.substring(2), best); // every per:<key>@<doc> id
      }
    } else if (votes.size() > 1) {
      for (String id : votes.keySet()) {
        if (!id.equals(best)) {
          out.put(id, best);
        }
      }
    }
  }

  /** The id a mention takes after the corpus rewrites; null when it keeps its own. */
  public static @Nullable String relink(@Nullable String actorId, Map<String, String> rewrites) {
    if (actorId == null || rewrites.isEmpty()) {
      return null;
    }
    int at = actorId.indexOf('@');
    if (at > 0 && actorId.startsWith("per:")) {
      return rewrites.get(actorId.substring(0, at));
    }
    return rewrites.get(actorId);
  }

  /** The type an id stands for after a rewrite (org: and loc: ids carry it). */
  public static @Nullable String typeOf(String actorId) {
    return actorId.startsWith("org:") ? "ORGANIZATION" : actorId.startsWith("loc:") ? "LOCATION"
        : actorId.startsWith("per:") ? "PERSON" : null;
  }

  /** Adds {@code b}'s votes to {@code a}. */
  public static Map<String, Integer> merge(Map<String, Integer> a, Map<String, Integer> b) {
    Map<String, Integer> out = new HashMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, Integer::sum));
    return out;
  }
}
