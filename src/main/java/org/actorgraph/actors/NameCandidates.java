package org.actorgraph.actors;

import static org.actorgraph.actors.NameTokens.NAME_PARTICLES;
import static org.actorgraph.actors.NameTokens.endsName;
import static org.actorgraph.actors.NameTokens.hasLetterOrDigit;
import static org.actorgraph.actors.NameTokens.hasLetters;
import static org.actorgraph.actors.NameTokens.hasOrgWord;
import static org.actorgraph.actors.NameTokens.isPossessive;
import static org.actorgraph.actors.NameTokens.looksLikePerson;
import static org.actorgraph.actors.NameTokens.startsUpper;
import static org.actorgraph.actors.NameTokens.tokensIn;
import static org.actorgraph.actors.NameTokens.upperAfterHyphen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.model.EntityType;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.nlp.Lexicon;

/**
 * The names of one article before clustering: the tagger's spans, corrected and completed by the
 * registry, split where the tagger ran names together, cleaned of titles, roles and possessives.
 */
final class NameCandidates {

  /** Particles that begin a surname the tagger may leave out ("Van der" + "Berg"); not bin/al. */
  private static final Set<String> SURNAME_PARTICLES =
      Set.of("von", "der", "van", "den", "de", "da", "del", "della", "di", "la", "le", "du", "dos", "ter");
  /** Party and faction words used as modifiers ("Labour MP", "Liberal Democrat X"). */
  private static final Titles AFFILIATIONS = Titles.of("/org/actorgraph/actors/affiliations.txt");
  /** Titles after which a party word is an affiliation, not the party named. */
  private static final Titles MEMBER_TITLES = Titles.of("/org/actorgraph/actors/member-titles.txt");
  /** Institution nouns recovered when the tagger leaves them untagged ("Parliament"). */
  private static final Set<String> INSTITUTIONS =
      new HashSet<>(Lexicon.lines(NameCandidates.class, "/org/actorgraph/actors/institutions.txt"));
  private static final Pattern CREDIT =
      Pattern.compile("(?i)getty images|\\bap photo\\b|\\bphoto(graph)?s? (by|:)|\\bcredit:|"
          + "/(afp|reuters|ap|epa|ansa|tass|xinhua|getty|bloomberg|efe|dpa)\\b|\\(photo:");

  private final AnnotatedText text;
  private final ActorRegistry registry;
  private final Titles titles;
  private final List<Candidate> candidates;

  NameCandidates(AnnotatedText text, ActorRegistry registry, Titles titles, List<Candidate> candidates) {
    this.text = text;
    this.registry = registry;
    this.titles = titles;
    this.candidates = candidates;
  }

