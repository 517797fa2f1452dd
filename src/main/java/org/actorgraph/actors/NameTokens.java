package org.actorgraph.actors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.nlp.Lexicon;

/** Static tests on name tokens: where a surname starts, its key, capitals, particles, org words. */
final class NameTokens {

  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
  /** Particles inside personal names: "Ursula von der Leyen", "Bashar al-Assad". */
  static final Set<String> NAME_PARTICLES =
      Set.of("von", "der", "van", "de", "da", "del", "di", "bin", "al", "el", "la", "le", "du", "dos");
  /** Head words of organisations and facilities, from org-words.txt. */
  private static final Set<String> ORG_WORDS =
      new HashSet<>(Lexicon.lines(NameTokens.class, "/org/actorgraph/actors/org-words.txt"));

  private NameTokens() {}

  /** True when the text from token {@code i} on, past hyphens, starts with a capital. */
  static boolean upperAfterHyphen(String[] tok, int i) {
    for (int k = i; k < tok.length; k++) {
      String w = tok[k].replaceAll("^[-‐‑]+", "");
      if (!w.isEmpty()) {
        return Character.isUpperCase(w.charAt(0));
      }
    }
    return false;
  }

  /** How many tokens from {@code from} on spell {@code joined} ("Won", "-", "soon": 3). */
  static int tokensIn(String[] t, int from, String joined) {
    int len = 0;
    int n = 0;
    while (from + n < t.length && len < joined.length()) {
      len += t[from + n].length();
      n++;
    }
    return n;
  }

  static boolean looksLikePerson(String[] tok, int from, int to) {
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

  static boolean hasOrgWord(String[] tok, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ORG_WORDS.contains(NameKeys.lower(tok[i]))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasLetters(String[] tok, int from, int to) {
    for (int i = from; i < to; i++) {
      if (hasLetterOrDigit(tok[i])) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code part} is a run of {@code whole}'s tokens (folded). */
  static boolean contains(String[] whole, String[] part) {
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

  /** True when a name token from {@code from} on has the variant key of {@code w}. */
  static boolean hasKey(String[] tok, int from, String w) {
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

  static boolean givenCompatible(String a, String b) {
    if (NameKeys.isInitials(a) || NameKeys.isInitials(b)) {
      String fa = NameKeys.fold(a);
      String fb = NameKeys.fold(b);
      return !fa.isEmpty() && !fb.isEmpty() && fa.charAt(0) == fb.charAt(0);
    }
    return NameKeys.variantKey(a).equals(NameKeys.variantKey(b));
  }

  static boolean isFullName(String[] tok) {
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
  static String surnameKey(String[] tok) {
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

  static boolean isAcronym(String w) {
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

  static boolean startsUpper(String w) {
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
  }

  static boolean endsName(String w) {
    return hasLetterOrDigit(w);
  }

  static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isPossessive(String w) {
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
