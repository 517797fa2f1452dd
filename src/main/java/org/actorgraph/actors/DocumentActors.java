package org.actorgraph.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.model.Mention;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.model.EntityType;
import org.actorgraph.nlp.Lexicon;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Resolves the names of one article to actors: first inside the document (full name, then surname,
 * title, initials; a surname shared by two people stays ambiguous), then to corpus-wide ids (the
 * registry, else a key that survives transliteration).
 */
public final class DocumentActors {

  /** One actor of the document: the mentions that name it. */
  public static final class Cluster {
    public final int index;
    public EntityType type;
    /** Tokens of the fullest name, titles and possessives stripped. */
    String[] tokens;
    String surface;
    ActorRegistry.@Nullable Entry entry;
    final Set<String> titles = new HashSet<>();
    final Set<String> acronyms = new HashSet<>();
    String id = "";
    String name = "";

    Cluster(int index, EntityType type, String[] tokens, String surface) {
      this.index = index;
      this.type = type;
      this.tokens = tokens;
      this.surface = surface;
    }

    public String id() {
      return id;
    }

    public String name() {
      return name;
    }

    public boolean hasTitle(String title) {
      return titles.contains(title);
    }

    /** The surname with its particles: "van der Berg" of Jan van der Berg. */
    String surname() {
      return surnameOf(tokens);
    }

    String given() {
      return familyNameFirst(tokens) ? tokens[1] : tokens[0];
    }

    /** A given name and a surname, not a surname alone ("Van der Berg" is one name). */
    boolean multi() {
      return surnameStart(tokens) > 0;
    }
  }

  /** A name before clustering. */
  private static final class Candidate {
    final int sentence;
    final int paragraph;
    int tb;
    int te;
    EntityType type;
    ActorRegistry.@Nullable Entry entry;
    @Nullable String title;
    /** Party, faction or nationality words before the name or title ("labour", "french"). */
    @Nullable String role;
    @Nullable Cluster cluster;
    boolean ambiguous;

    Candidate(int sentence, int paragraph, int tb, int te, EntityType type) {
      this.sentence = sentence;
      this.paragraph = paragraph;
      this.tb = tb;
      this.te = te;
      this.type = type;
    }
  }

  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
  /** Particles inside personal names: "Ursula von der Leyen", "Bashar al-Assad". */
  private static final Set<String> NAME_PARTICLES =
      Set.of("von", "der", "van", "de", "da", "del", "di", "bin", "al", "el", "la", "le", "du", "dos");
  /** Particles that begin a surname the tagger may leave out ("Van der" + "Berg"); not bin/al. */
  private static final Set<String> SURNAME_PARTICLES =
      Set.of("von", "der", "van", "den", "de", "da", "del", "della", "di", "la", "le", "du", "dos", "ter");
  /** Head words of organisations and facilities, from org-words.txt. */
  private static final Set<String> ORG_WORDS =
      new HashSet<>(Lexicon.lines(DocumentActors.class, "/org/actorgraph/actors/org-words.txt"));
  /** Capitalised common nouns that name a different institution in each country (Senate). */
  private static final Set<String> GENERIC_ORGS =
      new HashSet<>(Lexicon.lines(DocumentActors.class, "/org/actorgraph/actors/generic-orgs.txt"));
  /** Party and faction words used as modifiers ("Labour MP", "Liberal Democrat X"). */
  private static final Titles AFFILIATIONS = Titles.of("/org/actorgraph/actors/affiliations.txt");
  /** Titles after which a party word is an affiliation, not the party named. */
  private static final Titles MEMBER_TITLES = Titles.of("/org/actorgraph/actors/member-titles.txt");
  /** Institution nouns recovered when the tagger leaves them untagged ("Parliament"). */
  private static final Set<String> INSTITUTIONS =
      new HashSet<>(Lexicon.lines(DocumentActors.class, "/org/actorgraph/actors/institutions.txt"));
  private static final Set<String> ACRONYM_STOP = Set.of("of", "the", "and", "for", "on", "in", "&");
  private static final Pattern CREDIT =
      Pattern.compile("(?i)getty images|\\bap photo\\b|\\bphoto(graph)?s? (by|:)|\\bcredit:|"
          + "/(afp|reuters|ap|epa|ansa|tass|xinhua|getty|bloomberg|efe|dpa)\\b|\\(photo:");

  private final AnnotatedText text;
  private final String docId;
  private final ActorRegistry registry;
  private final Titles titles;
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<Cluster> clusters = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();

