package org.actorgraph.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.actorgraph.analysis.ArticleAnalyzer;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.nlp.TextAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A lone surname meets a registry person only when a title or the country fits the article. */
class RegistryContextTest {
  private static final String REGISTRY = "id\tname\ttype\taliases\tcountry\trole\twikidata_id\tgender\n"
      + "hal-crenshaw\tHal Crenshaw\tPERSON\tCrenshaw\tUSA\tUnited States Senator from Ohio (Republican)\tQ1\tM\n"
      + "nora-delgado\tNora Delgado\tPERSON\t\tUSA\tUnited States Representative from Texas (Democrat)\t\tF\n"
      + "ohio\tOhio\tLOCATION\t\tUSA\tstate\t\t\n"
      + "scotland\tScotland\tLOCATION\tScottish\tGBR\tcountry of the United Kingdom\t\t\n";
  private static ArticleAnalyzer analyzer;

  @BeforeAll
  static void models() {
    analyzer = new ArticleAnalyzer(new TextAnnotator(), ActorRegistry.of(new StringReader(REGISTRY)));
  }

  private static Mention first(String text, String surface) {
    List<Mention> ms = analyzer.analyze(Article.of("r" + text.hashCode(), text)).mentions;
    return ms.stream().filter(m -> m.surface.equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError(surface + " not in " + ms));
  }

  @Test
  void aLoneSurnameFromAnotherCountryStaysInItsDocument() {
    Mention m = first("Crenshaw said the Scottish government would act on Monday.", "Crenshaw");
    assertThat(m.actorId).startsWith("per:crenshav@");
    assertThat(m.resolution).isEqualTo("document");
  }

  @Test
  void aFittingTitleMeetsTheRegistryPerson() {
    Mention m = first("Senator Crenshaw said the bill would pass.", "Crenshaw");
    assertThat(m.actorId).isEqualTo("hal-crenshaw");
    assertThat(m.resolution).isEqualTo("registry");
  }

  @Test
  void thePersonsCountryInTheArticleMeetsTheRegistryPerson() {
    assertThat(first("Crenshaw said farmers in Ohio would gain.", "Crenshaw").actorId)
        .isEqualTo("hal-crenshaw");
  }

  @Test
  void aSurnameOutsideTheAliasesNeedsAFittingTitle() {
    assertThat(first("Congresswoman Delgado said the vote was close.", "Delgado").actorId)
        .isEqualTo("nora-delgado");
    // the country alone is not enough for a surname the registry does not list
    assertThat(first("Farmers in Ohio would gain, Mr. Delgado said.", "Delgado").actorId).startsWith("per:delgado@");
  }

  @Test
  void aFullNameNeedsNoContext() {
    Mention m = first("Hal Crenshaw spoke in Edinburgh on Monday.", "Hal Crenshaw");
    assertThat(m.actorId).isEqualTo("hal-crenshaw");
    assertThat(ActorRegistry.of(new StringReader(REGISTRY)).byId("hal-crenshaw").wikidataId).isEqualTo("Q1");
  }

  @Test
  void anInstitutionNounIsTheInstitutionOfTheArticlesCountry() {
    ArticleAnalyzer d = new ArticleAnalyzer(new TextAnnotator(), ActorRegistry.defaults());
    List<Mention> uk = d.analyze(Article.of("uk1",
        "Critics in London said Parliament was silenced. Keir Starmer said Parliament must sit.")).mentions;
    assertThat(uk.stream().filter(m -> m.surface.equals("Parliament")).map(m -> m.actorId))
        .containsOnly("uk-parliament");
    // no country dominates: the Senate stays this article's own
    List<Mention> mixed = d.analyze(Article.of("mx1",
        "Officials in Washington and in Ottawa watched as the Senate voted on Monday.")).mentions;
    assertThat(mixed.stream().filter(m -> m.surface.equals("Senate")).map(m -> m.actorId))
        .isNotEmpty().allMatch(id -> id.startsWith("org:senate@"));
  }
}
