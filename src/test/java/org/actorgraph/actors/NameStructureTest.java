package org.actorgraph.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.actorgraph.analysis.ArticleAnalyzer;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.model.EntityType;
import org.actorgraph.nlp.TextAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Name structure in actor resolution, one class of names per test, on invented names. */
class NameStructureTest {
  private static ArticleAnalyzer defaults;
  private static ArticleAnalyzer bare;

  @BeforeAll
  static void models() {
    TextAnnotator annotator = new TextAnnotator();
    defaults = new ArticleAnalyzer(annotator, ActorRegistry.defaults());
    bare = new ArticleAnalyzer(annotator,
        ActorRegistry.of(new StringReader("id\tname\ttype\taliases\tcountry\trole\n")));
  }

  private static List<Mention> mentions(ArticleAnalyzer a, String text) {
    return a.analyze(Article.of("n" + text.hashCode(), text)).mentions;
  }

  private static Mention one(List<Mention> ms, String surface) {
    List<Mention> found = ms.stream().filter(m -> m.surface.equals(surface)).collect(Collectors.toList());
    assertThat(found).as("mention '%s' in %s", surface, ms).isNotEmpty();
    return found.get(0);
  }

  private static List<String> surfaces(List<Mention> ms) {
    return ms.stream().map(m -> m.surface).collect(Collectors.toList());
  }

  @Test
  void hyphenatedSurnameIsKeptWhole() {
    List<Mention> ms = mentions(bare,
        "Ana Ruiz-Molina, the mayor, spoke on Monday. Ruiz-Molina said the budget was fair.");
    Mention full = one(ms, "Ana Ruiz-Molina");
    assertThat(full.type).isEqualTo(EntityType.PERSON);
    assertThat(full.actorId).isEqualTo("per:ruizmolina.a");
    assertThat(one(ms, "Ruiz-Molina").actorId).isEqualTo(full.actorId);
  }

  @Test
  void particleSurnameIsKeptWhole() {
    List<Mention> ms = mentions(bare,
        "The minister Jan van der Berg arrived on Monday. Van der Berg said the talks went well.");
    Mention full = one(ms, "Jan van der Berg");
    assertThat(full.actorId).isEqualTo("per:vanderberg.j");
    // the particles the tagger leaves out belong to the surname, not to a given name "Van"
    assertThat(one(ms, "Van der Berg").actorId).isEqualTo(full.actorId);
  }

  @Test
  void peerageTitlesAreTitlesAndJoinTheFullName() {
    List<Mention> ms = mentions(bare,
        "Baroness Oakfield told peers the plan would fail. Margaret Oakfield has led the committee "
            + "since 2015. Edwin Tremaine sat in the upper house. Lord Tremaine said the bill was flawed.");
    Mention baroness = one(ms, "Oakfield");
    assertThat(baroness.type).isEqualTo(EntityType.PERSON);
    assertThat(baroness.title).isEqualTo("baroness");
    assertThat(baroness.actorId).isEqualTo(one(ms, "Margaret Oakfield").actorId).isEqualTo("per:oakfild.m");
    assertThat(one(ms, "Tremaine").actorId).isEqualTo(one(ms, "Edwin Tremaine").actorId);
  }

  @Test
  void aTitleAloneIsNeverAGivenName() {
    List<Mention> ms = mentions(bare, "Lord Tremaine said the bill was flawed. Dame Wexley agreed.");
    assertThat(surfaces(ms)).contains("Tremaine").doesNotContain("Lord Tremaine");
    // no full name in the article: a document-local actor, not "per:tremaine.l"
    assertThat(one(ms, "Tremaine").actorId).startsWith("per:tremaine@");
    assertThat(one(ms, "Tremaine").resolution).isEqualTo("document");
  }

