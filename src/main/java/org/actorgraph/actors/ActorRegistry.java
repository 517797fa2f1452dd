package org.actorgraph.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.model.EntityType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Known actors with ids, canonical names and aliases: the default registry shipped in resources,
 * optionally extended or overridden by a user's file in the same TSV format
 * ({@code id, name, type, aliases, country, role}, optionally {@code wikidata_id, gender}; aliases
 * separated by {@code |}).
 */
public final class ActorRegistry implements Serializable {
  public static final String DEFAULT_RESOURCE = "/org/actorgraph/actors/registry.tsv";

  /** One known actor. */
  public static final class Entry implements Serializable {
    public final String id;
    public final String name;
    public final EntityType type;
    public final List<String> aliases;
    public final @Nullable String country;
    public final @Nullable String role;
    /** Wikidata item ("Q1234"), null if unknown. */
    public final @Nullable String wikidataId;
    /** Gender as the source gives it (F, M), null if unknown or not a person. */
    public final @Nullable String gender;

    Entry(String id, String name, EntityType type, List<String> aliases, @Nullable String country,
        @Nullable String role, @Nullable String wikidataId, @Nullable String gender) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.aliases = aliases;
      this.country = country;
      this.role = role;
      this.wikidataId = wikidataId;
      this.gender = gender;
    }

