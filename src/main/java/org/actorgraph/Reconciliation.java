package org.actorgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every input accounted for, from the job's counters: files matched = files read + file
 * rejects; lines read (JSON lines, and the one article of a read .txt file) = documents +
 * line rejects + analysis failures; and the tables hold what was counted. A run that does not
 * balance is not published.
 */
final class Reconciliation {
  private final Map<String, Long> c;

  Reconciliation(Map<String, Long> counters) {
    this.c = counters;
  }

  private long n(String counter) {
    return c.getOrDefault(counter, 0L);
  }

  String filesLine() {
    return String.format("files matched = files read + file rejects: %,d = %,d + %,d",
        n("files"), n("files_read"), n("file_rejects"));
  }

  String linesLine() {
    return String.format("lines read = documents + line rejects + analysis failures: %,d = %,d + %,d + %,d",
        n("lines_read"), n("documents"), n("line_rejects"), n("analysis_failures"));
  }

  List<String> problems() {
    List<String> out = new ArrayList<>();
    if (n("files") != n("files_read") + n("file_rejects")) {
      out.add(filesLine());
    }
    if (n("lines_read") != n("documents") + n("line_rejects") + n("analysis_failures")) {
      out.add(linesLine());
    }
    if (n("rows_documents") != n("documents")) {
      out.add("documents rows " + n("rows_documents") + " != documents " + n("documents"));
    }
    long rejects = n("file_rejects") + n("line_rejects") + n("analysis_failures");
    if (n("rows_rejects") != rejects) {
      out.add("rejects rows " + n("rows_rejects") + " != file + line rejects + analysis failures " + rejects);
    }
    return out;
  }

  boolean ok() {
    return problems().isEmpty();
  }

  Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String k : List.of("files", "files_read", "file_rejects", "lines_read", "documents", "line_rejects",
        "analysis_failures", "files_matched_twice", "duplicate_article_ids", "duplicate_doc_ids", "date_warnings")) {
      m.put(k.equals("files") ? "files_matched" : k, n(k));
    }
    m.put("files_balance", filesLine());
    m.put("lines_balance", linesLine());
    m.put("ok", ok());
    return m;
  }
}
