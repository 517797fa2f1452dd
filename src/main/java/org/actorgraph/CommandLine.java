package org.actorgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Turns the command line into options, or into one clear line and a short usage: a user who
 * mistypes an option sees what was wrong, not a Java stack trace, and {@code --help} shows
 * actorgraph's own options before Beam's.
 */
final class CommandLine {
  static final int USAGE_ERROR = 2;

  static final String USAGE =
      "usage: java -jar actorgraph-bundled.jar --input=GLOB[,GLOB...] --output=FOLDER [--overwrite]\n"
          + "           [--report] [--maxArticleBytes=N] [--actors=registry.tsv] [--shards=N] [--verbose]\n"
          + "           [--runner=FlinkRunner --flinkMaster=host:8081 --parallelism=N]\n"
          + "       options take the form --name=value; --help lists them, --help=<OptionsClass> a runner's";

  /** Options, or null after printing why the command line was refused (see {@link #exitCode}). */
  private final ActorGraphOptions options;
  private final int exitCode;

  private CommandLine(ActorGraphOptions options, int exitCode) {
    this.options = options;
    this.exitCode = exitCode;
  }

  ActorGraphOptions options() {
    return options;
  }

  int exitCode() {
    return exitCode;
  }

  static CommandLine parse(String[] args, PrintStream out, PrintStream err) {
    PipelineOptionsFactory.register(ActorGraphOptions.class);
    if (args.length == 0) {
      err.println("actorgraph: --input and --output are required");
      err.println(USAGE);
      return new CommandLine(null, USAGE_ERROR);
    }
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-help")) {
        out.println(USAGE);
        out.println();
        PipelineOptionsFactory.printHelp(out, ActorGraphOptions.class);
        return new CommandLine(null, 0);
      }
      if (!a.startsWith("--")) {
        err.println("actorgraph: unexpected argument '" + a + "': options take the form --name=value");
        err.println(USAGE);
        return new CommandLine(null, USAGE_ERROR);
      }
    }
    ActorGraphOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ActorGraphOptions.class);
    } catch (IllegalArgumentException e) {
      err.println("actorgraph: " + firstLine(e.getMessage()));
      err.println(USAGE);
      return new CommandLine(null, USAGE_ERROR);
    }
    FileSystems.setDefaultPipelineOptions(options);
    for (String glob : options.getInput()) {
      if (!matchesAny(glob)) {
        err.println("actorgraph: --input glob '" + glob + "' matches no file");
        return new CommandLine(null, USAGE_ERROR);
      }
    }
    String actors = options.getActors();
    if (actors != null && !matchesAny(actors)) {
      err.println("actorgraph: --actors=" + actors + ": no such file");
      return new CommandLine(null, USAGE_ERROR);
    }
    return new CommandLine(options, 0);
  }

  /** Whether a path or glob names at least one file. */
  private static boolean matchesAny(String path) {
    try {
      MatchResult r = FileSystems.match(List.of(path), EmptyMatchTreatment.ALLOW).get(0);
      return r.status() == MatchResult.Status.OK && !r.metadata().isEmpty();
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static final Pattern MISSING =
      Pattern.compile("^Missing required value for \\[(--\\w+)");

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid options";
    }
    String line = message.strip().lines().findFirst().orElse("invalid options");
    // Beam names a missing option with its whole description; the option's name is enough
    Matcher m = MISSING.matcher(line);
    if (m.find()) {
      return "missing required option " + m.group(1) + "=…";
    }
    return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
  }
}
