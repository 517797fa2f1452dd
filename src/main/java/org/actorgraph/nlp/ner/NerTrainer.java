package org.actorgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import opennlp.tools.formats.Conll02NameSampleStream;
import opennlp.tools.formats.Conll03NameSampleStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the English name finder shipped as {@code en-ner.bin}.
 *
 * <pre>
 * NerTrainer [--train conll2003/train.txt[,valid.txt]] [--features en-ner-features.xml]
 *            [--extra file[@FROM-TO][,file...]] [--lexica target/ner-lexica] [--caps 0.1]
 *            [--no-misc] [--iterations 300] [--cutoff 0] [--algorithm PERCEPTRON]
 *            [--out en-ner.bin] [--valid valid.txt]
 * </pre>
 * The CoNLL-2003 files are read with OpenNLP's {@link Conll03NameSampleStream}; {@code --extra}
 * files (any CoNLL layout, IOB1 or IOB2; {@code @FROM-TO} keeps those documents) are read with
 * {@link ConllCorpus} and their types mapped to PER, ORG, LOC (and MISC). {@code --lexica} is
 * the folder {@link NerLexica} wrote: the word clusters and gazetteers the feature file names
 * become resources of the model. {@code --caps} adds upper-cased copies of that fraction of
 * the sentences, for headlines. {@code --valid} scores the new model right after training, so a
 * tuning run is one command.
 */
public final class NerTrainer {

  static final String RESOURCES = "src/main/resources/org/actorgraph/nlp/ner/";
  static final String DEFAULT_FEATURES = RESOURCES + "en-ner-features.xml";
  static final String DEFAULT_OUT = RESOURCES + "en-ner.bin";
  static final String DEFAULT_TRAIN = "../shared/data/conll2003/train.txt";

  // Types of the extra corpora onto the CoNLL types; the rest (WNUT products, works) is dropped.
  private static final Map<String, String> EXTRA_TYPES = Map.of(
      "PER", "PER", "ORG", "ORG", "LOC", "LOC",
      "person", "PER", "location", "LOC", "corporation", "ORG", "group", "ORG");

  // Names that CoNLL would call MISC: UNER's OTH, WNUT's works and products.
  private static final Map<String, String> EXTRA_MISC = Map.of(
      "MISC", "MISC", "OTH", "MISC", "creative-work", "MISC", "product", "MISC");

  // Conll03NameSampleStream names the types person, organization, location, misc; the model
  // must emit the CoNLL tags themselves.
  private static final Map<String, String> STREAM_TYPES = Map.of(
      "person", "PER", "organization", "ORG", "location", "LOC", "misc", "MISC");

  private NerTrainer() {
  }

  private static NameSample withConllTypes(NameSample sample) {
    Span[] names = sample.getNames();
    Span[] renamed = new Span[names.length];
    for (int i = 0; i < names.length; i++) {
      String type = STREAM_TYPES.getOrDefault(names[i].getType(), names[i].getType());
      renamed[i] = new Span(names[i].getStart(), names[i].getEnd(), type);
    }
    return new NameSample(sample.getSentence(), renamed, sample.isClearAdaptiveDataSet());
  }

