package org.actorgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Statement;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.AnnotatedText.Paragraph;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.model.EntityType;

/**
 * A hand-tagged article for the rule tests, so they run without the OpenNLP models: one sentence a
 * line as "word/UPOS" pairs, a blank line between paragraphs. A name mention is marked on its
 * tokens with its actor id, "Tom/PROPN@per:becker Becker/PROPN@per:becker" (per:, org:, loc: give
 * the type; consecutive tokens with one id are one mention). The text is the tokens joined the
 * way they are printed: no space before closing punctuation and after opening quotation marks.
 */
final class Tagged {
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(".", ",", ":", ";", "?", "!", "”", "’", ")", "'s", "’s", "n't");
  private static final Set<String> NO_SPACE_AFTER = Set.of("“", "‘", "(");

  final AnnotatedText text;
  final List<Mention> mentions;

  private Tagged(AnnotatedText text, List<Mention> mentions) {
    this.text = text;
    this.mentions = mentions;
  }

  static Tagged of(String article) {
    StringBuilder t = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    int paraBegin = 0;
    String prev = null;
    String[] paras = article.strip().split("\n\\s*\n");
    for (int p = 0; p < paras.length; p++) {
      if (p > 0) {
        paragraphs.add(new Paragraph(paraBegin, t.length()));
        t.append("\n\n");
        paraBegin = t.length();
        prev = null;
      }
      for (String line : paras[p].strip().split("\n")) {
        String[] parts = line.strip().split(" +");
        String[] tok = new String[parts.length];
        String[] pos = new String[parts.length];
        int[] b = new int[parts.length];
        int[] e = new int[parts.length];
        String openId = null;
        int openBegin = -1;
        for (int i = 0; i < parts.length; i++) {
          String part = parts[i];
          String id = null;
          int at = part.lastIndexOf('@');
          if (at > 0) {
            id = part.substring(at + 1);
            part = part.substring(0, at);
          }
          int slash = part.lastIndexOf('/');
          tok[i] = part.substring(0, slash);
          pos[i] = part.substring(slash + 1);
          if (prev != null && !NO_SPACE_BEFORE.contains(tok[i]) && !NO_SPACE_AFTER.contains(prev)) {
            t.append(' ');
          }
          b[i] = t.length();
          t.append(tok[i]);
          e[i] = t.length();
          prev = tok[i];
          if (openId != null && !openId.equals(id)) {
            mentions.add(mention(t, openBegin, e[i - 1], openId, sentences.size(), p, mentions.size()));
            openId = null;
          }
          if (id != null && openId == null) {
            openId = id;
            openBegin = b[i];
          }
        }
        if (openId != null) {
          mentions.add(mention(t, openBegin, e[parts.length - 1], openId, sentences.size(), p,
              mentions.size()));
        }
        sentences.add(new Sentence(sentences.size(), p, b[0], e[parts.length - 1], tok, b, e, pos));
      }
    }
    paragraphs.add(new Paragraph(paraBegin, t.length()));
    return new Tagged(new AnnotatedText(t.toString(), paragraphs, sentences, List.of()), mentions);
  }

  private static Mention mention(CharSequence t, int b, int e, String id, int sentence, int paragraph,
      int cluster) {
    EntityType type = id.startsWith("org:") ? EntityType.ORGANIZATION
        : id.startsWith("loc:") ? EntityType.LOCATION : EntityType.PERSON;
    String surface = t.subSequence(b, e).toString();
    return new Mention(b, e, surface, type, sentence, paragraph, cluster, id, surface, null);
  }

  /** The statements the given passes (default order when none) make of the article. */
  static List<Statement> extract(String article, StatementPass... passes) {
    Tagged d = of(article);
    QuoteExtractor x = passes.length == 0 ? new QuoteExtractor()
        : new QuoteExtractor(SpeechVerbs.defaults(), List.of(passes));
    return x.extract(d.text, d.mentions);
  }

  /** One line per statement: "kind [text] cue=… speaker=…/actor rule". */
  static String show(Statement s) {
    return String.format(Locale.ROOT, "%s [%s] cue=%s speaker=%s/%s %s", s.kind.label(), s.text,
        s.cue, s.speakerSurface, s.actorId, s.rule);
  }

  static List<String> shown(List<Statement> statements) {
    List<String> out = new ArrayList<>();
    for (Statement s : statements) {
      out.add(show(s));
    }
    return out;
  }
}
