package org.actorgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.actorgraph.nlp.Models;

/**
 * The name finder models shipped in the jar. A model is immutable and thread-safe, so it is
 * loaded once per JVM and shared; {@code NameFinderME} is not, so callers make one per thread
 * (per DoFn instance) with {@code new NameFinderME(NameFinderModels.english())}.
 */
public final class NameFinderModels {

  /**
   * Classpath location of the English model, trained by {@link NerTrainer}. Its span types are
   * {@code PER}, {@code ORG}, {@code LOC} and {@code MISC} (nationalities, events, works...);
   * MISC is kept because training with it makes PER/ORG/LOC more precise.
   */
  public static final String ENGLISH_RESOURCE = "/org/actorgraph/nlp/ner/en-ner.bin";

  /** Beam of the name finder: 2 scores as 3 does on CoNLL-2003 valid (F1 0.914), 1 loses 0.5 points. */
  static final int BEAM = 2;

  private NameFinderModels() {
  }

  /** The English model; the first call loads it (about a second), later calls return it. */
  public static TokenNameFinderModel english() {
    return EnglishHolder.MODEL;
  }

  /** Loads a model from a classpath resource. */
  static TokenNameFinderModel load(String resource) {
    try (InputStream in = NameFinderModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("name finder model not on the classpath: " + resource
            + " (run `make train-ner`)");
      }
      return Models.withBeam(new TokenNameFinderModel(in), BEAM);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read name finder model " + resource, e);
    }
  }

  // Initialisation-on-demand holder: the JVM runs the class initialiser once, lazily and
  // thread-safely, without locking on later calls.
  private static final class EnglishHolder {
    static final TokenNameFinderModel MODEL = load(ENGLISH_RESOURCE);
  }
}
