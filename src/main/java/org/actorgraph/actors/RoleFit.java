package org.actorgraph.actors;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Whether a title seen before a name fits a registry person's role: a word of the title, its
 * abbreviations spelt out, is a word of the role ("Sen." fits "United States Senator from Ohio",
 * "Republican" fits "… (Republican)"). Honorifics (Mr, Dr, Sir) fit no role.
 */
final class RoleFit {
  private RoleFit() {}

  private static final Map<String, String> SPELT_OUT = Map.of(
      "sen", "senator", "rep", "representative", "gov", "governor", "pres", "president",
      "congressman", "representative", "congresswoman", "representative", "pm", "prime",
      "vp", "vice");
  private static final Set<String> NO_FIT = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir",
      "dame", "lord", "lady", "former", "the", "of", "us", "u", "s", "and", "state", "minister");

  static boolean fits(Set<String> titles, @Nullable String role) {
    if (role == null || titles.isEmpty()) {
      return false;
    }
    Set<String> roleWords = new HashSet<>();
    for (String w : NameKeys.fold(role).split(" ")) {
      roleWords.add(SPELT_OUT.getOrDefault(w, w));
    }
    for (String t : titles) {
      for (String w : NameKeys.fold(t).split(" ")) {
        String word = SPELT_OUT.getOrDefault(w, w);
        if (!NO_FIT.contains(word) && roleWords.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }
}
