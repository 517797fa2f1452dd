package org.actorgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors are one line and a usage, never a stack trace; --help shows our options first. */
class CommandLineTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private CommandLine parse(String... args) {
    return CommandLine.parse(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aMissingRequiredOptionIsOneLineAndTheUsage() {
    CommandLine c = parse("--output=somewhere");
    assertThat(c.options()).isNull();
    assertThat(c.exitCode()).isEqualTo(CommandLine.USAGE_ERROR);
    assertThat(err().lines().findFirst().orElseThrow()).startsWith("actorgraph: ").contains("input");
    assertThat(err()).contains("usage:").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void aSpaceInsteadOfEqualsIsNamed() {
    CommandLine c = parse("--input", "articles/*.txt", "--output=o");
    assertThat(c.exitCode()).isEqualTo(CommandLine.USAGE_ERROR);
    assertThat(err()).contains("'articles/*.txt'").contains("--name=value");
  }

  @Test
  void anUnknownOptionIsOneLine() {
    CommandLine c = parse("--input=a", "--output=o", "--outptu=x");
    assertThat(c.exitCode()).isEqualTo(CommandLine.USAGE_ERROR);
    assertThat(err().lines().findFirst().orElseThrow()).contains("outptu");
    assertThat(err()).doesNotContain("\tat ");
  }

  @Test
  void aMissingRegistryFileIsRefusedBeforeThePipelineStarts(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("one.txt"), "text");
    CommandLine c = parse("--input=" + dir + "/*.txt", "--output=o", "--actors=/no/such/registry.tsv");
    assertThat(c.exitCode()).isEqualTo(CommandLine.USAGE_ERROR);
    assertThat(err()).contains("--actors=/no/such/registry.tsv: no such file");
  }

  @Test
  void helpListsActorgraphsOwnOptions() {
    CommandLine c = parse("-h");
    assertThat(c.options()).isNull();
    assertThat(c.exitCode()).isZero();
    String help = out.toString(StandardCharsets.UTF_8);
    assertThat(help).startsWith("usage:").contains("--maxArticleBytes").contains("--overwrite");
  }

  @Test
  void anInputGlobThatMatchesNoFileIsOneLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("one.txt"), "text");
    String some = dir + "/*.txt";
    String none = dir + "/nothing/*.txt";
    CommandLine c = parse("--input=" + some + "," + none, "--output=o");
    assertThat(c.exitCode()).isEqualTo(CommandLine.USAGE_ERROR);
    assertThat(err()).isEqualTo("actorgraph: --input glob '" + none + "' matches no file" + System.lineSeparator());
  }

  @Test
  void goodOptionsPass(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("one.txt"), "text");
    Files.writeString(dir.resolve("more.jsonl"), "{}");
    String txt = dir + "/*.txt";
    String jsonl = dir + "/*.jsonl";
    CommandLine c = parse("--input=" + txt + "," + jsonl, "--output=o", "--overwrite");
    assertThat(c.exitCode()).isZero();
    assertThat(c.options().getInput()).containsExactly(txt, jsonl);
    assertThat(c.options().getOverwrite()).isTrue();
    assertThat(err()).isEmpty();
  }
}
