package org.actorgraph.quotes;

import java.util.HashSet;
import java.util.Set;
import org.actorgraph.nlp.Lexicon;
import org.actorgraph.actors.Titles;

/**
 * The word lists of the extraction rules. Vocabulary is data, one file a list in
 * {@code src/main/resources/org/actorgraph/quotes/} (see the comment at the top of each file);
 * what is left here are the few closed sets of grammar words and punctuation.
 */
final class Words {
  private Words() {}

  static final Set<String> SKIP_BEFORE_VERB = list("words/skip_before_verb");
  static final Set<String> SPOKES = list("words/speaker_roles");
  static final Set<String> PRONOUNS = list("words/pronouns");
  static final Set<String> SUBORDINATORS = list("words/subordinators");
  static final Set<String> WORKS = list("words/work_nouns");
  /** Time words and adverbs skipped after a cue ("said on Monday", "said earlier that"). */
  static final Set<String> TIME_WORDS = union("words/time_words", "words/time_adverbs");
  static final Set<String> MEDIA_WORDS = list("words/media_words");
  static final Set<String> DETERMINERS = list("words/determiners");
  static final Set<String> PERSON_NOUNS = list("words/person_nouns");
  static final Set<String> OBJECT_VERBS = list("object_verbs");
  static final Set<String> COLON_LABELS = list("colon_labels");
  static final Set<String> CONTROL_VERBS = list("control_verbs");
  static final Titles TITLES = Titles.defaults();

  static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "being", "be");
  static final Set<String> COORD = Set.of("and", "but", "or", "then");
  static final Set<String> DASHES = Set.of("—", "–", "-", "--");
  static final Set<String> INSERTION_DASHES = Set.of("—", "–", "--");
  /** Punctuation that ends the object of a speech act ("criticized X for …, adding"). */
  static final Set<String> OBJECT_END = Set.of(",", ";", "—", "–", "--", "(");

  /** The words of {@code /org/actorgraph/quotes/NAME.txt}. */
  static Set<String> list(String name) {
    return Set.copyOf(Lexicon.lines(Words.class, "/org/actorgraph/quotes/" + name + ".txt"));
  }

  static Set<String> union(String... names) {
    Set<String> all = new HashSet<>();
    for (String n : names) {
      all.addAll(list(n));
    }
    return Set.copyOf(all);
  }
}