  /** Adds the article's candidates to the list, in text order. */
  void collect() {
    List<Sentence> sentences = text.sentences();
    Map<Integer, List<AnnotatedText.Name>> bySentence = new HashMap<>();
    for (AnnotatedText.Name n : text.names()) {
      bySentence.computeIfAbsent(n.sentence, k -> new ArrayList<>()).add(n);
    }
    for (Sentence s : sentences) {
      if (isCredit(text, s)) {
        continue;
      }
      boolean[] taken = new boolean[s.size()];
      List<Candidate> found = new ArrayList<>();
      for (AnnotatedText.Name n : bySentence.getOrDefault(s.index, List.of())) {
        Candidate c = new Candidate(s.index, s.paragraph, n.tokenBegin, n.tokenEnd, n.type);
        found.add(c);
        for (int i = n.tokenBegin; i < n.tokenEnd; i++) {
          taken[i] = true;
        }
      }
      // The registry finds what the statistical model missed, and corrects the type of what it found.
      int window = registry.maxAliasTokens();
      for (int i = 0; i < s.size(); i++) {
        if (!startsUpper(s.tokens[i])) {
          continue;
        }
        for (int n = Math.min(window, s.size() - i); n >= 1; n--) {
          if (!endsName(s.tokens[i + n - 1])) {
            continue;
          }
          ActorRegistry.Entry e = registry.lookup(Titles.join(s.tokens, i, i + n));
          if (e == null) {
            continue;
          }
          Candidate same = null;
          boolean overlaps = false;
          boolean covers = true;
          for (Candidate c : found) {
            if (c.tb == i && c.te == i + n) {
              same = c;
            } else if (c.tb < i + n && i < c.te) {
              overlaps = true;
              covers &= i <= c.tb && c.te <= i + n;
            }
          }
          if (overlaps && covers && same == null && n > 1) {
            // the registry knows the whole name the model split: "Ursula" + "Leyen"
            int from = i;
            int to = i + n;
            found.removeIf(c -> c.tb >= from && c.te <= to);
            overlaps = false;
          }
          if (same != null) {
            same.type = e.type;
            same.entry = e;
          } else if (!overlaps) {
            Candidate c = new Candidate(s.index, s.paragraph, i, i + n, e.type);
            c.entry = e;
            found.add(c);
          }
          i += n - 1;
          break;
        }
      }
      institutions(s, found);
      hyphenatedGivenNames(s, found);
      joinAcrossParticles(s, found);
      List<Candidate> parts = new ArrayList<>();
      for (Candidate c : found) {
        split(s, c, parts);
      }
      parts.sort(Comparator.comparingInt(c -> c.tb));
      for (Candidate c : affiliations(s.tokens, parts)) {
        if (clean(s, c)) {
          candidates.add(c);
        }
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.sentence).thenComparingInt(c -> c.tb));
  }

