package org.actorgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;

/**
 * The OpenNLP English UD models, loaded once per JVM from the classpath. Models are immutable and
 * thread-safe; the {@code ...ME} tools built on them are not, so each user makes its own.
 */
public final class Models {
  private Models() {}

  static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static final class Sentences {
    static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
  }

  private static final class Pos {
    static final POSModel MODEL = withBeam(load(POS, POSModel::new), 1);
  }

  public static SentenceModel sentences() {
    return Sentences.MODEL;
  }

  public static TokenizerModel tokens() {
    return Tokens.MODEL;
  }

  public static POSModel pos() {
    return Pos.MODEL;
  }

  /**
   * Sets the beam a sequence model (tagger, name finder) decodes with; OpenNLP's default is 3.
   * The model evaluations per token, most of the cost of tagging and name finding, grow with
   * it: the tagger decodes greedily (1) and the name finder with 2, each with the same scores as
   * with 3 (docs/bench.md). The beam size is read from the manifest whenever a tool is made
   * from the model, so this runs before the model is shared.
   */
  public static <T extends BaseModel> T withBeam(T model, int beam) {
    Properties manifest = model.getArtifact(MANIFEST);
    manifest.setProperty(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(beam));
    return model;
  }

  private static final String MANIFEST = "manifest.properties";

  /** Reads a model from a classpath resource, failing with the resource name if it is missing. */
  public interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  public static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = Models.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model not on the classpath: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }
}
