package org.actorgraph.quotes;

import java.util.Set;
import org.actorgraph.actors.Titles;

/** The word lists of the extraction rules. */
final class Words {
  private Words() {}

  static final Set<String> SKIP_BEFORE_VERB =
      Set.of("also", "has", "have", "had", "later", "then", "would", "will", "is", "was",
          "previously", "recently", "repeatedly", "once", "again", "further", "earlier",
          "separately", "simply", "flatly", "publicly", "privately", "reportedly", "quickly",
          "been", "did", "does", "not", "never", "even", "still", "just");
  static final Set<String> SPOKES =
      Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
          "official", "officials", "aide", "aides", "adviser", "advisers", "advisor", "lawyer",
          "attorney", "statement", "office", "ministry", "press", "secretary", "source", "sources");
  static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "him",
          "them", "this", "that", "these", "those", "who", "what", "which", "our", "my", "your");
  static final Set<String> DASHES = Set.of("—", "–", "-", "--");
  static final Set<String> INSERTION_DASHES = Set.of("—", "–", "--");

  static final Set<String> OBJECT_VERBS = Set.copyOf(
      org.actorgraph.actors.Lexicon.lines(QuoteExtractor.class, "/org/actorgraph/quotes/object_verbs.txt"));
  static final Set<String> COLON_LABELS = Set.copyOf(
      org.actorgraph.actors.Lexicon.lines(QuoteExtractor.class, "/org/actorgraph/quotes/colon_labels.txt"));

  static final Set<String> BE =
      Set.of("is", "are", "was", "were", "been", "being", "be");
  /** Punctuation that ends the object of a speech act ("criticized X for …, adding"). */
  static final Set<String> OBJECT_END = Set.of(",", ";", "—", "–", "--", "(");

  static final Set<String> SUBORDINATORS =
      Set.of("when", "if", "as", "after", "because", "while", "since", "although", "before", "until", "whether");

  static final Set<String> WORKS =
      Set.of("book", "memoir", "column", "show", "program", "programme", "film", "movie", "album",
          "song", "article", "essay", "op-ed", "editorial", "titled", "entitled", "headlined", "series",
          "novel", "documentary", "podcast");

  static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "yesterday", "today", "tonight", "recently", "earlier", "later", "again", "also",
          "week", "month", "year", "morning", "evening", "afternoon", "night", "weekend");
  static final Set<String> MEDIA_WORDS =
      Set.of("statement", "interview", "speech", "conference", "briefing", "release", "tweet",
          "post", "email", "letter", "video", "broadcast", "message", "address", "report");

  static final Set<String> CONTROL_VERBS = Set.copyOf(
      org.actorgraph.actors.Lexicon.lines(QuoteExtractor.class, "/org/actorgraph/quotes/control_verbs.txt"));

  static final Set<String> COORD = Set.of("and", "but", "or", "then");

  static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "one", "some");

  static final Titles TITLES = Titles.defaults();
  static final Set<String> PERSON_NOUNS = Set.of("candidate", "nominee", "voter", "resident",
      "analyst", "expert", "activist", "supporter", "critic", "chairman", "chairwoman", "director");

  static final Set<String> CLOSED_TAGS =
      Set.of("ADP", "CCONJ", "SCONJ", "PRON", "DET", "PART", "NUM", "SYM", "X", "INTJ");
}
