package org.actorgraph.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actorgraph.io.Tables;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

/** Corpus-level resolution as a Beam transform: lone surnames relinked, one type per name. */
public class ResolveCorpusActorsTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static Row mention(String doc, String id, String name, String surface, String type, String resolution) {
    return Row.withSchema(Tables.MENTIONS_SCHEMA)
        .addValues(doc, null, id, name, surface, type, null, 0, 0, 0, surface.length(), resolution)
        .build();
  }

  @Test
  public void relinksLoneSurnamesToTheDominantPersonAndUnifiesTypes() {
    List<Row> in = new ArrayList<>();
    for (int d = 0; d < 4; d++) { // Ana Ruiz-Molina by full name in four articles
      in.add(mention("d" + d, "per:ruizmolina.a", "Ana Ruiz-Molina", "Ana Ruiz-Molina", "PERSON", "full_name"));
    }
    in.add(mention("d9", "per:ruizmolina@abc", "Ruiz-Molina", "Ruiz-Molina", "PERSON", "document"));
    // a surname two people share keeps its lone mentions in their documents
    in.add(mention("d1", "per:okafor.s", "Selina Okafor", "Selina Okafor", "PERSON", "full_name"));
    in.add(mention("d2", "per:okafor.j", "John Okafor", "John Okafor", "PERSON", "full_name"));
    in.add(mention("d3", "per:okafor.j", "John Okafor", "John Okafor", "PERSON", "full_name"));
    in.add(mention("d8", "per:okafor@def", "Okafor", "Okafor", "PERSON", "document"));
    // a name typed a place twice and an organisation once is one place
    in.add(mention("d1", "loc:port-elms", "Port Elms", "Port Elms", "LOCATION", "full_name"));
    in.add(mention("d2", "loc:port-elms", "Port Elms", "Port Elms", "LOCATION", "full_name"));
    in.add(mention("d3", "org:port-elms", "Port Elms", "Port Elms", "ORGANIZATION", "full_name"));
    PCollection<Row> mentions = p.apply(Create.of(in).withRowSchema(Tables.MENTIONS_SCHEMA));
    PCollectionView<Map<String, String>> rewrites = mentions.apply(ResolveCorpusActors.rewrites());
    PCollection<String> out = ResolveCorpusActors.relinkRows(mentions, rewrites, "Relink")
        .apply(MapElements.into(TypeDescriptors.strings()).via(r ->
            r.getString("doc_id") + " " + r.getString("actor_id") + " " + r.getString("type") + " "
                + r.getString("resolution")));
    PAssert.that(out).containsInAnyOrder(
        "d0 per:ruizmolina.a PERSON full_name", "d1 per:ruizmolina.a PERSON full_name",
        "d2 per:ruizmolina.a PERSON full_name", "d3 per:ruizmolina.a PERSON full_name",
        "d9 per:ruizmolina.a PERSON corpus",
        "d1 per:okafor.s PERSON full_name", "d2 per:okafor.j PERSON full_name",
        "d3 per:okafor.j PERSON full_name", "d8 per:okafor@def PERSON document",
        "d1 loc:port-elms LOCATION full_name", "d2 loc:port-elms LOCATION full_name",
        "d3 loc:port-elms LOCATION corpus");
    p.run();
  }
}
