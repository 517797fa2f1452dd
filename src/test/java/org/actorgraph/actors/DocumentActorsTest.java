package org.actorgraph.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.actorgraph.analysis.ArticleAnalyzer;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.model.EntityType;
import org.actorgraph.nlp.TextAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-document and cross-document resolution rules, on sentences written for them. */
class DocumentActorsTest {
  private static final String HEADER = "id\tname\ttype\taliases\tcountry\trole\n";
  private static TextAnnotator annotator;
  private static ArticleAnalyzer defaults;
  /** No registry at all: only the in-document rules and the variant keys are at work. */
  private static ArticleAnalyzer bare;

  @BeforeAll
  static void models() {
    annotator = new TextAnnotator();
    defaults = new ArticleAnalyzer(annotator, ActorRegistry.defaults());
    bare = new ArticleAnalyzer(annotator, ActorRegistry.of(new StringReader(HEADER)));
  }

  private static List<Mention> mentions(ArticleAnalyzer a, String docId, String text) {
    return a.analyze(Article.of(docId, text)).mentions;
  }

  private static List<Mention> named(List<Mention> ms, String surface) {
    return ms.stream().filter(m -> m.surface.equals(surface)).collect(Collectors.toList());
  }

  private static String id(List<Mention> ms, String surface) {
    List<Mention> found = named(ms, surface);
    assertThat(found).as("mention '%s' in %s", surface, ms).isNotEmpty();
    return found.get(0).actorId;
  }

  @Test
  void fullNameThenSurnameIsOneActor() {
    List<Mention> ms = mentions(bare, "d1",
        "Canadian opposition leader Pierre Poilievre spoke in Ottawa on Monday. "
            + "Poilievre said his party would vote against the budget.");
    assertThat(id(ms, "Poilievre")).isEqualTo(id(ms, "Pierre Poilievre")).startsWith("per:poil").endsWith(".p");
  }

  @Test
  void mrAndPossessiveJoinTheFullName() {
    List<Mention> ms = mentions(bare, "d2",
        "Foreign Minister Dmytro Kuleba arrived in Berlin on Tuesday. "
            + "Mr Kuleba met his German counterpart. Kuleba's visit lasted two days.");
    String kuleba = id(ms, "Dmytro Kuleba");
    assertThat(named(ms, "Kuleba")).hasSize(2).allSatisfy(m -> assertThat(m.actorId).isEqualTo(kuleba));
    assertThat(ms).noneMatch(m -> m.surface.contains("Mr") || m.surface.endsWith("'s"));
    assertThat(named(ms, "Dmytro Kuleba").get(0).title).isEqualTo("foreign minister");
  }

  @Test
  void initialsJoinTheFullName() {
    List<Mention> ms = mentions(defaults, "d3",
        "U.S. Vice President JD Vance spoke in Munich. J.D. Vance later met Friedrich Merz. "
            + "Vance said the talks went well.");
    assertThat(ms).filteredOn(m -> m.surface.contains("Vance"))
        .hasSize(3).allSatisfy(m -> assertThat(m.actorId).isEqualTo("jd-vance"));
    List<Mention> bareMs = mentions(bare, "d3b",
        "Pierre Poilievre spoke in Ottawa. P. Poilievre then left for Toronto.");
    assertThat(id(bareMs, "P. Poilievre")).isEqualTo(id(bareMs, "Pierre Poilievre"));
  }

  @Test
  void aSurnameSharedByTwoPeopleStaysAmbiguous() {
    List<Mention> ms = mentions(defaults, "d4",
        "Former President Bill Clinton and former Secretary of State Hillary Clinton arrived "
            + "in New York on Wednesday. \"We have more work to do,\" Clinton said.");
    assertThat(id(ms, "Bill Clinton")).isEqualTo("bill-clinton");
    assertThat(id(ms, "Hillary Clinton")).isEqualTo("hillary-clinton");
    assertThat(named(ms, "Clinton")).hasSize(1).allSatisfy(m -> assertThat(m.actorId).isNull());
  }

  @Test
  void aSurnameGoesToThePersonTheArticleIsAbout() {
    // the main person is named in full three times, the namesake once: "Okafor" is the main one
    List<Mention> ms = mentions(bare, "d4b",
        "Maria Okafor won the mayoral race in Lagos on Sunday. Maria Okafor thanked her voters. "
            + "Her brother John Okafor managed the campaign. Maria Okafor takes office in May. "
            + "Okafor said the first task was the water supply.");
    assertThat(named(ms, "Okafor")).hasSize(1)
        .allSatisfy(m -> assertThat(m.actorId).isEqualTo(id(ms, "Maria Okafor")));
  }