  /**
   * Capitalised institution nouns the tagger leaves untagged ("Parliament was suspended", "the
   * Senate voted"), from institutions.txt: an organisation candidate, which joins the institution
   * the article names in full or else gets a document-scoped id. Not inside or next to another
   * capitalised name ("European Parliament" the tagger missed is not "Parliament").
   */
  private void institutions(Sentence s, List<Candidate> found) {
    for (int i = 0; i < s.size(); i++) {
      String w = s.tokens[i];
      if (!INSTITUTIONS.contains(NameKeys.lower(w)) || !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      int at = i;
      boolean inside = found.stream().anyMatch(c -> c.tb <= at && at < c.te);
      boolean prevName = i > 0 && startsUpper(s.tokens[i - 1])
          && found.stream().noneMatch(c -> c.te == at);
      boolean nextName = i + 1 < s.size() && startsUpper(s.tokens[i + 1]);
      if (!inside && !prevName && !nextName) {
        found.add(new Candidate(s.index, s.paragraph, i, i + 1, EntityType.ORGANIZATION));
      }
    }
  }

  /**
   * Korean-style names with a hyphenated given name ("Park Won-soon", "Moon Jae-in"): a capitalised
   * word, then a capitalised part, a hyphen and a lowercase part written together, is a person even
   * when the tagger missed it, unless it continues a longer capitalised name.
   */
  private void hyphenatedGivenNames(Sentence s, List<Candidate> found) {
    String[] t = s.tokens;
    for (int i = 0; i + 1 < s.size(); i++) {
      // the tokenizer keeps "Won-soon" whole or cuts it ("Won-" + "soon", "Won" + "-" + "soon")
      String[] given = NameStructure.joinHyphens(t, s.tokenBegin, s.tokenEnd, i + 1, Math.min(s.size(), i + 4));
      int n = NameStructure.isHyphenatedGivenName(given[0]) ? 1 + tokensIn(t, i + 1, given[0]) : 0;
      if (n == 0 || !Character.isUpperCase(t[i].charAt(0)) || !Character.isUpperCase(t[i + 1].charAt(0))
          || !t[i].chars().allMatch(Character::isLetter) || i > 0 && startsUpper(t[i - 1])
          || titles.matchAt(t, i, i + 1) > 0) {
        continue;
      }
      int from = i;
      int to = i + n;
      if (found.stream().noneMatch(c -> c.tb < to && from < c.te)) {
        found.add(new Candidate(s.index, s.paragraph, i, to, EntityType.PERSON));
      }
    }
  }

  /**
   * A person the tagger cut at lowercase particles ("Qaboos" + "bin" + "Said", "Jan" + "van der" +
   * "Berg") is one name: a person span, particles only, then a capitalised span.
   */
  private void joinAcrossParticles(Sentence s, List<Candidate> found) {
    found.sort(Comparator.comparingInt(c -> c.tb));
    for (int i = 0; i + 1 < found.size(); i++) {
      Candidate a = found.get(i);
      Candidate b = found.get(i + 1);
      boolean person = a.type == EntityType.PERSON || b.type == EntityType.PERSON;
      if (!person || b.tb <= a.te || a.entry != null || b.entry != null) {
        continue;
      }
      boolean particles = true;
      for (int k = a.te; k < b.tb && particles; k++) {
        particles = NAME_PARTICLES.contains(s.tokens[k]);
      }
      if (particles && startsUpper(s.tokens[b.tb]) && (b.type == EntityType.PERSON || b.te - b.tb == 1)) {
        a.te = b.te;
        a.type = EntityType.PERSON;
        found.remove(i + 1);
        i--;
      }
    }
  }

  /**
   * Splits a span the tagger ran together: "Senate Minority Leader Chuck Schumer" (a name, a title,
   * a person), "Senator from Vermont Bernie Sanders" (a known place before a person). A span naming
   * an organisation by its head word ("Walter Reed National Military Medical Center") is no person.
   */
  private void split(Sentence s, Candidate c, List<Candidate> out) {
    String[] tok = s.tokens;
    for (int j = c.tb; j < c.te - 1; j++) {
      int t = titles.matchAt(tok, j, c.te);
      if (t == 0 || j + t >= c.te) {
        continue;
      }
      int rest = c.te - j - t;
      boolean personLike = looksLikePerson(tok, j + t, c.te);
      if (!personLike || (j == c.tb && c.type != EntityType.PERSON && rest < 2)) {
        break;
      }
      if (j > c.tb && hasLetters(tok, c.tb, j)) {
        ActorRegistry.Entry e = registry.lookup(Titles.join(tok, c.tb, j));
        Candidate pre = new Candidate(c.sentence, c.paragraph, c.tb, j,
            e != null ? e.type : c.type == EntityType.PERSON ? EntityType.ORGANIZATION : c.type);
        out.add(pre);
      }
      // the title stays in the person's span: clean() records and strips it
      c.tb = j;
      c.type = EntityType.PERSON;
      out.add(c);
      return;
    }
    if (c.te - c.tb >= 3 && registry.lookup(Titles.join(tok, c.tb, c.te)) == null) {
      boolean afterPreposition = c.tb > 0 && Set.of("of", "from", "for", "in").contains(tok[c.tb - 1]);
      for (int k = 1; k <= c.te - c.tb - 2; k++) {
        ActorRegistry.Entry place = registry.lookup(Titles.join(tok, c.tb, c.tb + k));
        ActorRegistry.Entry person = registry.lookup(Titles.join(tok, c.tb + k, c.te));
        boolean personAfter = person != null && person.type == EntityType.PERSON;
        boolean placeBefore = place != null && place.type != EntityType.PERSON;
        boolean nameAfter = looksLikePerson(tok, c.tb + k, c.te);
        // "Vermont Bernie Sanders", "Germany Richard Grenell", "(governor of) Alaska Sarah Palin"
        if (nameAfter && (personAfter || placeBefore || afterPreposition && c.te - c.tb - k == 2)) {
          out.add(new Candidate(c.sentence, c.paragraph, c.tb, c.tb + k,
              place != null ? place.type : EntityType.LOCATION));
          c.tb += k;
          c.type = EntityType.PERSON;
          break;
        }
      }
    }
    if (c.type == EntityType.PERSON && hasOrgWord(tok, c.tb, c.te)) {
      c.type = EntityType.ORGANIZATION;
    }
    out.add(c);
  }

  /**
   * Party, faction and nationality words before a name go to the person's role, never to the name
   * and never to an actor of their own: "Liberal Democrat Tomas Brightwell" is Tomas Brightwell
   * (role "liberal democrat"), "Labour" before "MP Rosa Delgarno" is her role, "French" before
   * "President X" stays the country and also goes to X's role. "Labour leader X" names the party.
   */
  private List<Candidate> affiliations(String[] tok, List<Candidate> parts) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Candidate c = parts.get(i);
      Candidate next = i + 1 < parts.size() ? parts.get(i + 1) : null;
      int a = AFFILIATIONS.matchAt(tok, c.tb, c.te);
      if (a > 0) {
        int r = c.tb + a;
        int member = memberTitle(tok, r, c.te);
        if (r + member == c.te) {
          // the whole span is "Labour", "Lib Dem" or "Labour MP": a role when a person follows
          int after = member > 0 ? 0 : memberTitle(tok, c.te, tok.length);
          boolean personNext = next != null && next.tb >= c.te && next.tb <= c.te + after
              && (member > 0 || after > 0 || next.type == EntityType.PERSON && next.tb == c.te);
          if (personNext) {
            next.role = NameKeys.lower(Titles.join(tok, c.tb, r));
            continue;
          }
          if (member > 0) {
            continue; // "a Labour MP": a role noun, no actor
          }
        } else if (member > 0 && looksLikePerson(tok, r + member, c.te)
            || member == 0 && titles.matchAt(tok, r, c.te) == 0 && c.te - r >= 2
                && looksLikePerson(tok, r, c.te)) {
          c.role = NameKeys.lower(Titles.join(tok, c.tb, r));
          c.tb = r;
          c.type = EntityType.PERSON;
          c.entry = null;
        }
      }
      // "French President X": the demonym stays the country and is also X's role
      if (next != null && c.entry != null && c.entry.type == EntityType.LOCATION
          && !NameKeys.fold(Titles.join(tok, c.tb, c.te)).equals(NameKeys.fold(c.entry.name))
          && (next.tb == c.te && titles.matchAt(tok, next.tb, next.te) == 1
              || next.tb == c.te + 1 && titles.matchAt(tok, c.te, next.tb) == 1)) {
        next.role = NameKeys.lower(Titles.join(tok, c.tb, c.te));
      }
      out.add(c);
    }
    return out;
  }

  /** Tokens of a member title ("MP", "Senator") at {@code from}; 0 if none. */
  private int memberTitle(String[] tok, int from, int limit) {
    int t = titles.matchAt(tok, from, limit);
    return t > 0 && MEMBER_TITLES.matchAt(tok, from, from + t) == t ? t : 0;
  }

  /** Strips titles, articles and possessives; records a title; false if nothing is left. */
  private boolean clean(Sentence s, Candidate c) {
    // titles are stripped from people only: "General Motors" and "Premier League" keep theirs
    int t = c.type == EntityType.PERSON ? titles.matchAt(s.tokens, c.tb, c.te) : 0;
    if (t > 0 && t < c.te - c.tb) {
      c.title = NameKeys.lower(Titles.join(s.tokens, c.tb, c.tb + t)).replace(".", "");
      c.tb += t;
    }
    int titleStart = t > 0 ? c.tb - t : -1;
    boolean personLike = c.type == EntityType.PERSON || c.entry == null && looksLikePerson(s.tokens, c.tb, c.te);
    if (c.title == null && personLike) {
      int before = titles.matchEndingAt(s.tokens, c.tb);
      if (before > 0) {
        c.title = NameKeys.lower(Titles.join(s.tokens, c.tb - before, c.tb)).replace(".", "");
        titleStart = c.tb - before;
        if (c.entry == null) {
          c.type = EntityType.PERSON; // "Gov. Carl Wendt" is a person whatever the tagger said
        }
      }
    }
    if (c.role == null && titleStart > 0 && memberTitle(s.tokens, titleStart, c.tb) > 0) {
      int a = AFFILIATIONS.matchEndingAt(s.tokens, titleStart); // "Republican" + "Senator X"
      if (a > 0) {
        c.role = NameKeys.lower(Titles.join(s.tokens, titleStart - a, titleStart));
      }
    }
    if (c.role != null && (c.title == null || !c.title.contains(" "))) {
      // one-word titles only: role nouns match a title by its last word ("the senator")
      c.title = c.title == null ? c.role : c.role + " " + c.title;
    }
    while (c.tb < c.te && (s.tokens[c.tb].equalsIgnoreCase("the") || !hasLetterOrDigit(s.tokens[c.tb]))) {
      c.tb++;
    }
    while (c.te > c.tb && (isPossessive(s.tokens[c.te - 1]) || !hasLetterOrDigit(s.tokens[c.te - 1]))) {
      c.te--;
    }
    if (c.te <= c.tb) {
      return false;
    }
    if (c.entry == null && titles.matchAt(s.tokens, c.tb, c.te) == c.te - c.tb) {
      return false; // a title alone ("the Queen", "Rep." cut from its name) names no actor here
    }
    if (c.type == EntityType.PERSON) {
      // "Tariq bin" + "Hamdan", "Jan van der" + "Berg": a given name, particles, the tagged surname
      int j = c.tb;
      while (j > 0 && NAME_PARTICLES.contains(NameKeys.lower(s.tokens[j - 1]))) {
        j--;
      }
      if (j < c.tb && j > 0 && Character.isUpperCase(s.tokens[j - 1].charAt(0))
          && s.tokens[j - 1].chars().allMatch(Character::isLetter)
          && titles.matchAt(s.tokens, j - 1, j) == 0 && registry.lookup(s.tokens[j - 1]) == null) {
        c.tb = j - 1;
      } else {
        c.tb = NameStructure.particlesBefore(s.tokens, c.tb, SURNAME_PARTICLES);
      }
    }
    // a name never starts or ends at a hyphen: "Mir-" + "Mohammadi" is one surname
    while (c.tb > 0 && s.tokenEnd[c.tb - 1] == s.tokenBegin[c.tb]
        && (NameStructure.endsWithHyphen(s.tokens[c.tb - 1]) || NameStructure.startsWithHyphen(s.tokens[c.tb]))) {
      c.tb--;
    }
    // to the right only onto a capitalised part ("British-backed" stays "British"), or in a person
    while (c.te < s.size() && s.tokenEnd[c.te - 1] == s.tokenBegin[c.te]
        && (NameStructure.endsWithHyphen(s.tokens[c.te - 1]) || NameStructure.startsWithHyphen(s.tokens[c.te]))
        && (c.type == EntityType.PERSON || upperAfterHyphen(s.tokens, c.te))) {
      c.te++;
    }
    // a byline credit joined to the name ("Sergei Supinsky/AFP")
    int end = s.tokenEnd[c.te - 1];
    String t2 = text.text();
    if (end < t2.length() && t2.charAt(end) == '/') {
      return false;
    }
    if (c.entry == null && c.te - c.tb != 0) {
      ActorRegistry.Entry e = registry.lookup(Titles.join(s.tokens, c.tb, c.te));
      if (e != null && (e.type == c.type || c.type != EntityType.PERSON || e.type == EntityType.PERSON)) {
        c.entry = e;
        c.type = e.type;
      }
    }
    return true;
  }

  static boolean isCredit(AnnotatedText text, Sentence s) {
    String st = text.text().substring(s.begin, s.end);
    if (CREDIT.matcher(st).find()) {
      return true;
    }
    // a byline: "By Jane Doe" alone in its paragraph
    return s.size() <= 8 && s.tokens.length > 1 && s.tokens[0].equals("By")
        && text.paragraphs().get(s.paragraph).end <= s.end;
  }
}
