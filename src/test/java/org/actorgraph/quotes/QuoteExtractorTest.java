package org.actorgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.actorgraph.analysis.ArticleAnalyzer;
import org.actorgraph.model.AnalyzedArticle;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Statement;
import org.actorgraph.model.Statement.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every pattern of the attribution scope, on sentences written for the test. */
class QuoteExtractorTest {

  private static ArticleAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = ArticleAnalyzer.withDefaults();
  }

  /** A body paragraph first so that the text is not mistaken for a headline. */
  private static final String LEAD = "The meeting took place in the capital on Monday.\n\n";

  private static AnalyzedArticle run(String text) {
    return analyzer.analyze(Article.of("t", LEAD + text));
  }

  private static List<Statement> statements(String text) {
    return run(text).statements;
  }

  private static Statement only(String text) {
    List<Statement> st = statements(text);
    assertThat(st).as("statements of %s", text).hasSize(1);
    return st.get(0);
  }

  private static void speaker(Statement s, String name) {
    assertThat(s.speakerName).as("speaker of %s", s).isNotNull().contains(name);
    assertThat(s.actorId).as("actor of %s", s).isNotNull();
  }

  // ---------------------------------------------------------------- quotation marks

  @Test
  void curlyQuotes() {
    Statement s = only("“We will not retreat from our position,” Vladimir Putin said on Tuesday.");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.text).isEqualTo("We will not retreat from our position,");
    assertThat(s.cue).isEqualTo("said");
    assertThat(s.speakerSurface).isEqualTo("Vladimir Putin");
    speaker(s, "Putin");
    assertThat(s.confidence).isBetween(0.0, 1.0);
  }

  @Test
  void straightQuotes() {
    Statement s = only("\"The economy is stronger than it has ever been,\" Joe Biden said.");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.text).startsWith("The economy is stronger");
    speaker(s, "Biden");
  }

  @Test
  void singleQuotesAndInvertedOrder() {
    Statement s = only("‘We are ready for the talks to begin,’ said Emmanuel Macron.");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.text).startsWith("We are ready");
    speaker(s, "Macron");
    // the spans point into the text
    String t = LEAD + "‘We are ready for the talks to begin,’ said Emmanuel Macron.";
    assertThat(t.substring(s.begin, s.end)).isEqualTo(s.text);
    assertThat(t.substring(s.cueBegin, s.cueEnd)).isEqualTo("said");
    assertThat(t.substring(s.speakerBegin, s.speakerEnd)).isEqualTo("Emmanuel Macron");
  }

  @Test
  void guillemets() {
    Statement s = only("«We will never give in to this kind of pressure,» Olaf Scholz said.");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.text).startsWith("We will never give in");
    speaker(s, "Scholz");
  }

  @Test
  void quoteSplitByItsCueIsOneStatement() {
    Statement s = only("“The first priority is the economy,” Angela Merkel said. “The second one is"
        + " the climate.”");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.text).isEqualTo("The first priority is the economy, … The second one is the climate.");
    speaker(s, "Merkel");
  }

  @Test
  void quoteContinuedAcrossParagraphs() {
    Statement s = only("Angela Merkel said: “The first point is that we must act together in Europe.\n\n"
        + "“The second point is that we have no time to lose.”");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.text).startsWith("The first point").endsWith("no time to lose.");
    speaker(s, "Merkel");
  }

  @Test
  void speakerCarriedToTheFollowingQuoteParagraph() {
    // right after the quote and its cue, the next quote paragraph continues the statement
    Statement s = only("“We have done everything we could for the alliance,” Jens Stoltenberg"
        + " said.\n\n“Now it is up to the allies to decide what comes next.”");
    assertThat(s.text).startsWith("We have done").endsWith("what comes next.");
    speaker(s, "Stoltenberg");
    // after other text, it is a statement of its own with the carried speaker
    List<Statement> st = statements("“We have done everything we could for the alliance,” Jens Stoltenberg"
        + " said. The talks went on until late at night.\n\n"
        + "“Now it is up to the allies to decide what comes next.”");
    assertThat(st).hasSize(2);
    speaker(st.get(0), "Stoltenberg");
    speaker(st.get(1), "Stoltenberg");
    assertThat(st.get(1).actorId).isEqualTo(st.get(0).actorId);
  }

  @Test
  void partialQuotation() {
    Statement s = only("Boris Johnson said the agreement was “a great moment” for the country.");
    assertThat(s.kind).isEqualTo(Kind.PARTIAL);
    assertThat(s.text).isEqualTo("the agreement was “a great moment” for the country");
    speaker(s, "Johnson");
  }

  // ---------------------------------------------------------------- reported speech

  @Test
  void saidThat() {
    Statement s = only("Emmanuel Macron said that France would send more aid to Ukraine.");
    assertThat(s.kind).isEqualTo(Kind.INDIRECT);
    assertThat(s.text).isEqualTo("France would send more aid to Ukraine");
    speaker(s, "Macron");
  }

  @Test
  void saidWithoutThat() {
    Statement s = only("Emmanuel Macron said France would send more aid to Ukraine.");
    assertThat(s.kind).isEqualTo(Kind.INDIRECT);
    assertThat(s.text).isEqualTo("France would send more aid to Ukraine");
  }

  @Test
  void toldReporters() {
    Statement s = only("Donald Trump told reporters the tariffs would stay in place.");
    assertThat(s.kind).isEqualTo(Kind.INDIRECT);
    assertThat(s.text).isEqualTo("the tariffs would stay in place");
    assertThat(s.cue).isEqualTo("told");
    speaker(s, "Trump");
  }

  @Test
  void accordingToFirst() {
    Statement s = only("According to Olaf Scholz, the coalition will survive the winter.");
    assertThat(s.kind).isEqualTo(Kind.INDIRECT);
    assertThat(s.text).isEqualTo("the coalition will survive the winter");
    assertThat(s.cue).isEqualTo("According to");
    speaker(s, "Scholz");
  }

  @Test
  void accordingToLast() {
    Statement s = only("The coalition will survive the winter, according to Olaf Scholz.");
    assertThat(s.text).isEqualTo("The coalition will survive the winter");
    speaker(s, "Scholz");
  }

  @Test
  void spokesmanSpeaksForTheNamedActor() {
    AnalyzedArticle a = run("Vladimir Putin was in Moscow. Putin’s spokesman said the Kremlin had not"
        + " received the letter.");
    assertThat(a.statements).hasSize(1);
    Statement s = a.statements.get(0);
    assertThat(s.kind).isEqualTo(Kind.INDIRECT);
    assertThat(s.text).isEqualTo("the Kremlin had not received the letter");
    assertThat(s.speakerSurface).isEqualTo("Putin’s spokesman");
    assertThat(s.actorId).isEqualTo(actorOf(a, "Vladimir Putin"));
  }

  @Test
  void clauseThenSpeakerSaid() {
    Statement s = only("The talks will resume in Geneva next week, Antony Blinken said.");
    assertThat(s.kind).isEqualTo(Kind.INDIRECT);
    assertThat(s.text).isEqualTo("The talks will resume in Geneva next week");
    speaker(s, "Blinken");
  }

  @Test
  void clauseThenSaidSpeaker() {
    Statement s = only("The talks will resume in Geneva next week, said Antony Blinken.");
    assertThat(s.text).isEqualTo("The talks will resume in Geneva next week");
    speaker(s, "Blinken");
  }

  @Test
  void speakerColonQuote() {
    Statement s = only("Volodymyr Zelensky: “We will defend every city and every village.”");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.cue).isEqualTo(":");
    speaker(s, "Zelensky");
  }

  @Test
  void quoteDashSpeaker() {
    Statement s = only("“We will defend every city and every village” — Volodymyr Zelensky");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.cue).isEqualTo("—");
    speaker(s, "Zelensky");
  }

  @Test
  void participleTakesTheSubjectOfTheMainClause() {
    Statement s = only("Bernie Sanders spoke in Iowa on Monday, saying the system was “rigged against"
        + " working families.”");
    speaker(s, "Sanders");
  }

  // ---------------------------------------------------------------- speakers

  @Test
  void appositive() {
    Statement s = only("Anthony Fauci, the government’s top infectious disease expert, said the vaccine"
        + " was safe.");
    assertThat(s.text).isEqualTo("the vaccine was safe");
    speaker(s, "Fauci");
  }

  @Test
  void pronounResolvesToLastPersonNamed() {
    AnalyzedArticle a = run("Angela Merkel arrived in Paris on Monday. She said the talks had been useful.");
    assertThat(a.statements).hasSize(1);
    Statement s = a.statements.get(0);
    assertThat(s.speakerSurface).isEqualTo("She");
    assertThat(s.actorId).isEqualTo(actorOf(a, "Angela Merkel"));
  }

  @Test
  void roleNounResolvesToLastActorWithThatTitle() {
    AnalyzedArticle a = run("President Joe Biden met the governors at the White House. The president"
        + " said the plan would create millions of jobs.");
    assertThat(a.statements).hasSize(1);
    Statement s = a.statements.get(0);
    assertThat(s.speakerSurface).isEqualTo("The president");
    assertThat(s.actorId).isEqualTo(actorOf(a, "Joe Biden"));
  }

  @Test
  void organisationAsSpeaker() {
    AnalyzedArticle a = run("The Kremlin said the report was false and politically motivated.");
    assertThat(a.statements).hasSize(1);
    Statement s = a.statements.get(0);
    assertThat(s.speakerSurface).contains("Kremlin");
    assertThat(s.text).isEqualTo("the report was false and politically motivated");
  }

  @Test
  void unnamedSpeakerHasNoActor() {
    Statement s = only("“This cannot go on much longer,” one resident said.");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.speakerSurface).isEqualTo("one resident");
    assertThat(s.actorId).isNull();
  }

  @Test
  void quoteWithoutAnySpeakerIsNotGuessed() {
    List<Statement> st = statements("“We want peace, and we want it now, for everyone in this country.”");
    assertThat(st).hasSize(1);
    assertThat(st.get(0).actorId).isNull();
    assertThat(st.get(0).speakerSurface).isNull();
  }

  // ---------------------------------------------------------------- not statements

  @Test
  void headlineIsNotAStatement() {
    List<Statement> st = analyzer.analyze(Article.of("t", "Putin says “we will not retreat” in Ukraine\n\n"
        + "The president spoke in Moscow on Tuesday.")).statements;
    assertThat(st).isEmpty();
  }

  @Test
  void captionIsNotAStatement() {
    List<Statement> st = statements("“We are ready,” Vladimir Putin said at the meeting. (AP Photo/Alexander"
        + " Zemlianichenko)");
    assertThat(st).isEmpty();
  }

  @Test
  void scareQuotesAreNotStatements() {
    assertThat(statements("The so-called “reform” was passed by the parliament in June.")).isEmpty();
  }

  @Test
  void surnameMistaggedAsAdjectiveIsStillTheSubject() {
    // the tagger reads a sentence-initial "Trump" as a verb here; the name mention makes it a noun
    List<Statement> st = statements("Donald Trump visited Ohio on Friday.\n\n"
        + "Trump said the talks “would go on for a while,” adding that no date was set.");
    assertThat(st).isNotEmpty();
    Statement said = st.stream().filter(x -> "said".equals(x.cue)).findFirst().orElseThrow();
    speaker(said, "Trump");
  }

  @Test
  void coordinatedVerbTakesTheFirstVerbsSubject() {
    List<Statement> st = statements("Senator Maria Alvarez criticized Governor Tom Becker on taxes and"
        + " called him “a reckless spender who never listens.”");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).text).isEqualTo("Governor Tom Becker on taxes");
    Statement s = st.get(1);
    assertThat(s.cue).isEqualTo("called");
    speaker(s, "Alvarez");
  }

  @Test
  void participleAfterAnOpeningParticiplePhrase() {
    List<Statement> st = statements("Maria Alvarez spoke on Monday.\n\nSpeaking at a rally in Dayton, "
        + "Alvarez went after Tom Becker, calling him “the worst governor this state has had.”");
    assertThat(st).hasSize(1);
    assertThat(st.get(0).cue).isEqualTo("calling");
    speaker(st.get(0), "Alvarez");
  }

  @Test
  void participleAfterATimePhraseAndAnOpeningParticiple() {
    Statement s = only("On Friday, after staying quiet for weeks, Maria Alvarez visited a factory in Dayton,"
        + " saying, “We will bring these jobs back home.”");
    assertThat(s.cue).isEqualTo("saying");
    speaker(s, "Alvarez");
  }

  @Test
  void pronounAfterALoneSurnameSpeakerDoesNotJumpBack() {
    // "He" follows Lopez; it must not jump back to Becker. (Lopez was once untagged by the
    // name finder, and "He" then stayed unresolved; now Lopez is a person and "He" is Lopez.)
    List<Statement> st = statements("Tom Becker spoke first.\n\nLopez said the plan was wrong. He added that"
        + " the tax was a costly mistake.");
    assertThat(st).hasSize(2);
    assertThat(st.get(1).speakerSurface).isEqualTo("He");
    assertThat(st.get(1).actorId).isEqualTo(st.get(0).actorId).startsWith("per:lopez");
  }

  @Test
  void subjectBeforeATimePhrase() {
    Statement s = only("Tom Becker at the time said the plan was “a costly mistake for everyone.”");
    assertThat(s.cue).isEqualTo("said");
    speaker(s, "Becker");
  }

  @Test
  void colonAfterAnObjectTakesTheClauseSubject() {
    List<Statement> st = statements("Senator Maria Alvarez issued a short statement on Friday: "
        + "“We will not give up on this fight for the workers.”\n\n"
        + "Tom Becker gave the crowd a simple message: “Vote early and bring your neighbours.”");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).cue).isEqualTo(":");
    speaker(st.get(0), "Alvarez");
    speaker(st.get(1), "Becker");
    assertThat(st.get(1).speakerSurface).isEqualTo("Tom Becker");
  }

  @Test
  void pronounPrefersThePersonInSubjectPosition() {
    List<Statement> st = statements("In an interview with reporter Tom Becker last year, Paul Alvarez "
        + "welcomed the ruling. He added, “I will not appeal this decision.”");
    Statement added = st.stream().filter(x -> "added".equals(x.cue)).findFirst().orElseThrow();
    assertThat(added.speakerSurface).isEqualTo("He");
    speaker(added, "Alvarez");
  }

  @Test
  void cueInTheSentenceAfterAQuestion() {
    // the sentence detector ends the sentence at “…?”: the cue is in the next one
    List<Statement> st = statements("Tom Becker spoke to the crowd. “Why would anyone believe them now?” "
        + "Becker asked. “They will not get away with it.”\n\n"
        + "Maria Alvarez was also there. “Why should anyone trust them?” Alvarez told reporters later.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).text).isEqualTo("Why would anyone believe them now? … They will not get away with it.");
    assertThat(st.get(0).cue).isEqualTo("asked");
    speaker(st.get(0), "Becker");
    assertThat(st.get(1).cue).isEqualTo("told");
    speaker(st.get(1), "Alvarez");
  }

  @Test
  void cuelessQuoteAfterAQuoteAndItsCueContinuesIt() {
    String t = "“We will win this state,” said Tom Becker, the author of “Open Roads,” a memoir.\n\n"
        + "“Nobody can stop us now.”";
    List<Statement> st = statements(t);
    assertThat(st).hasSize(1);
    assertThat(st.get(0).text).isEqualTo("We will win this state, … Nobody can stop us now.");
    assertThat(st.get(0).cue).isEqualTo("said");
    speaker(st.get(0), "Becker");
    assertThat((LEAD + t).substring(st.get(0).end - 4, st.get(0).end)).isEqualTo("now.");
  }

  @Test
  void quoteInsideARelativeClauseBelongsToItsVerb() {
    List<Statement> st = statements("Tom Becker, who calls the governor a “reckless spender,” said he does"
        + " not believe the plan will pass.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).text).isEqualTo("reckless spender,");
    assertThat(st.get(0).cue).isEqualTo("calls");
    speaker(st.get(0), "Becker");
    assertThat(st.get(1).cue).isEqualTo("said");
    assertThat(st.get(1).text).isEqualTo("he does not believe the plan will pass");
    speaker(st.get(1), "Becker");
  }

  @Test
  void secondPartialQuoteStaysInItsReportedClause() {
    // the second quotation is part of the first statement, and the next sentence's "says" is
    // the cue of its own reported clause, not of that quotation
    List<Statement> st = statements("Tom Becker says “the whole plan is wrong” because “the voters were"
        + " never asked about any of it.” He says the council will vote again.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).kind).isEqualTo(Kind.PARTIAL);
    assertThat(st.get(0).text).endsWith("any of it.”");
    assertThat(st.get(1).text).isEqualTo("the council will vote again");
    speaker(st.get(1), "Becker");
  }

  @Test
  void nameAndColonOpeningAParagraph() {
    List<Statement> st = statements("Tom Becker: Voters deserve a real choice this fall.\n\n"
        + "EXCLUSIVE: Governor signs the largest budget in state history.\n\n"
        + "Q: Did you expect the vote to go this way at all?\n\n"
        + "BECKER: We have never seen a budget this large in the history of the state.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).text).isEqualTo("Voters deserve a real choice this fall.");
    assertThat(st.get(0).cue).isEqualTo(":");
    assertThat(st.get(0).speakerSurface).isEqualTo("Tom Becker");
    assertThat(st.get(1).speakerSurface).isEqualTo("BECKER");
    assertThat(st.get(1).kind).isEqualTo(Kind.INDIRECT);
  }

  @Test
  void nounObjectOfASpeechAct() {
    List<Statement> st = statements("Senator Maria Alvarez criticized Governor Tom Becker for cutting the"
        + " school budget, a move she opposed. Becker was criticized by teachers.");
    assertThat(st).hasSize(1);
    assertThat(st.get(0).text).isEqualTo("Governor Tom Becker for cutting the school budget");
    assertThat(st.get(0).cue).isEqualTo("criticized");
    assertThat(st.get(0).kind).isEqualTo(Kind.INDIRECT);
    speaker(st.get(0), "Alvarez");
  }

  @Test
  void itResolvesToTheLastOrganisation() {
    Statement s = only("The Greenfield Council approved the budget on Monday. It said the new library"
        + " would open in the spring.");
    assertThat(s.speakerSurface).isEqualTo("It");
    assertThat(s.actorId).isNotNull().contains("greenfield");
  }

  @Test
  void firstPersonSpeakerHasNoActor() {
    Statement s = only("As a teacher, I said the council made the wrong decision on the budget.");
    assertThat(s.speakerSurface).isEqualTo("I");
    assertThat(s.actorId).isNull();
    assertThat(s.text).isEqualTo("the council made the wrong decision on the budget");
  }

  @Test
  void reportedClauseAfterAParticiple() {
    Statement s = only("Maria Alvarez voted against the budget on Monday, saying the cuts would hurt"
        + " rural schools.");
    assertThat(s.cue).isEqualTo("saying");
    assertThat(s.text).isEqualTo("the cuts would hurt rural schools");
    speaker(s, "Alvarez");
  }

  @Test
  void twoApostrophesAreADoubleQuotationMark() {
    Statement s = only("''We will win this state,'' Tom Becker said on Monday. ''Nobody can stop us now.''");
    assertThat(s.kind).isEqualTo(Kind.DIRECT);
    assertThat(s.text).isEqualTo("We will win this state, … Nobody can stop us now.");
    speaker(s, "Becker");
  }

  @Test
  void twoReportedClausesInOneSentence() {
    List<Statement> st = statements("Tom Becker said he will run again next year, insisting that the party"
        + " still needs him.\n\nMaria Alvarez said she met Becker twice but said neither meeting changed"
        + " her mind.");
    assertThat(st).extracting(x -> x.text).containsExactly("he will run again next year",
        "the party still needs him", "she met Becker twice", "neither meeting changed her mind");
    speaker(st.get(1), "Becker");
    speaker(st.get(3), "Alvarez");
  }

  @Test
  void accordingToAPossessivePhraseOrInsideTheSentence() {
    List<Statement> st = statements("The pilot had been with the airline since 2004, according to his"
        + " online profile.\n\nTicket sales, according to the festival organisers, have doubled since May.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).text).isEqualTo("The pilot had been with the airline since 2004");
    assertThat(st.get(0).speakerSurface).isEqualTo("his online profile");
    assertThat(st.get(1).speakerSurface).isEqualTo("the festival organisers");
    assertThat(st.get(1).text).endsWith("have doubled since May");
  }

  @Test
  void aQuoteWithItsOwnCueIsNotJoinedToThePreviousOne() {
    List<Statement> st = statements("Maria Alvarez spoke first. “The plan is too expensive,” she said."
        + " “We can find the money,” Tom Becker said.");
    assertThat(st).hasSize(2);
    speaker(st.get(0), "Alvarez");
    speaker(st.get(1), "Becker");
  }

  @Test
  void partyAndStateAfterTheNameAreNotTheSpeaker() {
    List<Statement> st = statements("Rep. Maria Alvarez (D-Md.), who chairs the panel, said the bill"
        + " was “dead on arrival.”\n\n“We will not back down,” Sen. Tom Becker, R-Ky., said."
        + "\n\nSen. Tom Becker (Ky.) said the vote would come “within days.”");
    assertThat(st).hasSize(3);
    assertThat(st.get(0).speakerSurface).isEqualTo("Maria Alvarez");
    assertThat(st.get(1).speakerSurface).contains("Tom Becker");
    assertThat(st.get(2).speakerSurface).contains("Tom Becker");
  }

  @Test
  void anInvertedSpeakerDescribedByAge() {
    Statement s = only("“He was always kind to us,” said the 46-year-old.");
    assertThat(s.speakerSurface).isEqualTo("the 46-year-old");
  }

  @Test
  void subjectsPastAdverbsInfinitivesAndDashInsertions() {
    List<Statement> st = statements("Maria Alvarez however said the plan was “too expensive.”"
        + "\n\nTom Becker waved to the crowd, but went on to say, “The vote is close.”"
        + "\n\nEdward Lowe on Monday toured the port — a project that had been approved by the council"
        + " in May — and said it was “a gift to lobbyists.”");
    assertThat(st).hasSize(3);
    assertThat(st.get(0).speakerSurface).isEqualTo("Maria Alvarez");
    assertThat(st.get(1).speakerSurface).isEqualTo("Tom Becker");
    assertThat(st.get(2).speakerSurface).isEqualTo("Edward Lowe");
  }

  @Test
  void aSubjectWithAPostModifierIsTheWholeOpeningPhrase() {
    Statement s = only("Another aide familiar with the mayor’s plans said, “The budget will pass.”");
    assertThat(s.speakerSurface).isEqualTo("Another aide familiar with the mayor’s plans");
  }

  @Test
  void coordinatedCueAfterAnAdverbAndAColonClosingTheParagraphBefore() {
    List<Statement> st = statements("Maria Alvarez used to support the mayor, but now said he had"
        + " “lost his way.”\n\nWhen the bridge opened, Tom Becker released the following statement:"
        + "\n\n“We thank every worker who built it.”");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).speakerSurface).isEqualTo("Maria Alvarez");
    assertThat(st.get(1).cue).isEqualTo(":");
    speaker(st.get(1), "Becker");
  }

  @Test
  void quickToAddCarriesItsSubjectToTheQuoteThatFollows() {
    List<Statement> st = statements("Tom Becker was quick to add that the vote would not be delayed."
        + "\n\n“Not one more day.”");
    assertThat(st).hasSize(2);
    speaker(st.get(0), "Becker");
    speaker(st.get(1), "Becker");
  }

  @Test
  void aParticipleAfterAnObjectTakesTheSubjectOfItsVerb() {
    List<Statement> st = statements("Maria Alvarez and Tom Becker issued a statement describing the"
        + " talks as “a real step forward.”\n\nEdward Lowe emailed supporters saying: “The fight goes on.”");
    assertThat(st).hasSize(2);
    speaker(st.get(0), "Alvarez");
    speaker(st.get(1), "Lowe");
  }

  @Test
  void aStrayCommaAfterPartyAndState() {
    Statement s = only("After the vote, Gov. Maria Alvarez (R-OH), said, “We are ready to govern.”");
    speaker(s, "Alvarez");
  }

  @Test
  void aPlaceInARoleIsNotTheSpeakerButAnEmployerIs() {
    List<Statement> st = statements("The Vermont senator said the bill was “a fraud.”\n\n"
        + "A Kremlin spokesman said the talks were “useful.”");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).actorId).isNull();
    assertThat(st.get(1).actorId).isNotNull();
  }

  @Test
  void aRelativeClauseSpeakerSpansTheAntecedentAndThePronoun() {
    List<Statement> st = statements("The mayor met Tom Becker, who said the bridge was “a disgrace.”"
        + "\n\nThe plan split the voters who said it was “too expensive.”");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).speakerSurface).isEqualTo("Tom Becker, who");
    speaker(st.get(0), "Becker");
    assertThat(st.get(1).speakerSurface).isEqualTo("the voters who");
  }

  @Test
  void reportedSpeechAfterAnAppositiveOrBeforeATitledName() {
    List<Statement> st = statements("Senator Maria Alvarez of Ohio, the No. 2 Democrat in the Assembly,"
        + " said the budget will pass on Monday.\n\nThe staff were not pleased with the plan, Ms."
        + " Lowe said.\n\nOne pastor backing the mayor, Tom Becker of the chapel in Dover, said"
        + " he had made many calls.");
    assertThat(st).hasSize(3);
    speaker(st.get(0), "Alvarez");
    assertThat(st.get(0).text).isEqualTo("the budget will pass on Monday");
    speaker(st.get(1), "Lowe");
    assertThat(st.get(1).text).isEqualTo("The staff were not pleased with the plan");
    speaker(st.get(2), "Becker");
  }

  @Test
  void twoSpeakersReportedInOneSentence() {
    List<Statement> st = statements("Two in three said they would vote for the plan, and nearly"
        + " one in five said they were undecided.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).text).isEqualTo("they would vote for the plan");
    assertThat(st.get(1).speakerSurface).isEqualTo("nearly one in five");
    assertThat(st.get(1).text).isEqualTo("they were undecided");
  }

  @Test
  void aCueInsideTheReportedClause() {
    Statement s = only("Maria Alvarez spoke first. No delay, she said, would change the outcome.");
    assertThat(s.text).startsWith("No delay").endsWith("would change the outcome");
    speaker(s, "Alvarez");
  }

  @Test
  void contractedBeAndParticiplesUsedAsAdjectives() {
    List<Statement> st = statements("Tom Becker spoke first. He’s backing the plan and says the"
        + " city needs it. But he also says it’s late.\n\nAlvarez leads Becker by 88 pledged"
        + " votes according to a count by the party.");
    assertThat(st).extracting(x -> x.text).containsExactly("the city needs it", "it’s late",
        "Alvarez leads Becker by 88 pledged votes");
    assertThat(st.get(2).cue).isEqualTo("according to");
  }

  @Test
  void askedAfterAQuoteAndACueInTheSentenceAfter() {
    List<Statement> st = statements("“Is it fair? Do you want them to pay twice?” asked Sen. Maria"
        + " Alvarez of Ohio, who opposes the plan.\n\n“It’s late,“ said Tom Becker, a lawyer.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).cue).isEqualTo("asked");
    speaker(st.get(0), "Alvarez");
    assertThat(st.get(1).text).isEqualTo("It’s late,");
    speaker(st.get(1), "Becker");
  }

  @Test
  void aParticipleAfterASpeechVerbOrAnOpeningPhrase() {
    List<Statement> st = statements("The two will meet next week, Tom Becker said, adding, “They"
        + " need a long talk.”\n\nIn a statement released Thursday, Maria Alvarez reacted to the"
        + " news, saying: “The ruling is a disgrace.”");
    assertThat(st).extracting(x -> x.text).contains("They need a long talk.", "The ruling is a disgrace.");
    for (Statement x : st) {
      if (x.text.startsWith("They need")) {
        speaker(x, "Becker");
      } else if (x.text.startsWith("The ruling")) {
        speaker(x, "Alvarez");
      }
    }
  }

  @Test
  void aQuotationWithNoCueIsWeaklyGivenToThePersonTheTextIsAbout() {
    List<Statement> st = statements("Maria Alvarez hugged the volunteers for “stepping up when"
        + " nobody else would.”\n\nTom Becker spent the morning touring the flooded district.\n\n"
        + "“We will rebuild every house on this street.”");
    assertThat(st).hasSize(2);
    speaker(st.get(0), "Alvarez");
    speaker(st.get(1), "Becker");
    assertThat(st.get(0).confidence).isLessThan(0.5);
    assertThat(st.get(1).confidence).isLessThan(0.5);
  }

  @Test
  void aTitleAfterAWorkIsNoStatementEvenBesideACue() {
    assertThat(statements("Castro's revolution dampened their plans, Tom Becker said in his 2012 book,"
        + " “A Long Way Home.”")).extracting(x -> x.text).doesNotContain("A Long Way Home.");
  }

  @Test
  void titlesAndSlogansInTitleCaseAreNoStatements() {
    assertThat(statements("Tom Becker watched “Orange Is the New Black.” The crowd wore hats"
        + " reading “MAKE THE CITY GREAT AGAIN.”")).isEmpty();
  }

  @Test
  void quantifiersAdverbsTaggedAsAdjectivesAndInfinitivesBeforeACoordinatedCue() {
    List<Statement> st = statements("The fans celebrated. Some chanted “We won! We won!”\n\n"
        + "Gov. Maria Alvarez has also broadly called for “a nurse in every school.”\n\n"
        + "Tom Becker said he had no chance to read the plan, but called it “a fair start.”");
    assertThat(st).hasSizeGreaterThanOrEqualTo(3);
    assertThat(st.get(0).speakerSurface).isEqualTo("Some");
    speaker(st.get(1), "Alvarez");
    speaker(st.get(st.size() - 1), "Becker");
  }

  @Test
  void aContinuationParagraphWithItsOwnCueIsANewStatement() {
    List<Statement> st = statements("“The roads are still closed,” Tom Becker said. “Nobody has"
        + " told us when they will open.\n\n“And the shops are empty,” he said with a sigh.");
    assertThat(st).hasSize(2);
    assertThat(st.get(1).text).isEqualTo("And the shops are empty,");
    assertThat(st.get(1).cue).isEqualTo("said");
    speaker(st.get(1), "Becker");
  }

  @Test
  void aListOfVerbPhrasesAndACueAfterTheQuoteRatherThanAColonBefore() {
    List<Statement> st = statements("When I asked Tom Becker if he would run, he looked into the"
        + " camera, furrowed his brow and said, “I will run against you!”\n\nMaria Alvarez followed"
        + " up by lamenting the paperwork: “There is a ton of it,” she said.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).speakerSurface).isEqualTo("he");
    speaker(st.get(0), "Becker");
    assertThat(st.get(1).cue).isEqualTo("said");
    speaker(st.get(1), "Alvarez");
  }

  @Test
  void aReportedClauseAfterAnObjectStatement() {
    List<Statement> st = statements("Last month, Tom Becker called the handling of the files"
        + " “extremely careless,” but said nobody should face charges.");
    assertThat(st).hasSize(2);
    assertThat(st.get(1).text).isEqualTo("nobody should face charges");
    speaker(st.get(1), "Becker");
  }

  @Test
  void aShortReportedClause() {
    Statement s = only("The senators are split on the nominee. Maria Alvarez said she would.");
    assertThat(s.text).isEqualTo("she would");
    speaker(s, "Alvarez");
  }

  @Test
  void aPassiveCueHasNoSpeakerButItsAgent() {
    List<Statement> st = statements("Some aides are said to be pressing the mayor to settle early."
        + "\n\nIt was reported by the Tribune that the bridge would close.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).speakerSurface).isNull();
    assertThat(st.get(0).actorId).isNull();
    assertThat(st.get(0).text).startsWith("to be pressing");
    assertThat(st.get(1).speakerSurface).isEqualTo("the Tribune");
    assertThat(st.get(1).text).isEqualTo("the bridge would close");
  }

  @Test
  void aSignatureParagraphAndCuesOfRetort() {
    List<Statement> st = statements("“I will look into it. I do not know the status.”\n\n- Maria Alvarez."
        + "\n\n“He wants to look tough tonight,” Tom Becker shot back.\n\n“Leave your weapons at"
        + " home,” opined the Daily Ledger.");
    assertThat(st).hasSize(3);
    speaker(st.get(0), "Alvarez");
    speaker(st.get(1), "Becker");
    assertThat(st.get(2).speakerSurface).isEqualTo("the Daily Ledger");
  }

  @Test
  void subjectsAcrossADashInsertionAndInvertedPhrasesWithCodesAndRanks() {
    List<Statement> st = statements("On Friday, Maria Alvarez — named by the paper as the likely"
        + " nominee — told reporters that the job was “an honour.”\n\n“It was a large purchase,” said"
        + " K9 president Tom Becker.\n\n“We are frustrated,” said ranking member Edward Lowe.");
    assertThat(st).hasSize(3);
    speaker(st.get(0), "Alvarez");
    speaker(st.get(1), "Becker");
    speaker(st.get(2), "Lowe");
  }

  @Test
  void aSecondCueAfterACommaAndAnAdverbial() {
    List<Statement> st = statements("Maria Alvarez spoke twice. In May she said the plan was a"
        + " mistake, at the hearing this week she said it was not a crime.");
    assertThat(st).extracting(x -> x.text).containsExactly("the plan was a mistake", "it was not a crime");
  }

  @Test
  void aColonInTheHeadlineIsNoStatement() {
    List<Statement> st = analyzer.analyze(Article.of("t", "Poll: Alvarez and Becker in a dead heat in the capital"
        + "\n\nThe two candidates are tied, according to a new survey by the university.")).statements;
    assertThat(st).extracting(x -> x.cue).doesNotContain(":");
  }

  @Test
  void aParticiplePassesOverVerbsWithoutASubject() {
    List<Statement> st = statements("In reply to the plan to close the port, the harbour master"
        + " Tom Becker wrote to the council, noting that the port “has never been busier.”\n\n"
        + "The “delays” are shameful, Maria Alvarez said on Tuesday in Lyon, adding that the city"
        + " “deserves better.”");
    assertThat(st).hasSizeGreaterThanOrEqualTo(2);
    for (Statement x : st) {
      if (x.text.contains("never been busier")) {
        speaker(x, "Becker");
      } else if (x.text.contains("deserves better")) {
        speaker(x, "Alvarez");
      }
    }
    assertThat(st).extracting(x -> x.text).anyMatch(t -> t.contains("never been busier"))
        .anyMatch(t -> t.contains("deserves better"));
  }

  @Test
  void aQuotationParagraphAfterARolePhraseOrAnUnresolvedPerson() {
    List<Statement> st = statements("The veteran senator spent the morning touring the flooded"
        + " district.\n\n“We will rebuild every house on this street.”");
    assertThat(st).hasSize(1);
    assertThat(st.get(0).speakerSurface).isEqualTo("The veteran senator");
    assertThat(st.get(0).confidence).isLessThan(0.5);
  }

  @Test
  void aColonAfterARelativeClauseTakesTheMainSubject() {
    Statement s = only("Asked about the budget, Tom Becker answered with a line that could have"
        + " come from his rival: “Do not lecture me about money.”");
    speaker(s, "Becker");
  }

  @Test
  void aQuotationDeepInAReportedClauseIsTheOuterSpeakers() {
    // "asks" and "think" are speech verbs, but the quotation is what Becker said
    Statement s = only("Tom Becker said he seldom asks neighbours to lend him tools, “except for"
        + " the ones who owe me a favour.”");
    assertThat(s.cue).isEqualTo("said");
    speaker(s, "Becker");
    assertThat(s.kind).isEqualTo(Kind.PARTIAL);
    assertThat(s.text).startsWith("he seldom asks").endsWith("favour.”");

    Statement t = only("Maria Alvarez says if parents think the school will be rebuilt by “the same"
        + " contractors who let it rot, they have not read the audit.”");
    assertThat(t.cue).isEqualTo("says");
    speaker(t, "Alvarez");
  }

  @Test
  void aNestedSpeakerRightBeforeTheQuotationKeepsIt() {
    List<Statement> st = statements("Tom Becker said Maria Alvarez called the ferry timetable “a"
        + " puzzle for tourists” at the hearing.");
    assertThat(st).anySatisfy(x -> {
      assertThat(x.cue).isEqualTo("called");
      speaker(x, "Alvarez");
    });
  }

  @Test
  void aParticipleAfterAPossessiveIsNoCue() {
    // "proposed" modifies "parking levy"; the cue is "calling"
    Statement s = only("Tom Becker interrupted, calling Alvarez’s proposed parking levy “a tax on"
        + " night nurses.”");
    assertThat(s.cue).isEqualTo("calling");
    speaker(s, "Becker");

    // "remarks" after a possessive is a noun
    List<Statement> st = statements("Harbour board chairman Tom Becker called Alvarez’s remarks on the"
        + " dredging contract a “sorry joke” at the meeting.");
    assertThat(st).singleElement().satisfies(x -> {
      assertThat(x.cue).isEqualTo("called");
      speaker(x, "Becker");
    });
  }

  @Test
  void aSecondQuotationInsideAReportedClauseIsNotItsOwnStatement() {
    Statement s = only("Maria Alvarez said that by declining to say the words “flood risk,” the"
        + " agency was “telling buyers the river never rose.”");
    assertThat(s.cue).isEqualTo("said");
    speaker(s, "Alvarez");
  }

  @Test
  void aParticipleTakesTheMainClauseSubjectNotAnOpeningPhrases() {
    Statement s = only("Speaking to farmers in Nebraska after the vote, Maria Alvarez thanked her"
        + " volunteers, adding that the result was “a victory for every small town.”");
    speaker(s, "Alvarez");

    Statement t = only("In March, after Maria Alvarez lost the primary, Tom Becker wrote to her,"
        + " telling her, “You will be back, and sooner than they think.”");
    speaker(t, "Becker");
  }

  @Test
  void anInfinitiveCueIsSpokenByTheControlVerbsObjectOrTheSubject() {
    Statement s = only("That streak prompted the Harbor Institute, which tracks regatta results, to"
        + " state, “Port Ellis has the steadiest crews on the coast.”");
    assertThat(s.speakerSurface).isEqualTo("the Harbor Institute");

    Statement t = only("The judge pointed to an older ruling to say that tribunals must weigh “whether"
        + " the landlord gained from the delay.”");
    assertThat(t.speakerSurface).isEqualTo("The judge");

    Statement u = only("That prompted Tom Becker to make a joke about sailing and call the mayor “good"
        + " at tacking,” a nod to her shifts on the harbour plan.");
    speaker(u, "Becker");
  }

  @Test
  void aCoordinatedCueIsNotTakenOverByAnEarlierInfinitive() {
    List<Statement> st = statements("Maria Alvarez signed a letter trying to get her county to stop"
        + " the pipeline, while Tom Becker proposed we “begin from scratch” and said the board should"
        + " step down if it cannot agree on a route.");
    assertThat(st).anySatisfy(x -> {
      assertThat(x.cue).isEqualTo("said");
      speaker(x, "Becker");
    });
  }

  @Test
  void aParticipleOpeningTheSentenceHasTheMainClausesOrThePreviousSubject() {
    List<Statement> st = statements("Acknowledging that the mayor “changes her mind every week,”"
        + " though, Tom Becker did suggest that the port budget was sound.");
    assertThat(st).filteredOn(x -> x.cue.equals("Acknowledging")).singleElement()
        .satisfies(x -> speaker(x, "Becker"));

    List<Statement> st2 = statements("Tom Becker stated that the inspection “went badly.” Adding,"
        + " “Still, as with every inspection, the list of faults is shorter than it looks.”");
    assertThat(st2).filteredOn(x -> x.cue.equals("Adding")).singleElement()
        .satisfies(x -> speaker(x, "Becker"));
  }

  @Test
  void anOpeningParticipleReportsOnlyWithAThatClause() {
    List<Statement> st = statements("Promising that the new office would open before the winter,"
        + " Tom Becker said the city had found the money. Recalling that evening, Maria Alvarez"
        + " said the room had gone quiet.");
    assertThat(st).extracting(x -> x.cue).contains("Promising").doesNotContain("Recalling");
  }

  @Test
  void aCueEndingThePreviousSentenceNamesTheQuotationAfterIt() {
    Statement s = only("Tom Becker, the press officer for the rowing federation, said in a statement."
        + " “There is no video to review. The race was run fairly.”");
    assertThat(s.cue).isEqualTo("said");
    speaker(s, "Becker");

    // the cue still reports the clause before it
    List<Statement> st = statements("Also, Becker is no sailor, Maria Alvarez said. “He gets seasick"
        + " in the harbour!”");
    assertThat(st).hasSize(2).allSatisfy(x -> speaker(x, "Alvarez"));
  }

  @Test
  void aPastFormTaggedAsPunctuationIsStillACue() {
    Statement s = only("\"The league is treating her very badly by its rules, the draw is rigged"
        + " against her,\" Becker tweeted Wednesday.");
    assertThat(s.cue).isEqualTo("tweeted");
    assertThat(s.speakerSurface).isEqualTo("Becker");
  }

  @Test
  void aVerbInASubordinateClauseIsNotTheOuterCue() {
    Statement s = only("While not everything the coach says is wrong, Maria Alvarez said the coach is"
        + " “selling the fans a season that cannot happen.”");
    assertThat(s.cue).isEqualTo("said");
    speaker(s, "Alvarez");
  }

  @Test
  void aCoordinatedCueTakesTheFirstVerbsSubjectNotItsObject() {
    List<Statement> st = statements("A spokesman for Mayor Maria Alvarez defended the new parade"
        + " route and said the stewards had rehearsed for weeks.");
    assertThat(st).filteredOn(x -> x.cue.equals("said")).singleElement()
        .satisfies(x -> assertThat(x.speakerSurface).startsWith("A spokesman"));

    List<Statement> st2 = statements("Tom Becker met survivors of the flood and relatives of the"
        + " victims on Thursday and said the city must rebuild the levee.");
    assertThat(st2).singleElement().satisfies(x -> speaker(x, "Becker"));
  }

  @Test
  void aParticipleAfterAPrepositionalObjectTakesTheClauseSubject() {
    Statement s = only("Governor Tom Becker is making a pitch to young voters saying a county rule"
        + " limiting ferries is hurting tourism.");
    speaker(s, "Becker");

    Statement t = only("Her office sent out a statement saying the county “cannot inspect every boat"
        + " before the season.”");
    assertThat(t.speakerSurface).isEqualTo("Her office");
  }

  @Test
  void aTimePhraseBeforeTheCueIsNoSubject() {
    Statement s = only("Maria Alvarez’s old teammates and coaches have in the past said she trained"
        + " harder than anyone.");
    assertThat(s.speakerSurface).startsWith("Maria Alvarez’s old teammates");
    Statement t = only("Tom Becker in recent days said the plan would fail.");
    speaker(t, "Becker");
  }

  @Test
  void aNameBeforeAnAppositiveAndAParticipialInsertionIsTheSpeaker() {
    Statement s = only("Tom Becker, a former governor, speaking to reporters on Monday, said that the"
        + " plan “will not survive the winter.”");
    speaker(s, "Becker");
    assertThat(s.speakerSurface).isEqualTo("Tom Becker");
  }

  @Test
  void aSecondSpeakersCueBetweenTwoQuotationsSplitsThem() {
    List<Statement> st = statements("“Look at the scoreboard,” Tom Becker said. Maria Alvarez responded,"
        + " “Luckily the season is long.”");
    assertThat(st).hasSize(2);
    speaker(st.get(0), "Becker");
    speaker(st.get(1), "Alvarez");
    assertThat(st.get(1).text).isEqualTo("Luckily the season is long.");
  }

  @Test
  void anInvertedSpeakerMayBeOneOfAGroupOrCarryATitle() {
    Statement s = only("“The numbers did not add up,” said one of those engineers, who asked not to be"
        + " named.");
    assertThat(s.speakerSurface).isEqualTo("one of those engineers");

    Statement t = only("“I promise you this clip will turn up in a campaign video,” said pollster"
        + " Tom Becker.");
    speaker(t, "Becker");
  }

  @Test
  void quoteKeyFoldsReprints() {
    assertThat(Statement.quoteKey("“We will NOT retreat,”  he said"))
        .isEqualTo(Statement.quoteKey("we will not retreat he said"));
  }

  private static String actorOf(AnalyzedArticle a, String surface) {
    for (Mention m : a.mentions) {
      if (m.surface.equals(surface)) {
        return m.actorId;
      }
    }
    throw new AssertionError("no mention " + surface + " in " + a.mentions);
  }
}
