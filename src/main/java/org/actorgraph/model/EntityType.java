package org.actorgraph.model;

import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The kinds of actor the job tracks; the names are what the output tables hold. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC;

  /** Maps CoNLL-style labels (PER, ORG, LOC, MISC) and full names to a type; null if unknown. */
  public static @Nullable EntityType fromLabel(String label) {
    switch (label.toUpperCase(Locale.ROOT)) {
      case "PER":
      case "PERSON":
        return PERSON;
      case "ORG":
      case "ORGANIZATION":
      case "ORGANISATION":
        return ORGANIZATION;
      case "LOC":
      case "LOCATION":
      case "GPE":
        return LOCATION;
      case "MISC":
        return MISC;
      default:
        return null;
    }
  }
}
