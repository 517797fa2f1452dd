package org.actorgraph.io;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Matches the input globs, every entry accounted for. Beam's own match drops what it cannot
 * stat (a dangling symbolic link) without a word, so local globs are walked here: each match
 * is a file to read or a {@code problem} (dangling link, unreadable, not a regular file) that
 * becomes an {@code unreadable} reject. Other file systems go through Beam's match.
 *
 * <p>Each file gets a {@code name}: its path relative to the globs' common base folder, which
 * makes the doc ids (unique, unlike base names: {@code x.txt} and {@code x.txt.bz2}, or two
 * folders' {@code x.txt}).
 */
public final class InputFiles {
  private InputFiles() {}

  /** One matched entry. */
  public static final class Entry implements Serializable {
    public final String path;
    public final String name;
    public final @Nullable String problem;

    Entry(String path, String name, @Nullable String problem) {
      this.path = path;
      this.name = name;
      this.problem = problem;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Entry && ((Entry) o).path.equals(path) && ((Entry) o).name.equals(name)
          && Objects.equals(((Entry) o).problem, problem);
    }

    @Override
    public int hashCode() {
      return path.hashCode();
    }

    @Override
    public String toString() {
      return path + (problem == null ? "" : " (" + problem + ")");
    }
  }

  private static boolean isLocal(String glob) {
    return !glob.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || glob.startsWith("file://");
  }

  private static String stripFileScheme(String glob) {
    return glob.startsWith("file://") ? glob.substring("file://".length()) : glob;
  }

  private static int wildcard(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      if ("*?[{".indexOf(glob.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The folder a glob starts in, absolute for local globs, ending in "/". */
  static String base(String glob) {
    String g = isLocal(glob) ? absolute(stripFileScheme(glob)) : glob;
    int w = wildcard(g);
    String prefix = w < 0 ? g : g.substring(0, w);
    return prefix.substring(0, prefix.lastIndexOf('/') + 1);
  }

  private static String absolute(String path) {
    String a = Paths.get(path.isEmpty() ? "." : path).toAbsolutePath().normalize().toString();
    return path.endsWith("/") && !a.endsWith("/") ? a + "/" : a;
  }

  /**
   * Local globs made absolute where the job is built: the workers that match them may run in
   * another folder (a Flink TaskManager), and the doc ids must not depend on it.
   */
  public static List<String> absolute(List<String> globs) {
    List<String> out = new ArrayList<>();
    for (String g : globs) {
      out.add(isLocal(g) ? absolute(stripFileScheme(g)) : g);
    }
    return out;
  }

  /** The deepest folder every glob starts in: doc ids are relative to it. */
  public static String commonBase(List<String> globs) {
    String common = null;
    for (String g : globs) {
      String b = base(g);
      if (common == null) {
        common = b;
      } else {
        int n = 0;
        while (n < common.length() && n < b.length() && common.charAt(n) == b.charAt(n)) {
          n++;
        }
        common = common.substring(0, common.lastIndexOf('/', n - 1) + 1);
      }
    }
    return common == null ? "" : common;
  }

  /** Every entry {@code glob} matches, named relative to {@code base}. */
  public static void match(String glob, String base, Consumer<Entry> out) throws IOException {
    if (!isLocal(glob)) {
      MatchResult r = org.apache.beam.sdk.io.FileSystems.match(List.of(glob), EmptyMatchTreatment.ALLOW).get(0);
      if (r.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : r.metadata()) {
          String path = m.resourceId().toString();
          out.accept(new Entry(path, relative(path, base), null));
        }
      }
      return;
    }
    String g = absolute(stripFileScheme(glob));
    if (wildcard(g) < 0) {
      Path p = Paths.get(g);
      if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Entry e = classify(p, Files.readAttributes(p, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS), base);
        if (e != null) {
          out.accept(e);
        }
      }
      return;
    }
    Path start = Paths.get(base(glob));
    if (!Files.isDirectory(start)) {
      return;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + g);
    int depth = g.contains("**") ? Integer.MAX_VALUE
        : (int) g.substring(base(glob).length()).chars().filter(c -> c == '/').count() + 1;
    List<Entry> found = new ArrayList<>();
    Files.walkFileTree(start, EnumSet.noneOf(java.nio.file.FileVisitOption.class), depth,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (matcher.matches(file)) {
              Entry e = classify(file, attrs, base);
              if (e != null) {
                found.add(e);
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            if (matcher.matches(file) || file.equals(start)) {
              found.add(new Entry(file.toString(), relative(file.toString(), base),
                  "cannot be read or listed (" + exc.getClass().getSimpleName().replace("Exception", "") + ")"));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.forEach(out);
  }

  /** A file to read, a problem, or null for a folder (folders are not inputs). */
  private static @Nullable Entry classify(Path p, BasicFileAttributes attrs, String base) {
    String path = p.toString();
    String name = relative(path, base);
    if (attrs.isSymbolicLink()) {
      if (!Files.exists(p)) {
        String target;
        try {
          target = Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
          target = "?";
        }
        return new Entry(path, name, "dangling symbolic link (to " + target + ", which does not exist)");
      }
      if (Files.isDirectory(p)) {
        return null;
      }
      return Files.isRegularFile(p) ? readable(p, path, name) : new Entry(path, name, notRegular(p));
    }
    if (attrs.isDirectory()) {
      return null;
    }
    if (!attrs.isRegularFile()) {
      return new Entry(path, name, notRegular(p));
    }
    return readable(p, path, name);
  }

  private static Entry readable(Path p, String path, String name) {
    return Files.isReadable(p) ? new Entry(path, name, null) : new Entry(path, name, "permission denied");
  }

  private static String notRegular(Path p) {
    return "not a regular file (a named pipe, socket or device): not read";
  }

  private static String relative(String path, String base) {
    return path.startsWith(base) && path.length() > base.length() ? path.substring(base.length()) : path;
  }
}
