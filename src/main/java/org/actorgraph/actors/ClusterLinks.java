package org.actorgraph.actors;

import static org.actorgraph.actors.NameTokens.contains;
import static org.actorgraph.actors.NameTokens.givenCompatible;
import static org.actorgraph.actors.NameTokens.givenOf;
import static org.actorgraph.actors.NameTokens.hasKey;
import static org.actorgraph.actors.NameTokens.isAcronym;
import static org.actorgraph.actors.NameTokens.isFullName;
import static org.actorgraph.actors.NameTokens.lastNameToken;
import static org.actorgraph.actors.NameTokens.looksLikePerson;
import static org.actorgraph.actors.NameTokens.startsUpper;
import static org.actorgraph.actors.NameTokens.surnameKey;
import static org.actorgraph.actors.NameTokens.surnameStart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.actors.DocumentActors.Cluster;
import org.actorgraph.model.EntityType;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Groups one article's candidates into actors: registry actors and full names first, then the
 * single names, acronyms and short forms that can name only one of them; then the registry
 * context of lone surnames and the surnames the tagger missed.
 */
final class ClusterLinks {

  private static final Set<String> ACRONYM_STOP = Set.of("of", "the", "and", "for", "on", "in", "&");

  private final AnnotatedText text;
  private final ActorRegistry registry;
  private final Titles titles;
  private final List<Candidate> candidates;
  private final List<Cluster> clusters;

  ClusterLinks(AnnotatedText text, ActorRegistry registry, Titles titles, List<Candidate> candidates,
      List<Cluster> clusters) {
    this.text = text;
    this.registry = registry;
    this.titles = titles;
    this.candidates = candidates;
    this.clusters = clusters;
  }

  void cluster() {
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
        Cluster pick = dominant(options);
        if (pick != null) {
          join(pick, c, tok);
        } else {
          c.ambiguous = true;
        }
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
   * Of several people a lone surname could name, the one it names in this article, or null.
   * A name that holds another option's name whole is a tagging error around it ("Disavow Lindsey
   * Graham Endorsement" beside "Lindsey Graham") and drops out; of the rest, the person named at
   * least twice as often as each other one is the article's: news writers give the minor
   * namesake (a relative, a second official) the full name each time and the main person the
   * surname. Otherwise the surname stays ambiguous.
   */
  private @Nullable Cluster dominant(List<Cluster> options) {
    List<Cluster> rest = new ArrayList<>();
    for (Cluster k : options) {
      boolean wraps = false;
      for (Cluster o : options) {
        if (o != k && k.tokens.length > o.tokens.length && contains(k.tokens, o.tokens)) {
          wraps = true;
        }
      }
      if (!wraps) {
        rest.add(k);
      }
    }
    if (rest.size() == 1) {
      return rest.get(0);
    }
    Map<Cluster, Integer> named = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.cluster != null && rest.contains(c.cluster)) {
        named.merge(c.cluster, 1, Integer::sum);
      }
    }
    rest.sort((a, b) -> named.getOrDefault(b, 0) - named.getOrDefault(a, 0));
    int first = named.getOrDefault(rest.get(0), 0);
    int second = named.getOrDefault(rest.get(1), 0);
    return first >= 2 && first >= 2 * second ? rest.get(0) : null;
  }

  /**
   * A lone surname meets a registry person only in context: a title that fits the person's role
   * ("Senator Morrison", "the Republican"), or, for a surname the registry lists as an alias, a
   * place or institution of the person's country in the article. Else it stays a document-local
   * actor: a Scottish minister Morrison is not a US senator Morrison. Surnames the registry does
   * not list as aliases are found through its surname index, and only by a fitting title.
   */
  void registryContext() {
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
  void recoverSurnames() {
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
      if (NameCandidates.isCredit(text, s)) {
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

  /** The candidate's tokens, a hyphenated name as one ("Ruiz-Molina", "el-Sisi"). */
  private String[] tokens(Candidate c) {
    Sentence s = text.sentences().get(c.sentence);
    return NameStructure.joinHyphens(s.tokens, s.tokenBegin, s.tokenEnd, c.tb, c.te);
  }

  private String surface(Candidate c) {
    Sentence s = text.sentences().get(c.sentence);
    return text.text().substring(s.tokenBegin[c.tb], s.tokenEnd[c.te - 1]);
  }
}
