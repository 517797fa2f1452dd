package org.actorgraph.actors;

import static org.actorgraph.actors.NameTokens.familyNameFirst;
import static org.actorgraph.actors.NameTokens.shortHash;
import static org.actorgraph.actors.NameTokens.surnameOf;
import static org.actorgraph.actors.NameTokens.surnameStart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.model.Mention;
import org.actorgraph.nlp.AnnotatedText;
import org.actorgraph.nlp.AnnotatedText.Sentence;
import org.actorgraph.model.EntityType;
import org.actorgraph.nlp.Lexicon;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Resolves the names of one article to actors: first inside the document (full name, then surname,
 * title, initials; a surname shared by two people stays ambiguous), then to corpus-wide ids (the
 * registry, else a key that survives transliteration). The steps are {@link NameCandidates}
 * (the names of the text), {@link ClusterLinks} (which names are one actor), then the ids here.
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

  /** Capitalised common nouns that name a different institution in each country (Senate). */
  private static final Set<String> GENERIC_ORGS =
      new HashSet<>(Lexicon.lines(DocumentActors.class, "/org/actorgraph/actors/generic-orgs.txt"));

  private final AnnotatedText text;
  private final String docId;
  private final ActorRegistry registry;
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<Cluster> clusters = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();

  private DocumentActors(AnnotatedText text, String docId, ActorRegistry registry) {
    this.text = text;
    this.docId = docId;
    this.registry = registry;
  }

  public static DocumentActors resolve(
      AnnotatedText text, String docId, ActorRegistry registry, Titles titles) {
    DocumentActors d = new DocumentActors(text, docId, registry);
    new NameCandidates(text, registry, titles, d.candidates).collect();
    ClusterLinks links = new ClusterLinks(text, registry, titles, d.candidates, d.clusters);
    links.cluster();
    links.registryContext();
    links.recoverSurnames();
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

  // ------------------------------------------------------------------ name helpers (NameTokens)

  /** The surname's variant key, particles included ("vanderberg"); al-/el- are one particle. */
  public static String surnameKey(String[] tok) {
    return NameTokens.surnameKey(tok);
  }

  static int lastNameToken(String[] tok) {
    return NameTokens.lastNameToken(tok);
  }
}
