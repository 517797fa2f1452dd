package org.actorgraph.nlp.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BrownCluster;
import opennlp.tools.util.featuregen.BrownClusterTokenClassFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.BrownClusterTokenFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;
import opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP's Brown-cluster and dictionary feature generators, with the three fixes the shipped
 * model needs; the feature file ({@code en-ner-features.xml}) names these factories.
 * <ul>
 *   <li>OpenNLP 2.5.6's cluster serializer closes the model's zip stream, in both directions:
 *       ours leaves it open.</li>
 *   <li>The clusters are of lower-cased, digit-folded words: lookups fold the token too, so
 *       "Paris" and "PARIS" find the cluster of "paris".</li>
 *   <li>OpenNLP's dictionary factory gives every dictionary the same feature name; ours takes a
 *       {@code prefix}, so person and place lists are told apart.</li>
 * </ul>
 */
public final class LexiconFeatures {

  private LexiconFeatures() {
  }

  /**
   * Brown clusters keyed by lower-cased words with digits as 0 (the NLP4J convention). Kept in
   * its own map: lookups fold the token, paths are shared strings (a few thousand distinct
   * ones for half a million words), and it is written sorted, which compresses a third better.
   */
  public static final class FoldedBrownCluster extends BrownCluster {
    private final Map<String, String> paths = new HashMap<>();

    public FoldedBrownCluster(InputStream in) throws IOException {
      super(InputStream.nullInputStream()); // its own map stays empty
      Map<String, String> shared = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          String path = line.substring(tab + 1);
          paths.put(line.substring(0, tab), shared.computeIfAbsent(path, p -> p));
        }
      }
    }

    static String fold(String token) {
      StringBuilder b = new StringBuilder(token.length());
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        b.append(Character.isDigit(c) ? '0' : c);
      }
      return b.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String lookupToken(String token) {
      return paths.get(fold(token));
    }

    @Override
    public void serialize(OutputStream out) throws IOException {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      for (Map.Entry<String, String> e : new TreeMap<>(paths).entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
      w.flush(); // not close: the model's zip stream holds more entries
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
      return Serializer.class;
    }
  }

  /** Reads and writes clusters as "word TAB path" lines without closing the model's stream. */
  public static final class Serializer implements ArtifactSerializer<BrownCluster> {
    @Override
    public BrownCluster create(InputStream in) throws IOException {
      return new FoldedBrownCluster(new FilterInputStream(in) {
        @Override
        public void close() {
          // the model's zip stream holds more entries
        }
      });
    }

    @Override
    public void serialize(BrownCluster artifact, OutputStream out) throws IOException {
      artifact.serialize(out); // a FoldedBrownCluster, which leaves the stream open
    }
  }

  private static Map<String, ArtifactSerializer<?>> serializerFor(String resource) {
    return Map.of(resource, new Serializer());
  }

  /** The cluster path prefixes of a token (OpenNLP's BrownTokenFeatureGenerator). */
  public static final class BrownTokenFactory extends BrownClusterTokenFeatureGeneratorFactory {
    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping()
        throws InvalidFormatException {
      return serializerFor(getStr("dict"));
    }
  }

  /** Token class joined with the cluster path prefixes (BrownTokenClassFeatureGenerator). */
  public static final class BrownTokenClassFactory
      extends BrownClusterTokenClassFeatureGeneratorFactory {
    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping()
        throws InvalidFormatException {
      return serializerFor(getStr("dict"));
    }
  }

  /** A gazetteer: tokens inside a listed name get {@code prefix:w=dic} features. */
  public static final class GazetteerFactory extends DictionaryFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      String name = getStr("dict");
      Object dict = resourceManager.getResource(name);
      if (!(dict instanceof Dictionary d)) {
        throw new InvalidFormatException("no dictionary resource named " + name);
      }
      return new DictionaryFeatureGenerator(getStr("prefix"), d);
    }
  }
}
