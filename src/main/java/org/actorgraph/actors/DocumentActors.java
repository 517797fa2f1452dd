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

    String surname() {
      return tokens[lastNameToken(tokens)];
    }

    String given() {
      return tokens[0];
    }

    boolean multi() {
      return tokens.length > 1;
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
  /** Head words of organisations and facilities, from org-words.txt. */
  private static final Set<String> ORG_WORDS =
      new HashSet<>(Lexicon.lines(DocumentActors.class, "/org/actorgraph/actors/org-words.txt"));
  /** Capitalised common nouns that name a different institution in each country (Senate). */
  private static final Set<String> GENERIC_ORGS =
      new HashSet<>(Lexicon.lines(DocumentActors.class, "/org/actorgraph/actors/generic-orgs.txt"));
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
    d.recoverSurnames();
    d.assignIds();
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
      List<Candidate> parts = new ArrayList<>();
      for (Candidate c : found) {
        split(s, c, parts);
      }
      for (Candidate c : parts) {
        if (clean(s, c)) {
          candidates.add(c);
        }
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.sentence).thenComparingInt(c -> c.tb));
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

  private boolean looksLikePerson(String[] tok, int from, int to) {
    if (hasOrgWord(tok, from, to)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!startsUpper(tok[i]) && !isPossessive(tok[i]) && !NAME_PARTICLES.contains(tok[i])) {
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
    if (c.title == null && c.type == EntityType.PERSON) {
      int before = titles.matchEndingAt(s.tokens, c.tb);
      if (before > 0) {
        c.title = NameKeys.lower(Titles.join(s.tokens, c.tb - before, c.tb)).replace(".", "");
      }
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
        if (isFullName(tok)) {
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
   * Surnames the tagger missed ("Sanders said" at the start of a sentence): a capitalised token
   * that is the surname of exactly one person of the document, standing alone, joins that person.
   */
  private void recoverSurnames() {
    Map<String, Cluster> bySurname = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Cluster k : clusters) {
      if (k.type == EntityType.PERSON && k.multi()) {
        String v = NameKeys.fold(k.surname());
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
      if (givenCompatible(k.given(), tok[0])
          && (sameKey(k.surname(), tok[lastNameToken(tok)])
              || tok.length < k.tokens.length && hasKey(k.tokens, 1, tok[lastNameToken(tok)])
              || k.tokens.length < tok.length && hasKey(tok, 1, k.surname()))) {
        return k;
      }
    }
    return null;
  }

  /** "Clinton" names Hillary Clinton; so does "Hillary"; "H." does not on its own. */
  private static boolean namesPerson(String[] tok, Cluster k) {
    if (tok.length == 1) {
      // surname, given name, or a middle part of a multi-part surname ("Luk" of John Luk Jok)
      return hasKey(k.tokens, 0, tok[0]);
    }
    // "Mr Biden Jr" style partial forms: same surname, compatible given name
    return NameKeys.variantKey(tok[lastNameToken(tok)]).equals(NameKeys.variantKey(k.surname()))
        && givenCompatible(k.given(), tok[0]);
  }

  private static boolean sameKey(String a, String b) {
    return NameKeys.variantKey(a).equals(NameKeys.variantKey(b));
  }

  /** True when a name token from {@code from} on has the variant key of {@code w}. */
  private static boolean hasKey(String[] tok, int from, String w) {
    String v = NameKeys.variantKey(w);
    for (int i = from; i < tok.length; i++) {
      if (!NAME_SUFFIXES.contains(NameKeys.lower(tok[i])) && !NAME_PARTICLES.contains(tok[i])
          && !NameKeys.isInitials(tok[i]) && NameKeys.variantKey(tok[i]).equals(v)) {
        return true;
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

  private void assignIds() {
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
            k.id = "per:" + NameKeys.variantKey(k.surname()) + "." + (given.isEmpty() ? "" : given.charAt(0));
          } else {
            // a lone surname is never merged across documents
            k.id = "per:" + NameKeys.variantKey(k.surname()) + "@" + shortHash(docId);
          }
          break;
        case ORGANIZATION:
          k.id = "org:" + NameKeys.slug(String.join(" ", k.tokens));
          break;
        default:
          k.id = "loc:" + NameKeys.slug(String.join(" ", k.tokens));
      }
      if (k.type != EntityType.PERSON && GENERIC_ORGS.contains(NameKeys.fold(String.join(" ", k.tokens)))) {
        k.id += "@" + shortHash(docId); // "the Senate" of this document's country
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
              k == null ? null : k.name, c.title));
    }
  }

  // ------------------------------------------------------------------ helpers

  private String[] tokens(Candidate c) {
    Sentence s = text.sentences().get(c.sentence);
    String[] out = new String[c.te - c.tb];
    System.arraycopy(s.tokens, c.tb, out, 0, out.length);
    return out;
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