  @Test
  void transliterationsShareOneKeyAcrossDocuments() {
    assertThat(NameKeys.variantKey("Zelenskyy"))
        .isEqualTo(NameKeys.variantKey("Zelensky"))
        .isEqualTo(NameKeys.variantKey("Zelenskiy"))
        .isEqualTo(NameKeys.variantKey("Zelenskyi"));
    assertThat(NameKeys.variantKey("Medwedew")).isEqualTo(NameKeys.variantKey("Medvedev"));
    assertThat(NameKeys.variantKey("Podoliak")).isEqualTo(NameKeys.variantKey("Podolyak"));
    assertThat(NameKeys.variantKey("Šefčovič")).isEqualTo(NameKeys.variantKey("Sefcovic"));
    // no registry: the key alone merges the three spellings of three documents
    String a = id(mentions(bare, "a", "Ukrainian President Volodymyr Zelensky told reporters in Kyiv on Monday that talks would resume."), "Volodymyr Zelensky");
    String b = id(mentions(bare, "b", "Ukrainian President Volodymyr Zelenskyy told reporters in Kyiv on Monday that talks would resume."), "Volodymyr Zelenskyy");
    String c = id(mentions(bare, "c", "Ukrainian President Volodymyr Zelenskiy told reporters in Kyiv on Monday that talks would resume."), "Volodymyr Zelenskiy");
    assertThat(a).isEqualTo(b).isEqualTo(c).startsWith("per:");
  }

  @Test
  void aLoneSurnameIsNotMergedAcrossDocuments() {
    String text = "Foreign Minister Kuleba said in Kyiv on Monday that the talks would resume.";
    String a = id(mentions(bare, "doc-a", text), "Kuleba");
    String b = id(mentions(bare, "doc-b", text), "Kuleba");
    assertThat(a).startsWith("per:").contains("@");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void demonymsAndMetonymsAreCountriesAndInstitutionsNotPersons() {
    List<Mention> ms = mentions(defaults, "d6",
        "Russian officials met in Moscow. The Kremlin said Russia was ready for talks.");
    assertThat(named(ms, "Russian")).singleElement().satisfies(m -> {
      assertThat(m.actorId).isEqualTo("russia");
      assertThat(m.type).isEqualTo(EntityType.LOCATION);
    });
    assertThat(id(ms, "Russia")).isEqualTo("russia");
    assertThat(named(ms, "Kremlin")).singleElement().satisfies(m -> {
      assertThat(m.actorId).isEqualTo("kremlin");
      assertThat(m.type).isEqualTo(EntityType.ORGANIZATION);
    });
    assertThat(ms).noneMatch(m -> m.type == EntityType.PERSON);
  }

  @Test
  void photoCreditsAreNotMentions() {
    List<Mention> ms = mentions(defaults, "d7",
        "Mayor Vitali Klitschko said schools would close on Monday.\n\n"
            + "Residents clear snow in central Kyiv on January 20, 2025. (Sergei Supinsky/AFP via Getty Images)");
    assertThat(ms).noneMatch(m -> m.surface.contains("Supinsky") || m.surface.contains("AFP")
        || m.surface.contains("Getty"));
  }

  @Test
  void titlesRunTogetherWithNamesAreSplit() {
    List<Mention> ms = mentions(defaults, "d8",
        "Senate Minority Leader Chuck Schumer said on Friday he would vote for the bill. "
            + "Fed Chair Jerome Powell declined to comment.");
    assertThat(id(ms, "Chuck Schumer")).isEqualTo("chuck-schumer");
    assertThat(named(ms, "Chuck Schumer").get(0).title).isEqualTo("minority leader");
    assertThat(id(ms, "Jerome Powell")).isEqualTo("jerome-powell");
    assertThat(id(ms, "Fed")).isEqualTo("federal-reserve");
  }

  @Test
  void acronymsAreCaseSensitive() {
    ActorRegistry r = ActorRegistry.defaults();
    assertThat(r.lookup("WHO").id).isEqualTo("who");
    assertThat(r.lookup("Who")).isNull();
    List<Mention> ms = mentions(defaults, "d9",
        "\"Who pays the price? Children do,\" the WHO said in Geneva on Thursday.");
    assertThat(named(ms, "Who")).isEmpty();
    assertThat(id(ms, "WHO")).isEqualTo("who");
  }

  @Test
  void genericInstitutionsStayInTheirDocument() {
    String a = id(mentions(bare, "pr", "The Senate of Puerto Rico met. The Senate voted on Monday."), "Senate");
    String b = id(mentions(bare, "us", "The Senate voted on Monday to pass the bill."), "Senate");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void aUserFileOverridesAndExtendsTheDefaultRegistry(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("actors.tsv");
    Files.writeString(file, HEADER
        + "vladimir-putin\tVladimir V. Putin\tPERSON\tPutin|VVP\tRUS\tPresident of Russia\n"
        + "pierre-poilievre\tPierre Poilievre\tPERSON\tPoilievre\tCAN\tLeader of the Conservative Party of Canada\n",
        StandardCharsets.UTF_8);
    ActorRegistry r = ActorRegistry.withUserFile(file.toString());
    assertThat(r.byId("vladimir-putin").name).isEqualTo("Vladimir V. Putin");
    assertThat(r.lookup("VVP").id).isEqualTo("vladimir-putin");
    assertThat(r.lookup("Poilievre").id).isEqualTo("pierre-poilievre");
    assertThat(r.lookup("Emmanuel Macron").id).isEqualTo("emmanuel-macron"); // defaults kept
    assertThat(r.size()).isEqualTo(ActorRegistry.defaults().size() + 1);
    List<Mention> ms = mentions(new ArticleAnalyzer(annotator, r), "d10",
        "Poilievre spoke in Ottawa on Monday.");
    assertThat(id(ms, "Poilievre")).isEqualTo("pierre-poilievre");
  }
}
