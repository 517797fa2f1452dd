package org.actorgraph.report;

import java.util.List;
import java.util.Locale;

/**
 * Small inline-SVG charts: horizontal (stacked) bars, lines over time, and a heatmap. Every chart
 * is one {@code <svg class="chart">} element with its own id, sized by its viewBox, and every
 * mark carries a {@code <title>} tooltip. No scripts, no external resources.
 */
public final class Svg {
  private Svg() {}

  /** Categorical colours (Tableau 10). */
  public static final List<String> PALETTE =
      List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
          "#ff9da7", "#9c755f", "#bab0ac");

  static final String FONT = "font-family=\"system-ui, sans-serif\"";

  /** A horizontal bar made of parts (stacked left to right). */
  public record Bar(String label, double[] parts, String tooltip) {}

  /** One line: a value per x position. */
  public record Series(String name, double[] values) {}

  /** Escapes text for XML content and attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A number as text: integers without decimals, others with up to 2. */
  public static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "–";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A coordinate: one decimal, no locale surprises. */
  static String c(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Cuts a label to n characters with an ellipsis. */
  static String clip(String s, int n) {
    if (s == null) {
      return "";
    }
    return s.length() <= n ? s : s.substring(0, Math.max(1, n - 1)) + "…";
  }

  /** An SVG that only says there is nothing to draw. */
  public static String empty(String id, String message) {
    return "<svg class=\"chart empty\" id=\"" + esc(id) + "\" viewBox=\"0 0 600 40\" width=\"600\""
        + " height=\"40\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"><text x=\"8\" y=\"24\" "
        + FONT + " font-size=\"14\" fill=\"#666\">" + esc(message) + "</text></svg>";
  }

  private static String open(String id, double w, double h, String label) {
    return "<svg class=\"chart\" id=\"" + esc(id) + "\" viewBox=\"0 0 " + c(w) + " " + c(h)
        + "\" width=\"" + c(w) + "\" height=\"" + c(h) + "\" role=\"img\" aria-label=\""
        + esc(label) + "\" xmlns=\"http://www.w3.org/2000/svg\">";
  }

  /**
   * Horizontal bars, one row per {@link Bar}, parts stacked in {@code partNames} order with
   * {@code colors}; the total is written after each bar. A legend is drawn when there are two or
   * more parts.
   */
  public static String bars(String id, String label, List<Bar> rows, List<String> partNames,
      List<String> colors) {
    if (rows.isEmpty()) {
      return empty(id, "no data");
    }
    double labelW = 210;
    double plotW = 440;
    double rowH = 22;
    double top = partNames.size() > 1 ? 30 : 8;
    double w = labelW + plotW + 60;
    double h = top + rows.size() * rowH + 8;
    double max = 0;
    for (Bar r : rows) {
      max = Math.max(max, sum(r.parts()));
    }
    if (max <= 0) {
      max = 1;
    }
    StringBuilder s = new StringBuilder(open(id, w, h, label));
    if (partNames.size() > 1) {
      double x = labelW;
      for (int i = 0; i < partNames.size(); i++) {
        s.append("<rect class=\"legend\" x=\"").append(c(x)).append("\" y=\"8\" width=\"12\""
            + " height=\"12\" fill=\"").append(colors.get(i % colors.size())).append("\"/>");
        s.append("<text x=\"").append(c(x + 16)).append("\" y=\"18\" ").append(FONT)
            .append(" font-size=\"12\">").append(esc(partNames.get(i))).append("</text>");
        x += 22 + 7.5 * partNames.get(i).length();
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Bar r = rows.get(i);
      double y = top + i * rowH;
      s.append("<g class=\"bar\"><title>").append(esc(r.tooltip() == null ? r.label() : r.tooltip()))
          .append("</title>");
      s.append("<text x=\"").append(c(labelW - 6)).append("\" y=\"").append(c(y + rowH * 0.7))
          .append("\" text-anchor=\"end\" ").append(FONT).append(" font-size=\"12\">")
          .append(esc(clip(r.label(), 32))).append("</text>");
      double x = labelW;
      for (int p = 0; p < r.parts().length; p++) {
        double bw = plotW * r.parts()[p] / max;
        if (bw <= 0) {
          continue;
        }
        s.append("<rect x=\"").append(c(x)).append("\" y=\"").append(c(y + 3))
            .append("\" width=\"").append(c(bw)).append("\" height=\"").append(c(rowH - 6))
            .append("\" fill=\"").append(colors.get(p % colors.size())).append("\"><title>")
            .append(esc(r.label() + ": " + num(r.parts()[p])
                + (p < partNames.size() ? " " + partNames.get(p) : "")))
            .append("</title></rect>");
        x += bw;
      }
      s.append("<text x=\"").append(c(x + 4)).append("\" y=\"").append(c(y + rowH * 0.7))
          .append("\" ").append(FONT).append(" font-size=\"12\" fill=\"#333\">")
          .append(num(sum(r.parts()))).append("</text></g>");
    }
    return s.append("</svg>").toString();
  }

  /**
   * Lines over the x positions {@code xLabels}, one per series, with a y axis from 0 and a legend.
   * Points with a value above zero get a dot so single-day spikes stay visible.
   */
  public static String lines(String id, String label, List<String> xLabels, List<Series> series) {
    if (xLabels.isEmpty() || series.isEmpty()) {
      return empty(id, "no dated statements");
    }
    double left = 46;
    double right = 16;
    double legendH = 18 * ((series.size() + 2) / 3) + 8;
    double top = legendH + 8;
    double plotW = 660;
    double plotH = 220;
    double bottom = 60;
    double w = left + plotW + right;
    double h = top + plotH + bottom;
    double max = 0;
    for (Series ser : series) {
      for (double v : ser.values()) {
        max = Math.max(max, v);
      }
    }
    double step = niceStep(max <= 0 ? 1 : max, 5);
    double yMax = Math.max(step, Math.ceil((max <= 0 ? 1 : max) / step) * step);
    int n = xLabels.size();
    double dx = n > 1 ? plotW / (n - 1) : 0;
    StringBuilder s = new StringBuilder(open(id, w, h, label));
    // legend
    for (int i = 0; i < series.size(); i++) {
      double lx = left + (i % 3) * 220;
      double ly = 8 + (i / 3) * 18;
      String col = PALETTE.get(i % PALETTE.size());
      s.append("<rect class=\"legend\" x=\"").append(c(lx)).append("\" y=\"").append(c(ly))
          .append("\" width=\"12\" height=\"12\" fill=\"").append(col).append("\"/>");
      s.append("<text x=\"").append(c(lx + 16)).append("\" y=\"").append(c(ly + 10)).append("\" ")
          .append(FONT).append(" font-size=\"12\">").append(esc(clip(series.get(i).name(), 30)))
          .append("</text>");
    }
    // y grid and ticks
    for (double v = 0; v <= yMax + step / 2; v += step) {
      double y = top + plotH - plotH * v / yMax;
      s.append("<line x1=\"").append(c(left)).append("\" x2=\"").append(c(left + plotW))
          .append("\" y1=\"").append(c(y)).append("\" y2=\"").append(c(y))
          .append("\" stroke=\"#e3e3e3\"/>");
      s.append("<text x=\"").append(c(left - 6)).append("\" y=\"").append(c(y + 4))
          .append("\" text-anchor=\"end\" ").append(FONT).append(" font-size=\"11\" fill=\"#555\">")
          .append(num(v)).append("</text>");
    }
    s.append("<line x1=\"").append(c(left)).append("\" x2=\"").append(c(left)).append("\" y1=\"")
        .append(c(top)).append("\" y2=\"").append(c(top + plotH)).append("\" stroke=\"#999\"/>");
    // x labels: at most ~12
    int every = Math.max(1, (int) Math.ceil(n / 12.0));
    for (int i = 0; i < n; i += every) {
      double x = left + i * dx;
      double y = top + plotH + 14;
      s.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y))
          .append("\" text-anchor=\"end\" transform=\"rotate(-40 ").append(c(x)).append(' ')
          .append(c(y)).append(")\" ").append(FONT).append(" font-size=\"11\" fill=\"#555\">")
          .append(esc(xLabels.get(i))).append("</text>");
    }
    for (int k = 0; k < series.size(); k++) {
      Series ser = series.get(k);
      String col = PALETTE.get(k % PALETTE.size());
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double v = i < ser.values().length ? ser.values()[i] : 0;
        double x = left + (n > 1 ? i * dx : plotW / 2);
        double y = top + plotH - plotH * v / yMax;
        d.append(i == 0 ? "M" : " L").append(c(x)).append(' ').append(c(y));
      }
      s.append("<g class=\"series\"><title>").append(esc(ser.name())).append("</title>");
      s.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(col)
          .append("\" stroke-width=\"").append(k == 0 ? "2.5" : "1.8").append("\"/>");
      for (int i = 0; i < n && i < ser.values().length; i++) {
        double v = ser.values()[i];
        if (v <= 0) {
          continue;
        }
        double x = left + (n > 1 ? i * dx : plotW / 2);
        double y = top + plotH - plotH * v / yMax;
        s.append("<circle cx=\"").append(c(x)).append("\" cy=\"").append(c(y))
            .append("\" r=\"3\" fill=\"").append(col).append("\"><title>")
            .append(esc(ser.name() + ", " + xLabels.get(i) + ": " + num(v)))
            .append("</title></circle>");
      }
      s.append("</g>");
    }
    return s.append("</svg>").toString();
  }

  /**
   * A square heatmap: {@code values[i][j]} for row label i and column label j; NaN cells (no
   * pair, or the diagonal) stay blank. Colour goes from white to {@code color} on a square-root
   * scale of value / max over the non-negative values; negative values (PMI) are shaded in grey.
   * {@code tooltips[i][j]} may be null.
   */
  public static String heatmap(String id, String label, List<String> labels, double[][] values,
      String[][] tooltips, String color) {
    int n = labels.size();
    if (n == 0) {
      return empty(id, "no actors");
    }
    // rows carry the full labels, numbered; columns carry the numbers, so nothing is clipped or
    // rotated, and each cell prints its value: the chart reads on paper, without hover
    double cell = 24;
    int longest = 0;
    for (int i = 0; i < n; i++) {
      longest = Math.max(longest, rowLabel(i, labels.get(i)).length());
    }
    double labelW = 12 + longest * 6.4;
    double labelH = 22;
    double w = labelW + n * cell + 60;
    double h = Math.max(labelH + n * cell + 10, labelH + 150);
    double max = 0;
    double min = 0;
    for (double[] row : values) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          max = Math.max(max, v);
          min = Math.min(min, v);
        }
      }
    }
    StringBuilder s = new StringBuilder(open(id, w, h, label));
    for (int i = 0; i < n; i++) {
      double y = labelH + i * cell;
      s.append("<text class=\"row-label\" x=\"").append(c(labelW - 5)).append("\" y=\"")
          .append(c(y + cell * 0.66)).append("\" text-anchor=\"end\" ").append(FONT)
          .append(" font-size=\"11\">").append(esc(rowLabel(i, labels.get(i)))).append("</text>");
      double x = labelW + i * cell + cell / 2;
      s.append("<text class=\"col-label\" x=\"").append(c(x)).append("\" y=\"").append(c(labelH - 6))
          .append("\" text-anchor=\"middle\" ").append(FONT).append(" font-size=\"11\">")
          .append(i + 1).append("<title>").append(esc(labels.get(i))).append("</title></text>");
    }
    s.append("<rect class=\"frame\" x=\"").append(c(labelW)).append("\" y=\"").append(c(labelH))
        .append("\" width=\"").append(c(n * cell)).append("\" height=\"").append(c(n * cell))
        .append("\" fill=\"#fafafa\" stroke=\"#ccc\"/>");
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = values[i][j];
        if (Double.isNaN(v)) {
          continue;
        }
        String fill;
        double t;
        if (v >= 0) {
          t = max > 0 ? Math.sqrt(v / max) : 0;
          fill = mix("#ffffff", color, 0.08 + 0.92 * t);
        } else {
          t = min < 0 ? Math.sqrt(v / min) : 0;
          fill = mix("#ffffff", "#7f7f7f", 0.08 + 0.6 * t);
        }
        double x = labelW + j * cell;
        double y = labelH + i * cell;
        s.append("<rect class=\"cell\" x=\"").append(c(x)).append("\" y=\"")
            .append(c(y)).append("\" width=\"").append(c(cell - 1))
            .append("\" height=\"").append(c(cell - 1)).append("\" fill=\"").append(fill)
            .append("\"><title>");
        String tip = tooltips != null && tooltips[i][j] != null ? tooltips[i][j]
            : labels.get(i) + " × " + labels.get(j) + ": " + num(v);
        s.append(esc(tip)).append("</title></rect>");
        s.append("<text class=\"value\" x=\"").append(c(x + (cell - 1) / 2)).append("\" y=\"")
            .append(c(y + cell * 0.64)).append("\" text-anchor=\"middle\" ").append(FONT)
            .append(" font-size=\"").append(v >= 100 ? "8" : "10").append("\" fill=\"")
            .append(v >= 0 && t > 0.6 ? "#fff" : "#222").append("\" pointer-events=\"none\">")
            .append(num(v)).append("</text>");
      }
    }
    // colour scale
    double lx = labelW + n * cell + 20;
    for (int k = 0; k <= 10; k++) {
      double t = k / 10.0;
      s.append("<rect class=\"scale\" x=\"").append(c(lx)).append("\" y=\"")
          .append(c(labelH + (10 - k) * 12)).append("\" width=\"14\" height=\"12\" fill=\"")
          .append(mix("#ffffff", color, 0.08 + 0.92 * Math.sqrt(t))).append("\"/>");
    }
    s.append("<text x=\"").append(c(lx + 18)).append("\" y=\"").append(c(labelH + 10)).append("\" ")
        .append(FONT).append(" font-size=\"11\">").append(num(max)).append("</text>");
    s.append("<text x=\"").append(c(lx + 18)).append("\" y=\"").append(c(labelH + 130))
        .append("\" ").append(FONT).append(" font-size=\"11\">0</text>");
    return s.append("</svg>").toString();
  }

  /** A heatmap row's label: its column number, then the full name. */
  static String rowLabel(int i, String label) {
    return (i + 1) + ". " + (label == null ? "" : label);
  }

  /** Linear mix of two #rrggbb colours, t in [0,1]. */
  static String mix(String a, String b, double t) {
    t = Math.max(0, Math.min(1, t));
    int ra = Integer.parseInt(a.substring(1, 3), 16);
    int ga = Integer.parseInt(a.substring(3, 5), 16);
    int ba = Integer.parseInt(a.substring(5, 7), 16);
    int rb = Integer.parseInt(b.substring(1, 3), 16);
    int gb = Integer.parseInt(b.substring(3, 5), 16);
    int bb = Integer.parseInt(b.substring(5, 7), 16);
    return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(ra + (rb - ra) * t),
        Math.round(ga + (gb - ga) * t), Math.round(ba + (bb - ba) * t));
  }

  /** A round tick step (1, 2, 5 × 10^k) giving about {@code ticks} ticks up to max. */
  static double niceStep(double max, int ticks) {
    double raw = max / ticks;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return Math.max(1, nice * mag);
  }

  static double sum(double[] xs) {
    double t = 0;
    for (double x : xs) {
      t += x;
    }
    return t;
  }
}