  private DocumentActors(AnnotatedText text, String docId, ActorRegistry registry, Titles titles) {
    this.text = text;
    this.docId = docId;
    this.registry = registry;
    this.titles = titles;
  }

  public static DocumentActors resolve(
      AnnotatedText text, String docId, ActorRegistry registry, Titles titles) {
    DocumentActors d = new DocumentActors(text, docId, registry, titles);
    d.collect();
    d.cluster();
    d.registryContext();
    d.recoverSurnames();
    d.assignIds();
    d.separateSameInitials();
    d.emit();
    return d;
  }

  /** The resolved mentions, in text order. */
  public List<Mention> mentions() {
    return mentions;
  }

  public List<Cluster> clusters() {
    return clusters;
  }

  public Cluster cluster(int index) {
    return clusters.get(index);
  }

  // ------------------------------------------------------------------ candidates

  private void collect() {
    List<Sentence> sentences = text.sentences();
    Map<Integer, List<AnnotatedText.Name>> bySentence = new HashMap<>();
    for (AnnotatedText.Name n : text.names()) {
      bySentence.computeIfAbsent(n.sentence, k -> new ArrayList<>()).add(n);
    }
    for (Sentence s : sentences) {
      if (isCredit(s)) {
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

  /** True when the text from token {@code i} on, past hyphens, starts with a capital. */
  private static boolean upperAfterHyphen(String[] tok, int i) {
    for (int k = i; k < tok.length; k++) {
      String w = tok[k].replaceAll("^[-‐‑]+", "");
      if (!w.isEmpty()) {
        return Character.isUpperCase(w.charAt(0));
      }
    }
    return false;
  }

  /** How many tokens from {@code from} on spell {@code joined} ("Won", "-", "soon": 3). */
  private static int tokensIn(String[] t, int from, String joined) {
    int len = 0;
    int n = 0;
    while (from + n < t.length && len < joined.length()) {
      len += t[from + n].length();
      n++;
    }
    return n;
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

  boolean looksLikePerson(String[] tok, int from, int to) {
    if (hasOrgWord(tok, from, to)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!startsUpper(tok[i]) && !isPossessive(tok[i]) && !NAME_PARTICLES.contains(tok[i])
          && !NameStructure.startsWithHyphen(tok[i])
          && !(i > from && NameStructure.endsWithHyphen(tok[i - 1]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasOrgWord(String[] tok, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ORG_WORDS.contains(NameKeys.lower(tok[i]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetters(String[] tok, int from, int to) {
    for (int i = from; i < to; i++) {
      if (hasLetterOrDigit(tok[i])) {
        return true;
      }
    }
    return false;
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

  private boolean isCredit(Sentence s) {
    String st = text.text().substring(s.begin, s.end);
    if (CREDIT.matcher(st).find()) {
      return true;
    }
    // a byline: "By Jane Doe" alone in its paragraph
    return s.size() <= 8 && s.tokens.length > 1 && s.tokens[0].equals("By")
        && text.paragraphs().get(s.paragraph).end <= s.end;
  }

  // ------------------------------------------------------------------ clustering

  private void cluster() {
    Map<String, Cluster> byEntry = new HashMap<>();
    Map<String, Cluster> byKey = new HashMap<>();
    // 1. registry actors and full names make the clusters
    List<Candidate> nonPersons = new ArrayList<>();
    for (Candidate c : candidates) {
      String[] tok = tokens(c);
      if (c.entry != null) {
        Cluster k = byEntry.get(c.entry.id);
        if (k == null) {
          k = newCluster(c, tok);
          k.entry = c.entry;
          byEntry.put(c.entry.id, k);
        }
        join(k, c, tok);
      } else if (c.type == EntityType.PERSON) {
        if (isFullName(tok) && surnameStart(tok) > 0) {
          Cluster k = findPerson(tok);
          join(k == null ? newCluster(c, tok) : k, c, tok);
        }
      } else if (tok.length > 1) {
        nonPersons.add(c);
      }
    }
    // full-name persons that the registry knows by a shorter alias (surname) join its cluster
    for (Cluster k : new ArrayList<>(clusters)) {
      if (k.entry == null && k.type == EntityType.PERSON) {
        ActorRegistry.Entry e = registry.lookup(String.join(" ", k.tokens));
        if (e != null) {
          k.entry = e;
        }
      }
    }
    // multi-word organisations and places; a full name the tagger typed otherwise joins its person
    for (Candidate c : nonPersons) {
      String[] tok = tokens(c);
      Cluster person = looksLikePerson(tok, 0, tok.length) ? findPerson(tok) : null;
      if (person != null) {
        c.type = EntityType.PERSON;
        join(person, c, tok);
        continue;
      }
      joinByName(byKey, c, tok);
    }
    acronyms();
    // 2. single names join the one person they can name, whatever type the tagger gave them,
    // or stay ambiguous; else a short form of an organisation named in full earlier ("the
    // Commission", "Mahan" after "Mahan Air"); else an actor of their own
    for (Candidate c : candidates) {
      if (c.cluster != null || c.ambiguous) {
        continue;
      }
      String[] tok = tokens(c);
      List<Cluster> options = new ArrayList<>();
      for (Cluster k : clusters) {
        if (k.type == EntityType.PERSON && k.multi() && namesPerson(tok, k)) {
          options.add(k);
        }
      }
      if (options.size() == 1 && (c.type == EntityType.PERSON || tok.length == 1)) {
        c.type = EntityType.PERSON;
        join(options.get(0), c, tok);
        continue;
      } else if (options.size() > 1 && c.type == EntityType.PERSON) {
        c.ambiguous = true;
        continue;
      }
      if (c.type != EntityType.LOCATION) {
        Cluster only = null;
        int n = 0;
        for (Cluster k : clusters) {
          if (k.type == EntityType.ORGANIZATION && k.multi() && contains(k.tokens, tok)
              && firstSentence(k) <= c.sentence) {
            only = k;
            n++;
          }
        }
        if (n == 1) {
          join(only, c, tok);
          continue;
        }
      }
      joinByName(byKey, c, tok);
    }
    // a cluster's type is the one most of its mentions were given
    for (Cluster k : clusters) {
      if (k.entry != null) {
        continue;
      }
      Map<EntityType, Integer> votes = new HashMap<>();
      for (Candidate c : candidates) {
        if (c.cluster == k) {
          votes.merge(c.type, 1, Integer::sum);
        }
      }
      int best = votes.getOrDefault(k.type, 0);
      for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
        if (v.getValue() > best) {
          best = v.getValue();
          k.type = v.getKey();
        }
      }
    }
  }

  /**
   * A lone surname meets a registry person only in context: a title that fits the person's role
   * ("Senator Morrison", "the Republican"), or, for a surname the registry lists as an alias, a
   * place or institution of the person's country in the article. Else it stays a document-local
   * actor: a Scottish minister Morrison is not a US senator Morrison. Surnames the registry does
   * not list as aliases are found through its surname index, and only by a fitting title.
   */
  private void registryContext() {
    Set<String> countries = new HashSet<>();
    for (Cluster k : clusters) {
      if (k.entry != null && k.entry.type != EntityType.PERSON && k.entry.country != null) {
        countries.add(k.entry.country);
      }
    }
    for (Cluster k : clusters) {
      if (k.type != EntityType.PERSON || k.multi()) {
        continue;
      }
      if (k.entry == null) {
        ActorRegistry.Entry e = registry.bySurname(k.surname());
        if (e != null && RoleFit.fits(k.titles, e.role)) {
          k.entry = e;
        }
      } else if (k.entry.type == EntityType.PERSON && NameKeys.fold(k.entry.name).contains(" ")
          && !RoleFit.fits(k.titles, k.entry.role)
          && (k.entry.country == null || !countries.contains(k.entry.country))) {
        k.entry = null;
      }
    }
  }

  /**
   * Surnames the tagger missed ("Sanders said" at the start of a sentence): a capitalised token
   * that is the surname of exactly one person of the document, standing alone, joins that person.
   */
  private void recoverSurnames() {
    Map<String, Cluster> bySurname = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Cluster k : clusters) {
      if (k.type == EntityType.PERSON && k.multi()) {
        String v = NameKeys.fold(k.surname());
        if (v.contains(" ")) {
          continue; // "van der Berg": the text holds it as several tokens
        }
        Cluster prev = bySurname.put(v, k);
        if (prev != null && prev != k) {
          shared.add(v);
        }
      }
    }
    shared.forEach(bySurname::remove);
    if (bySurname.isEmpty()) {
      return;
    }
    Map<Integer, boolean[]> covered = new HashMap<>();
    for (Candidate c : candidates) {
      boolean[] cov = covered.computeIfAbsent(c.sentence, i -> new boolean[text.sentences().get(i).size()]);
      for (int i = Math.max(0, c.tb - 2); i < Math.min(cov.length, c.te + 1); i++) {
        cov[i] = true; // the name, its title and a possessive
      }
    }
    List<Candidate> found = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (isCredit(s)) {
        continue;
      }
      boolean[] cov = covered.get(s.index);
      for (int i = 0; i < s.size(); i++) {
        String w = s.tokens[i];
        Cluster k = bySurname.get(NameKeys.fold(w));
        if (k == null || !startsUpper(w) || (cov != null && cov[i])
            || i + 1 < s.size() && startsUpper(s.tokens[i + 1])
            || i > 0 && startsUpper(s.tokens[i - 1]) && titles.matchEndingAt(s.tokens, i) == 0) {
          continue;
        }
        Candidate c = new Candidate(s.index, s.paragraph, i, i + 1, EntityType.PERSON);
        c.cluster = k;
        found.add(c);
      }
    }
    candidates.addAll(found);
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.sentence).thenComparingInt(c -> c.tb));
  }

  private int firstSentence(Cluster k) {
    for (Candidate c : candidates) {
      if (c.cluster == k) {
        return c.sentence;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** True when {@code part} is a run of {@code whole}'s tokens (folded). */
  private static boolean contains(String[] whole, String[] part) {
    for (int i = 0; i + part.length <= whole.length; i++) {
      boolean all = true;
      for (int j = 0; j < part.length && all; j++) {
        all = NameKeys.fold(whole[i + j]).equals(NameKeys.fold(part[j]));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Joins the cluster of the same folded name, made on first sight. */
  private void joinByName(Map<String, Cluster> byKey, Candidate c, String[] tok) {
    String key = NameKeys.fold(String.join(" ", tok));
    Cluster k = byKey.get(key);
    if (k == null) {
      k = newCluster(c, tok);
      byKey.put(key, k);
    }
    join(k, c, tok);
  }

  private Cluster newCluster(Candidate c, String[] tok) {
    Cluster k = new Cluster(clusters.size(), c.type, tok, surface(c));
    clusters.add(k);
    return k;
  }

  private void join(Cluster k, Candidate c, String[] tok) {
    c.cluster = k;
    if (c.title != null) {
      k.titles.add(c.title);
    }
    // the fullest form names the cluster
    if (tok.length > k.tokens.length) {
      k.tokens = tok;
      k.surface = surface(c);
    }
  }

  private @Nullable Cluster findPerson(String[] tok) {
    for (Cluster k : clusters) {
      if (k.type != EntityType.PERSON || !k.multi()) {
        continue;
      }
      if (givenCompatible(k.given(), givenOf(tok))
          && (surnameKey(k.tokens).equals(surnameKey(tok))
              || tok.length < k.tokens.length && hasKey(k.tokens, 1, tok[lastNameToken(tok)])
              || k.tokens.length < tok.length && hasKey(tok, 1, k.tokens[lastNameToken(k.tokens)]))) {
        return k;
      }
    }
    return null;
  }

  /** "Clinton" names Hillary Clinton; so does "Hillary"; "H." does not on its own. */
  private static boolean namesPerson(String[] tok, Cluster k) {
    if (tok.length == 1) {
      // surname, given name, a middle part of a multi-part surname ("Luk" of John Luk Jok), or
      // one half of a hyphenated one ("Molina" of Ana Ruiz-Molina)
      return hasKey(k.tokens, 0, tok[0]) || surnameKey(tok).equals(surnameKey(k.tokens));
    }
    if (surnameStart(tok) == 0) {
      return surnameKey(tok).equals(surnameKey(k.tokens)); // "Van der Berg" alone
    }
    // "Mr Biden Jr" style partial forms: same surname, compatible given name
    return surnameKey(tok).equals(surnameKey(k.tokens)) && givenCompatible(k.given(), givenOf(tok));
  }

  /** True when a name token from {@code from} on has the variant key of {@code w}. */
  private static boolean hasKey(String[] tok, int from, String w) {
    String v = NameKeys.variantKey(w);
    for (int i = from; i < tok.length; i++) {
      if (NAME_SUFFIXES.contains(NameKeys.lower(tok[i])) || NAME_PARTICLES.contains(tok[i])
          || NameKeys.isInitials(tok[i])) {
        continue;
      }
      if (NameKeys.variantKey(tok[i]).equals(v)) {
        return true;
      }
      for (String part : NameStructure.hyphenParts(tok[i])) {
        if (!NAME_PARTICLES.contains(NameKeys.lower(part)) && NameKeys.variantKey(part).equals(v)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean givenCompatible(String a, String b) {
    if (NameKeys.isInitials(a) || NameKeys.isInitials(b)) {
      String fa = NameKeys.fold(a);
      String fb = NameKeys.fold(b);
      return !fa.isEmpty() && !fb.isEmpty() && fa.charAt(0) == fb.charAt(0);
    }
    return NameKeys.variantKey(a).equals(NameKeys.variantKey(b));
  }

  /** "Federal Security Service (FSB)" makes FSB an alias; a bare acronym matching initials joins. */
  private void acronyms() {
    for (Candidate c : candidates) {
      if (c.cluster == null || c.cluster.type == EntityType.PERSON) {
        continue;
      }
      Sentence s = text.sentences().get(c.sentence);
      if (c.te + 2 < s.size() && s.tokens[c.te].equals("(") && s.tokens[c.te + 2].equals(")")
          && isAcronym(s.tokens[c.te + 1])) {
        c.cluster.acronyms.add(NameKeys.fold(s.tokens[c.te + 1]));
      }
    }
    for (Cluster k : clusters) {
      if (k.type != EntityType.PERSON && k.tokens.length > 1) {
        StringBuilder b = new StringBuilder();
        for (String w : k.tokens) {
          if (!ACRONYM_STOP.contains(NameKeys.lower(w)) && !w.isEmpty() && Character.isLetter(w.charAt(0))) {
            b.append(Character.toLowerCase(w.charAt(0)));
          }
        }
        if (b.length() >= 2) {
          k.acronyms.add(b.toString());
        }
      }
    }
    for (Candidate c : candidates) {
      if (c.cluster != null || c.type == EntityType.PERSON) {
        continue;
      }
      String[] tok = tokens(c);
      if (tok.length == 1 && isAcronym(tok[0])) {
        String a = NameKeys.fold(tok[0]);
        for (Cluster k : clusters) {
          if (k.acronyms.contains(a)) {
            join(k, c, tok);
            break;
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ ids

  /**
   * The country most of the article's registry actors belong to (by mentions), when it has at
   * least two and twice as many as any other (a Puerto Rico article full of US actors has none).
   */
  private @Nullable String dominantCountry() {
    Map<String, Integer> votes = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.cluster != null && c.cluster.entry != null && c.cluster.entry.country != null) {
        votes.merge(c.cluster.entry.country, 1, Integer::sum);
      }
    }
    String best = null;
    int bestN = 0;
    int second = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (v.getValue() > bestN) {
        second = bestN;
        best = v.getKey();
        bestN = v.getValue();
      } else if (v.getValue() > second) {
        second = v.getValue();
      }
    }
    return bestN >= 2 && bestN >= 2 * second ? best : null;
  }

  private void assignIds() {
    String country = dominantCountry();
    for (Cluster k : clusters) {
      if (k.entry != null) {
        k.id = k.entry.id;
        k.name = k.entry.name;
        k.type = k.entry.type;
        continue;
      }
      k.name = k.surface;
      switch (k.type) {
        case PERSON:
          if (k.multi()) {
            String given = NameKeys.fold(k.given());
            k.id = "per:" + surnameKey(k.tokens) + "." + (given.isEmpty() ? "" : given.charAt(0));
          } else {
            // a lone surname is never merged across documents
            k.id = "per:" + surnameKey(k.tokens) + "@" + shortHash(docId);
          }
          break;
        case ORGANIZATION:
          k.id = "org:" + NameKeys.slug(String.join(" ", k.tokens));
          break;
        default:
          k.id = "loc:" + NameKeys.slug(String.join(" ", k.tokens));
      }
      String generic = NameKeys.fold(String.join(" ", k.tokens));
      if (k.type != EntityType.PERSON && GENERIC_ORGS.contains(generic)) {
        ActorRegistry.Entry e = country == null ? null : registry.institution(country, generic);
        if (e != null) {
          // "Parliament" in an article about Britain is the UK Parliament, when the registry has one
          k.entry = e;
          k.id = e.id;
          k.name = e.name;
          k.type = e.type;
        } else {
          k.id += "@" + shortHash(docId); // "the Senate" of this document's country
        }
      }
    }
  }

  /**
   * Two people of one article whose ids would be one ("Valery" and "Veranika Tsapkala" are both
   * per:tsapkala.v) keep apart by their whole given names.
   */
  private void separateSameInitials() {
    Map<String, List<Cluster>> byId = new HashMap<>();
    for (Cluster k : clusters) {
      if (k.entry == null && k.type == EntityType.PERSON && k.multi()) {
        byId.computeIfAbsent(k.id, x -> new ArrayList<>()).add(k);
      }
    }
    for (List<Cluster> same : byId.values()) {
      if (same.size() > 1) {
        for (Cluster k : same) {
          k.id = "per:" + surnameKey(k.tokens) + "." + NameKeys.variantKey(k.given());
        }
      }
    }
  }

  private void emit() {
    String t = text.text();
    for (Candidate c : candidates) {
      Sentence s = text.sentences().get(c.sentence);
      int begin = s.tokenBegin[c.tb];
      int end = s.tokenEnd[c.te - 1];
      Cluster k = c.cluster;
      mentions.add(
          new Mention(
              begin, end, t.substring(begin, end), k == null ? c.type : k.type, c.sentence,
              c.paragraph, k == null ? -1 : k.index, k == null ? null : k.id,
              k == null ? null : k.name, c.title, resolution(k)));
    }
  }

  /** How the cluster's id was found (the {@code resolution} column of mentions). */
  private static String resolution(@Nullable Cluster k) {
    if (k == null || k.id == null || k.id.isEmpty()) {
      return "unresolved";
    }
    if (k.entry != null) {
      return "registry";
    }
    return k.id.contains("@") ? "document" : "full_name";
  }

  // ------------------------------------------------------------------ helpers

  /** The candidate's tokens, a hyphenated name as one ("Ruiz-Molina", "el-Sisi"). */
  private String[] tokens(Candidate c) {
    Sentence s = text.sentences().get(c.sentence);
    return NameStructure.joinHyphens(s.tokens, s.tokenBegin, s.tokenEnd, c.tb, c.te);
  }

  private String surface(Candidate c) {
    Sentence s = text.sentences().get(c.sentence);
    return text.text().substring(s.tokenBegin[c.tb], s.tokenEnd[c.te - 1]);
  }

  private static boolean isFullName(String[] tok) {
    int words = 0;
    for (String w : tok) {
      if (hasLetterOrDigit(w)) {
        words++;
      }
    }
    return words >= 2;
  }

  /** Index where the surname starts: the last name token with the particles before it. */
  static int surnameStart(String[] tok) {
    int i = lastNameToken(tok);
    while (i > 0 && NAME_PARTICLES.contains(NameKeys.lower(tok[i - 1]))) {
      i--;
    }
    return i;
  }

  static String surnameOf(String[] tok) {
    if (familyNameFirst(tok)) {
      return tok[0];
    }
    return Titles.join(tok, surnameStart(tok), lastNameToken(tok) + 1);
  }

  static String givenOf(String[] tok) {
    return familyNameFirst(tok) ? tok[1] : tok[0];
  }

  /** "Park Won-soon": a hyphenated given name after the family name. */
  static boolean familyNameFirst(String[] tok) {
    return tok.length == 2 && NameStructure.isHyphenatedGivenName(tok[1]);
  }

  /** The surname's variant key, particles included ("vanderberg"); al-/el- are one particle. */
  public static String surnameKey(String[] tok) {
    String k = NameKeys.variantKey(surnameOf(tok));
    return k.startsWith("el") && surnameOf(tok).toLowerCase(Locale.ROOT).startsWith("el-") ? "al" + k.substring(2) : k;
  }

  static int lastNameToken(String[] tok) {
    int i = tok.length - 1;
    while (i > 0 && (NAME_SUFFIXES.contains(NameKeys.lower(tok[i])) || !hasLetterOrDigit(tok[i]))) {
      i--;
    }
    return i;
  }

  private static boolean isAcronym(String w) {
    String s = w.replace(".", "");
    if (s.length() < 2 || s.length() > 8) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        upper++;
      } else if (!Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return upper >= 2 && upper * 2 > s.length();
  }

  private static boolean startsUpper(String w) {
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
  }

  private static boolean endsName(String w) {
    return hasLetterOrDigit(w);
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPossessive(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.equals("'s") || l.equals("’s") || l.equals("'") || l.equals("’");
  }

  /** 64-bit FNV-1a of the document id, as 10 hex digits: stable across JVMs and runners. */
  static String shortHash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return String.format(Locale.ROOT, "%010x", h & 0xffffffffffL);
  }
}