  @Test
  void partyWordsGoToTheRoleNotTheName() {
    List<Mention> ms = mentions(defaults,
        "Liberal Democrat Tomas Brightwell criticised the plan. Labour MP Rosa Delgarno said the vote "
            + "was lost. Republican Senator Hal Crenshaw voted against it. Brightwell and Delgarno agreed.");
    Mention tomas = one(ms, "Tomas Brightwell");
    assertThat(tomas.type).isEqualTo(EntityType.PERSON);
    assertThat(tomas.title).isEqualTo("liberal democrat");
    assertThat(one(ms, "Brightwell").actorId).isEqualTo(tomas.actorId);
    assertThat(one(ms, "Rosa Delgarno").title).isEqualTo("labour mp");
    assertThat(one(ms, "Hal Crenshaw").title).isEqualTo("republican senator");
    // the party words make no actor of their own
    assertThat(surfaces(ms)).doesNotContain("Labour", "Liberal Democrat", "Republican",
        "Liberal Democrat Tomas Brightwell");
    assertThat(ms).noneMatch(m -> m.type == EntityType.ORGANIZATION);
  }

  @Test
  void aPartyNamedBeforeALeaderTitleStaysTheParty() {
    List<Mention> ms = mentions(defaults, "Labour leader Rosa Delgarno spoke in Leeds.");
    assertThat(one(ms, "Labour").actorId).isEqualTo("labour-party");
  }

  @Test
  void nationalityStaysTheCountryAndGoesToTheRole() {
    List<Mention> ms = mentions(defaults, "French President Emmanuel Macron met the press.");
    assertThat(one(ms, "French").actorId).isEqualTo("france");
    assertThat(one(ms, "Emmanuel Macron").title).isEqualTo("french president");
  }

  @Test
  void aPersonTitleBeforeANameMakesAPerson() {
    List<Mention> ms = mentions(bare, "Gov. Carl Wendt and Dr Selina Okafor attended the hearing.");
    assertThat(one(ms, "Carl Wendt").type).isEqualTo(EntityType.PERSON);
    assertThat(one(ms, "Selina Okafor").title).isEqualTo("dr");
  }

  @Test
  void twoPeopleWithOneSurnameAndInitialStayApart() {
    List<Mention> ms = mentions(bare,
        "Valery Tsapkala fled the country. His wife Veranika Tsapkala spoke at the rally.");
    assertThat(one(ms, "Valery Tsapkala").actorId).isNotEqualTo(one(ms, "Veranika Tsapkala").actorId)
        .startsWith("per:tsapkala.");
  }

  @Test
  void untaggedInstitutionNounsJoinTheInstitutionNamedInFull() {
    List<Mention> ms = mentions(defaults,
        "The Parliament of the United Kingdom will sit in October. Critics said Parliament was "
            + "silenced. Parliament returns on Monday.");
    String id = one(ms, "Parliament of the United Kingdom").actorId;
    assertThat(ms.stream().filter(m -> m.surface.equals("Parliament")).map(m -> m.actorId))
        .hasSize(2).containsOnly(id);
    List<Mention> alone = mentions(bare, "Critics said Parliament was silenced on Monday.");
    assertThat(one(alone, "Parliament").actorId).startsWith("org:parliament@");
  }

  @Test
  void aHyphenatedGivenNameAfterTheFamilyName() {
    List<Mention> ms = mentions(bare,
        "Kang Min-seo, the mayor of the city, was re-elected on Sunday. Kang thanked the voters.");
    Mention full = one(ms, "Kang Min-seo");
    assertThat(full.type).isEqualTo(EntityType.PERSON);
    assertThat(full.actorId).isEqualTo("per:kang.m");
    assertThat(one(ms, "Kang").actorId).isEqualTo(full.actorId);
  }

  @Test
  void aNameCutAtLowercaseParticlesIsOneName() {
    List<Mention> ms = mentions(bare,
        "On Friday, Tariq bin Hamdan, the ruler of the island, died aged 79.");
    Mention full = one(ms, "Tariq bin Hamdan");
    assertThat(full.type).isEqualTo(EntityType.PERSON);
    // the given name is Tariq, not a document-local surname "Hamdan"
    assertThat(full.actorId).isEqualTo("per:binhamdan.t");
    assertThat(surfaces(ms)).doesNotContain("Hamdan");
  }

  @Test
  void aHyphenatedAdjectiveStaysTheCountry() {
    List<Mention> ms = mentions(defaults, "It was a British-backed plan, officials in London said.");
    assertThat(one(ms, "British").actorId).isEqualTo("united-kingdom");
  }
}
