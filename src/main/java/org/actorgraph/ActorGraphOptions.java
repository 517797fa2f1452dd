package org.actorgraph;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The job's options; every Beam and runner option is accepted beside them. */
public interface ActorGraphOptions extends PipelineOptions {
  @Description(
      "Input files: one or more comma-separated globs of .txt, .jsonl or .json articles, "
          + "optionally .gz or .bz2 compressed")
  @Validation.Required
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Output folder: one Parquet folder per table, plus _manifest.json")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Replace the tables of a previous run in --output instead of refusing to run")
  @Default.Boolean(false)
  Boolean getOverwrite();

  void setOverwrite(Boolean value);

  @Description("Also write report.html beside the tables: counts, top speakers, co-mentions, time")
  @Default.Boolean(false)
  Boolean getReport();

  void setReport(Boolean value);

  @Description("Articles larger than this many bytes (UTF-8) are rejected, not analysed")
  @Default.Long(2_000_000L)
  Long getMaxArticleBytes();

  void setMaxArticleBytes(Long value);

  @Description(
      "Groups that aggregation keys (and articles) are spread over; 0 chooses: the thread count "
          + "on the DirectRunner (whose cost is per group), else 32 per unit of --parallelism (256 "
          + "if unset), with 16 times as many article groups")
  @Default.Integer(0)
  Integer getShards();

  void setShards(Integer value);

  @Description(
      "An actor registry TSV (id, name, type, aliases, country, role) added to the default one; "
          + "its entries override default entries with the same id")
  String getActors();

  void setActors(String value);

  @Description(
      "Print the libraries' INFO logs (Beam, Flink, Hadoop) too; by default only their warnings "
          + "and errors, beside actorgraph's progress line and summary")
  @Default.Boolean(false)
  Boolean getVerbose();

  void setVerbose(Boolean value);
}
