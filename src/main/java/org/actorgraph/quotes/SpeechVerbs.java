package org.actorgraph.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.actorgraph.nlp.Lexicon;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The speech-verb lexicon ({@code speech_verbs.tsv}): form, lemma and how the verb can be used. */
public final class SpeechVerbs {
  /** How a verb can introduce speech. */
  public enum Use {
    /** Only beside quotation marks: "…," he exclaimed. */
    QUOTE,
    /** Also reported speech: he said (that) … */
    REPORT
  }

  /** One verb form. */
  public static final class Verb {
    public final String form;
    public final String lemma;
    public final Use use;

    Verb(String form, String lemma, Use use) {
      this.form = form;
      this.lemma = lemma;
      this.use = use;
    }
  }

  private static final String RESOURCE = "/org/actorgraph/quotes/speech_verbs.tsv";
  private final Map<String, Verb> forms = new HashMap<>();

  private SpeechVerbs(List<String> lines) {
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[0].equals("form")) {
        continue;
      }
      forms.put(f[0], new Verb(f[0], f[1], Use.valueOf(f[2].toUpperCase(Locale.ROOT))));
    }
  }

  private static final class Default {
    static final SpeechVerbs INSTANCE = new SpeechVerbs(Lexicon.lines(SpeechVerbs.class, RESOURCE));
  }

  public static SpeechVerbs defaults() {
    return Default.INSTANCE;
  }

  public @Nullable Verb lookup(String token) {
    return forms.get(token.toLowerCase(Locale.ROOT));
  }
}
