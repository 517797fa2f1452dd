package org.actorgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * NerTrainer [--train conll2003/train.txt] [--features en-ner-features.xml]
 *            [--extra file[,file...]] [--no-misc] [--iterations 300] [--cutoff 0]
 *            [--algorithm PERCEPTRON] [--out en-ner.bin]
 *            [--valid valid.txt]
 * </pre>
 * The CoNLL-2003 file is read with OpenNLP's {@link Conll03NameSampleStream}; {@code --extra}
 * files (any CoNLL layout, IOB1 or IOB2) are read with {@link ConllCorpus} and their types
 * mapped to PER, ORG, LOC (and MISC). {@code --valid} scores the new model right after training, so a
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

  public static void main(String[] args) throws IOException {
    String train = DEFAULT_TRAIN;
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
        case "--train" -> train = args[++i];
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
    try (ObjectStream<NameSample> conll = new Conll03NameSampleStream(
        Conll03NameSampleStream.LANGUAGE.EN,
        new MarkableFileInputStreamFactory(Path.of(train).toFile()), types)) {
      NameSample sample;
      while ((sample = conll.read()) != null) {
        samples.add(withConllTypes(sample));
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d sentences%n", train, samples.size());
    boolean keepMisc = misc;
    UnaryOperator<String> extraTypes = t -> keepMisc && t.equals("MISC") ? t : EXTRA_TYPES.get(t);
    for (String file : extra) {
      List<NameSample> more = ConllCorpus.toSamples(ConllCorpus.read(Path.of(file), extraTypes));
      System.out.printf(Locale.ROOT, "%s: %d sentences%n", file, more.size());
      samples.addAll(more);
    }

    byte[] featureXml = Files.readAllBytes(Path.of(features));
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, featureXml,
        Collections.emptyMap(), new BioCodec());

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
