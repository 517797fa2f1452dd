package org.actorgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.actorgraph.model.EntityType;
import org.actorgraph.nlp.ner.InitialedNames;
import org.actorgraph.nlp.ner.DocumentConsistency;
import org.actorgraph.nlp.ner.NameFinderModels;

/**
 * Paragraphs, sentences, tokens, part-of-speech tags and names for one text, with OpenNLP.
 *
 * <p>Not thread-safe (the OpenNLP {@code ...ME} tools keep state): make one per thread or DoFn
 * instance. The models behind it are shared per JVM.
 */
public final class TextAnnotator {
  private final SentenceDetectorME sentenceDetector;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private final NameFinderME nameFinder;

  public TextAnnotator() {
    this(NameFinderModels.english());
  }

  public TextAnnotator(TokenNameFinderModel names) {
    this.sentenceDetector = new SentenceDetectorME(Models.sentences());
    this.tokenizer = new TokenizerME(Models.tokens());
    this.tagger = new POSTaggerME(Models.pos());
    this.nameFinder = new NameFinderME(names);
  }

  /**
   * Tokens per article given to the taggers; the rest of a longer text is left unannotated.
   * About a second of tagging: a news article has 500 to 2,000 tokens, a 2 MB text 400,000.
   */
  public static final int MAX_ARTICLE_TOKENS = 40_000;

