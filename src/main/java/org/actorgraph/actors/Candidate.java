package org.actorgraph.actors;

import org.actorgraph.actors.DocumentActors.Cluster;
import org.actorgraph.model.EntityType;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A name before clustering. */
final class Candidate {
  final int sentence;
  final int paragraph;
  int tb;
  int te;
  EntityType type;
  ActorRegistry.@Nullable Entry entry;
  @Nullable String title;
  /** Party, faction or nationality words before the name or title ("labour", "french"). */
  @Nullable String role;
  @Nullable Cluster cluster;
  boolean ambiguous;

  Candidate(int sentence, int paragraph, int tb, int te, EntityType type) {
    this.sentence = sentence;
    this.paragraph = paragraph;
    this.tb = tb;
    this.te = te;
    this.type = type;
  }
}