  /**
   * Upper-cased copies of every n-th sentence (n = 1 / fraction), names kept: headlines and
   * shouted text show names without the capital-letter cue. Deterministic, so a training run
   * is reproducible.
   */
  static List<NameSample> upperCased(List<NameSample> samples, double fraction) {
    int every = Math.max(1, (int) Math.round(1 / fraction));
    List<NameSample> out = new ArrayList<>();
    for (int i = 0; i < samples.size(); i += every) {
      NameSample s = samples.get(i);
      String[] tokens = s.getSentence().clone();
      for (int t = 0; t < tokens.length; t++) {
        tokens[t] = tokens[t].toUpperCase(Locale.ROOT);
      }
      out.add(new NameSample(tokens, s.getNames(), true));
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    List<String> train = new ArrayList<>(List.of(DEFAULT_TRAIN));
    String lexica = null;
    double caps = 0;
    String features = DEFAULT_FEATURES;
    String out = DEFAULT_OUT;
    String valid = null;
    List<String> extra = new ArrayList<>();
    // MISC is trained as a fourth type and ignored when scored: without it, MISC names are
    // training examples of O that look like names (0.909 vs 0.912 F1 on valid).
    boolean misc = true;
    int iterations = 300;
    int cutoff = 0;
    String algorithm = "PERCEPTRON";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--train" -> train = List.of(args[++i].split(","));
        case "--lexica" -> lexica = args[++i];
        case "--caps" -> caps = Double.parseDouble(args[++i]);
        case "--features" -> features = args[++i];
        case "--out" -> out = args[++i];
        case "--valid" -> valid = args[++i];
        case "--extra" -> extra.addAll(List.of(args[++i].split(",")));
        case "--no-misc" -> misc = false;
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--cutoff" -> cutoff = Integer.parseInt(args[++i]);
        case "--algorithm" -> algorithm = args[++i];
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }

    int types = Conll02NameSampleStream.GENERATE_PERSON_ENTITIES
        | Conll02NameSampleStream.GENERATE_ORGANIZATION_ENTITIES
        | Conll02NameSampleStream.GENERATE_LOCATION_ENTITIES
        | (misc ? Conll02NameSampleStream.GENERATE_MISC_ENTITIES : 0);
    List<NameSample> samples = new ArrayList<>();
    for (String file : train) {
      int before = samples.size();
      try (ObjectStream<NameSample> conll = new Conll03NameSampleStream(
          Conll03NameSampleStream.LANGUAGE.EN,
          new MarkableFileInputStreamFactory(Path.of(file).toFile()), types)) {
        NameSample sample;
        while ((sample = conll.read()) != null) {
          samples.add(withConllTypes(sample));
        }
      }
      System.out.printf(Locale.ROOT, "%s: %d sentences%n", file, samples.size() - before);
    }
    boolean keepMisc = misc;
    // WNUT-17 test gives some names alternative types ("corporation,B-group"): take the first
    UnaryOperator<String> extraTypes = tag -> {
      String t = tag.split(",")[0];
      return keepMisc && EXTRA_MISC.containsKey(t) ? EXTRA_MISC.get(t) : EXTRA_TYPES.get(t);
    };
    for (String file : extra) {
      List<NameSample> more = ConllCorpus.toSamples(ConllCorpus.readRange(file, extraTypes));
      System.out.printf(Locale.ROOT, "%s: %d sentences%n", file, more.size());
      samples.addAll(more);
    }
    if (caps > 0) {
      List<NameSample> upper = upperCased(samples, caps);
      System.out.printf(Locale.ROOT, "upper-cased copies: %d sentences%n", upper.size());
      samples.addAll(upper);
    }

    byte[] featureXml = Files.readAllBytes(Path.of(features));
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    Map<String, Object> resources = lexica == null ? Collections.emptyMap()
        : NerLexica.resources(Path.of(lexica), new String(featureXml, StandardCharsets.UTF_8));
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, featureXml,
        resources, new BioCodec());

    long start = System.nanoTime();
    TokenNameFinderModel model = NameFinderME.train("en", null,
        new CollectionObjectStream<>(samples), params, factory);
    double seconds = (System.nanoTime() - start) / 1e9;

    Path outPath = Path.of(out);
    if (outPath.getParent() != null) {
      Files.createDirectories(outPath.getParent());
    }
    try (OutputStream os = Files.newOutputStream(outPath)) {
      model.serialize(os);
    }
    System.out.printf(Locale.ROOT, "training time %.1f s (%s, %d iterations, cutoff %d,"
        + " %d sentences)%n", seconds, algorithm, iterations, cutoff, samples.size());
    System.out.printf(Locale.ROOT, "model %s: %.1f MB (%d bytes)%n", out,
        Files.size(outPath) / 1e6, Files.size(outPath));

    if (valid != null) {
      TokenNameFinderModel reloaded;
      try (InputStream in = Files.newInputStream(outPath)) {
        reloaded = new TokenNameFinderModel(in);
      }
      List<ConllCorpus.Document> docs = ConllCorpus.read(Path.of(valid), t -> t);
      NerEvaluator.Tagged tagged = NerEvaluator.tag(reloaded, docs);
      System.out.println("valid, without document consistency:");
      NerEvaluator.score(docs, tagged.raw()).lines().forEach(l -> System.out.println("  " + l));
      System.out.println("valid, with document consistency:");
      NerEvaluator.score(docs, tagged.harmonised()).lines()
          .forEach(l -> System.out.println("  " + l));
    }
  }
}