    @Override
    public String toString() {
      return id + "(" + name + ")";
    }
  }

  private final Map<String, Entry> byId;
  /** Folded alias to entry; aliases shared by two entries map to none (ambiguous). */
  private final Map<String, Entry> byAlias;
  /** Keys of acronym aliases (WHO, US, ICE): these match only text in capitals. */
  private final Set<String> acronymKeys;
  private final int maxAliasTokens;
  /** Variant key of a person's surname to the one person with it; shared surnames map to none. */
  private final Map<String, Entry> bySurname;

  private ActorRegistry(Map<String, Entry> byId) {
    this.byId = byId;
    Map<String, Entry> surnames = new HashMap<>();
    Set<String> sharedSurnames = new HashSet<>();
    for (Entry e : byId.values()) {
      String[] words = e.name.split("\\s+");
      if (e.type != EntityType.PERSON || words.length < 2) {
        continue;
      }
      String key = NameKeys.variantKey(words[DocumentActors.lastNameToken(words)]);
      Entry prev = surnames.putIfAbsent(key, e);
      if (prev != null && prev != e) {
        sharedSurnames.add(key);
      }
    }
    sharedSurnames.forEach(surnames::remove);
    this.bySurname = surnames;
    Map<String, Entry> alias = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    Set<String> acronyms = new HashSet<>();
    int maxTokens = 1;
    for (Entry e : byId.values()) {
      List<String> forms = new ArrayList<>(e.aliases);
      forms.add(e.name);
      for (String form : forms) {
        String key = NameKeys.fold(form);
        if (key.isEmpty()) {
          continue;
        }
        maxTokens = Math.max(maxTokens, key.split(" ").length);
        if (isAcronym(form)) {
          acronyms.add(key);
        }
        Entry prev = alias.putIfAbsent(key, e);
        if (prev != null && prev != e) {
          // a canonical name wins over another entry's alias; otherwise the form is ambiguous
          if (NameKeys.fold(e.name).equals(key) && !NameKeys.fold(prev.name).equals(key)) {
            alias.put(key, e);
          } else if (!NameKeys.fold(prev.name).equals(key)) {
            ambiguous.add(key);
          }
        }
      }
    }
    ambiguous.forEach(alias::remove);
    this.byAlias = alias;
    this.acronymKeys = acronyms;
    this.maxAliasTokens = maxTokens;
  }

  /** All letters capitals, at most six of them: "WHO", "U.S.", "NATO". */
  static boolean isAcronym(String form) {
    int letters = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '&') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }

  private static final class Default {
    static final ActorRegistry INSTANCE = new ActorRegistry(readResource(DEFAULT_RESOURCE));
  }

  /** The registry shipped with the job. */
  public static ActorRegistry defaults() {
    return Default.INSTANCE;
  }

  /** The default registry with a user's file on top: same ids override, new ids add. */
  public static ActorRegistry withUserFile(@Nullable String path) {
    if (path == null || path.isBlank()) {
      return defaults();
    }
    Map<String, Entry> entries = new LinkedHashMap<>(readResource(DEFAULT_RESOURCE));
    try (Reader r = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
      entries.putAll(read(r, path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor registry " + path, e);
    }
    return new ActorRegistry(entries);
  }

  /** A registry of exactly the entries in a TSV text, for tests. */
  public static ActorRegistry of(Reader tsv) {
    try {
      return new ActorRegistry(read(tsv, "<reader>"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Entry> readResource(String resource) {
    try (InputStream in = ActorRegistry.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("actor registry not on the classpath: " + resource);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static Map<String, Entry> read(Reader reader, String where) throws IOException {
    CSVFormat tsv =
        CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
            .setIgnoreEmptyLines(true).setTrim(true).get();
    Map<String, Entry> out = new LinkedHashMap<>();
    for (CSVRecord rec : tsv.parse(reader)) {
      String id = rec.get("id");
      String name = rec.get("name");
      EntityType type = EntityType.fromLabel(rec.get("type"));
      if (id.isEmpty() || name.isEmpty() || type == null) {
        throw new IllegalArgumentException(
            where + " line " + rec.getRecordNumber() + ": id, name and a type of PERSON, "
                + "ORGANIZATION or LOCATION are required");
      }
      List<String> aliases = new ArrayList<>();
      String a = rec.isMapped("aliases") ? rec.get("aliases") : "";
      for (String alias : a.split("\\|")) {
        if (!alias.isBlank()) {
          aliases.add(alias.strip());
        }
      }
      out.put(id, new Entry(id, name, type, Collections.unmodifiableList(aliases),
          blankToNull(rec.isMapped("country") ? rec.get("country") : null),
          optional(rec, "role"), optional(rec, "wikidata_id"), optional(rec, "gender")));
    }
    return out;
  }

  private static @Nullable String optional(CSVRecord rec, String column) {
    return rec.isMapped(column) && rec.isSet(column) ? blankToNull(rec.get(column)) : null;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public @Nullable Entry byId(String id) {
    return byId.get(id);
  }

  /** The entry whose name or alias folds to the same key as {@code surface}; null if none. */
  public @Nullable Entry lookup(String surface) {
    String key = NameKeys.fold(surface);
    if (acronymKeys.contains(key) && !isAcronym(surface.replace(" ", ""))) {
      return null; // "Who" and "us" are words, "WHO" and "US" are actors
    }
    return byAlias.get(key);
  }

  /** The one person whose surname has this variant key; null if none or several. */
  public @Nullable Entry bySurname(String surname) {
    return bySurname.get(NameKeys.variantKey(surname));
  }

  /**
   * The one organisation of {@code country} whose name or an alias holds the institution noun
   * {@code word} ("parliament" in GBR: UK Parliament), parties left out; null if none or several.
   */
  public @Nullable Entry institution(String country, String word) {
    Entry found = null;
    for (Entry e : byId.values()) {
      if (e.type != EntityType.ORGANIZATION || !country.equals(e.country)
          || e.role != null && e.role.contains("party")) {
        continue;
      }
      List<String> forms = new ArrayList<>(e.aliases);
      forms.add(e.name);
      for (String f : forms) {
        if ((" " + NameKeys.fold(f) + " ").contains(" " + word + " ")) {
          if (found != null && found != e) {
            return null;
          }
          found = e;
          break;
        }
      }
    }
    return found;
  }

  /** The longest alias, in tokens, for the dictionary matcher's window. */
  public int maxAliasTokens() {
    return maxAliasTokens;
  }

  public int size() {
    return byId.size();
  }
}