  public AnnotatedText annotate(String text) {
    List<AnnotatedText.Paragraph> paragraphs = paragraphs(text);
    List<AnnotatedText.Sentence> sentences = new ArrayList<>();
    List<AnnotatedText.Name> names = new ArrayList<>();
    List<Span[]> found = new ArrayList<>();
    int budget = MAX_ARTICLE_TOKENS;
    int split = 0;
    int analyzedEnd = text.length();
    outer:
    for (int p = 0; p < paragraphs.size(); p++) {
      AnnotatedText.Paragraph para = paragraphs.get(p);
      String paraText = text.substring(para.begin, para.end);
      for (Span s : joinAbbreviationSplits(paraText, sentenceDetector.sentPosDetect(paraText))) {
        boolean wasSplit = false;
        List<int[]> pieces =
            SentenceCaps.charPieces(text, para.begin + s.getStart(), para.begin + s.getEnd(), SentenceCaps.MAX_CHARS);
        for (int[] piece : pieces) {
          List<int[]> offsets = tokenOffsets(text, piece[0], piece[1]);
          String[] words = new String[offsets.size()];
          for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(offsets.get(i)[0], offsets.get(i)[1]);
          }
          int[] starts = SentenceCaps.splitPoints(words, SentenceCaps.MAX_TOKENS);
          wasSplit |= pieces.size() > 1 || starts.length > 1;
          for (int k = 0; k < starts.length; k++) {
            int from = starts[k];
            int to = k + 1 < starts.length ? starts[k + 1] : words.length;
            if (to == from) {
              continue;
            }
            // a run of endless "words" costs the tokenizer more than its tokens say
            int cost = Math.max(to - from, (offsets.get(to - 1)[1] - offsets.get(from)[0]) / 10);
            if (cost > budget) {
              analyzedEnd = offsets.get(from)[0];
              break outer;
            }
            budget -= cost;
            AnnotatedText.Sentence sentence = tag(sentences.size(), p, offsets.subList(from, to), words, from,
                pieces.size() == 1 && starts.length == 1 ? piece : null);
            if (sentence.size() == 0) {
              continue;
            }
            sentences.add(sentence);
            found.add(InitialedNames.extend(sentence.tokens, nameFinder.find(sentence.tokens)));
          }
        }
        split += wasSplit ? 1 : 0;
      }
    }
    // the document is the unit of evidence: one type per surface, later surnames found too
    List<String[]> tokens = new ArrayList<>(sentences.size());
    for (AnnotatedText.Sentence s : sentences) {
      tokens.add(s.tokens);
    }
    List<List<Span>> harmonised = DocumentConsistency.harmonise(tokens, found);
    for (AnnotatedText.Sentence sentence : sentences) {
      for (Span n : harmonised.get(sentence.index)) {
        EntityType type = EntityType.fromLabel(n.getType());
        if (type == null || type == EntityType.MISC) {
          continue;
        }
        names.add(
            new AnnotatedText.Name(
                sentence.index, n.getStart(), n.getEnd(), sentence.tokenBegin[n.getStart()],
                sentence.tokenEnd[n.getEnd() - 1], type, n.getProb()));
      }
    }
    // adaptive features are per document: forget them before the next article
    nameFinder.clearAdaptiveData();
    return new AnnotatedText(text, paragraphs, sentences, names, split, analyzedEnd);
  }

  private static final java.util.Set<String> SPLIT_ABBREVIATIONS = java.util.Set.copyOf(
      Lexicon.lines(TextAnnotator.class, "/org/actorgraph/nlp/split_abbreviations.txt"));

  /**
   * Joins sentences the model split after a title or a middle initial ("Sen. | Maria Alvarez",
   * "Tom G. | Becker", "Feb. | 1"): such a period never ends a sentence when the next piece
   * opens with a capital letter or a digit.
   */
  static Span[] joinAbbreviationSplits(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        char next = text.charAt(s.getStart());
        if ((Character.isUpperCase(next) || Character.isDigit(next)) && endsWithAbbreviation(text, prev)
            || continuesSentence(text, prev, next)) {
          out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out.toArray(new Span[0]);
  }

  /**
   * A piece that opens in lower case or with a comma or closing bracket continues the sentence
   * before it ("Mitch McConnell, R-Ky., | said", "Ted Cruz (Tex.) | said"): state and other
   * abbreviations the list cannot hold because they also end sentences. Not after "?" or "!",
   * where the next piece is a cue of its own (“Why?” | she asked).
   */
  private static boolean continuesSentence(String text, Span prev, char next) {
    if (!Character.isLowerCase(next) && next != ',' && next != ')' && next != ';') {
      return false;
    }
    int e = prev.getEnd();
    while (e > prev.getStart() && "\"'”’)".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return e > prev.getStart() && text.charAt(e - 1) != '?' && text.charAt(e - 1) != '!';
  }

  private static boolean endsWithAbbreviation(String text, Span s) {
    int e = s.getEnd();
    if (e < 2 || text.charAt(e - 1) != '.') {
      return false;
    }
    int b = e - 1;
    while (b > s.getStart() && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    if (b > s.getStart() && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') {
      return false; // "U.S." and the like: the model's own business
    }
    String w = text.substring(b, e - 1);
    if (w.length() == 1) {
      return Character.isUpperCase(w.charAt(0)) && !w.equals("I");
    }
    return SPLIT_ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT));
  }

  /** Token offsets (absolute) in {@code [begin, end)}, clitics split as the name model expects. */
  private List<int[]> tokenOffsets(String text, int begin, int end) {
    String sentenceText = text.substring(begin, end);
    Span[] spans = tokenizer.tokenizePos(sentenceText);
    List<int[]> offsets = new ArrayList<>(spans.length + 4);
    for (Span t : spans) {
      Clitics.split(sentenceText, t.getStart(), t.getEnd(), offsets);
    }
    for (int[] o : offsets) {
      o[0] += begin;
      o[1] += begin;
    }
    return offsets;
  }

  /**
   * A sentence of the given tokens ({@code words} from {@code from}), tagged. Its span is the
   * detector's ({@code whole}) when it was not split, else from its first token to its last.
   */
  private AnnotatedText.Sentence tag(
      int index, int paragraph, List<int[]> offsets, String[] words, int from, int[] whole) {
    int n = offsets.size();
    String[] tokens = new String[n];
    int[] tb = new int[n];
    int[] te = new int[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = words[from + i];
      tb[i] = offsets.get(i)[0];
      te[i] = offsets.get(i)[1];
    }
    int begin = whole != null ? whole[0] : n == 0 ? 0 : tb[0];
    int end = whole != null ? whole[1] : n == 0 ? 0 : te[n - 1];
    String[] pos = n == 0 ? new String[0] : tagger.tag(tokens);
    return new AnnotatedText.Sentence(index, paragraph, begin, end, tokens, tb, te, pos);
  }

  /**
   * Paragraphs are runs of non-blank lines' text; any line break ends one (news feeds vary). A
   * paragraph longer than {@link SentenceCaps#MAX_PARAGRAPH_CHARS} is cut into several.
   */
  static List<AnnotatedText.Paragraph> paragraphs(String text) {
    List<AnnotatedText.Paragraph> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int nl = text.indexOf('\n', i);
      int lineEnd = nl < 0 ? n : nl;
      int b = i;
      int e = lineEnd;
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      for (int[] piece : SentenceCaps.paragraphPieces(text, b, e, SentenceCaps.MAX_PARAGRAPH_CHARS)) {
        out.add(new AnnotatedText.Paragraph(piece[0], piece[1]));
      }
      i = lineEnd + 1;
    }
    return out;
  }

  @Override
  public String toString() {
    return "TextAnnotator" + Arrays.asList(Models.SENTENCE, Models.TOKENS, Models.POS);
  }
}
