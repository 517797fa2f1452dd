package org.actorgraph.model;

import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A name in an article, resolved to an actor (actorId null when ambiguous). */
public final class Mention implements Serializable {
  public final int begin;
  public final int end;
  public final String surface;
  public final EntityType type;
  public final int sentence;
  public final int paragraph;
  /** Index of the in-document cluster this mention belongs to. */
  public final int cluster;
  public final @Nullable String actorId;
  /** The fullest form of the name in this document (or the registry's canonical name). */
  public final @Nullable String actorName;
  /** A title that preceded the name ("president", "mr"), lowercase; null if none. */
  public final @Nullable String title;
  /** How the actor id was found: registry, full_name, document, corpus or unresolved. */
  public final String resolution;

  public Mention(
      int begin, int end, String surface, EntityType type, int sentence, int paragraph,
      int cluster, @Nullable String actorId, @Nullable String actorName, @Nullable String title) {
    this(begin, end, surface, type, sentence, paragraph, cluster, actorId, actorName, title,
        actorId == null ? "unresolved" : "full_name");
  }

  public Mention(
      int begin, int end, String surface, EntityType type, int sentence, int paragraph,
      int cluster, @Nullable String actorId, @Nullable String actorName, @Nullable String title,
      String resolution) {
    this.begin = begin;
    this.end = end;
    this.surface = surface;
    this.type = type;
    this.sentence = sentence;
    this.paragraph = paragraph;
    this.cluster = cluster;
    this.actorId = actorId;
    this.actorName = actorName;
    this.title = title;
    this.resolution = resolution;
  }

  @Override
  public String toString() {
    return surface + "[" + begin + "," + end + ")" + type + "->" + actorId;
  }
}
