package org.actorgraph.quotes;

import org.checkerframework.checker.nullness.qual.Nullable;

/** A speaker found in the text: its span and the actor it resolves to. */
final class Speaker {
  final int begin;
  final int end;
  final String surface;
  final @Nullable String actorId;
  final @Nullable String name;
  final double confidence;
  /** The speaker sieve that found it: name, role-noun, pronoun, ... (docs/attribution.md). */
  final String sieve;

  Speaker(int begin, int end, String surface, @Nullable String actorId, @Nullable String name,
      double confidence, String sieve) {
    this.begin = begin;
    this.end = end;
    this.surface = surface;
    this.actorId = actorId;
    this.name = name;
    this.confidence = confidence;
    this.sieve = sieve;
  }

  /** The same speaker, credited to another sieve. */
  Speaker as(String other) {
    return new Speaker(begin, end, surface, actorId, name, confidence, other);
  }
}
