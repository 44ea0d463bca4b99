package observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import observatory.claim.When;
import observatory.extract.Extractor;
import observatory.generate.Corpus;
import observatory.generate.GeneratedReport;
import observatory.generate.Generator;
import observatory.link.Incident;
import observatory.link.Measure;
import observatory.link.Totals;
import observatory.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The server's queries ({@link IncidentQueries}, {@link LinkPreview}) select, page and sum exactly
 * what the store's own reads do, on each engine.
 */
abstract class IncidentQueriesContract {
  abstract String freshDatabase() throws Exception;

  private static final Extractor EXTRACTOR = Extractor.standard();

  private Store filled(Corpus corpus, List<GeneratedReport> reports) throws Exception {
    Store store = Store.open(freshDatabase());
    for (GeneratedReport r : reports) {
      store.ingest(EXTRACTOR.extract(r.toReport()));
    }
    store.ingest(EXTRACTOR.extract(Report.builder("At least 288 civilians, including 93 children, were killed in"
        + " Idlib province between 2 March and 20 March 2019, the Syrian Network for Human Rights said in a"
        + " monthly report.").publisher("SNHR").published(LocalDate.of(2019, 3, 21)).build()));
    store.relink();
    return store;
  }

  @Test
  void pagesAndSumsAreTheStoresOwn() throws Exception {
    Corpus corpus = Generator.generate(40, 3);
    try (Store store = filled(corpus, corpus.reports())) {
      List<Incident> all = store.incidents(IncidentFilter.all());
      assertThat(all).anyMatch(i -> i.when() instanceof When.Between b && b.from().isPresent() && b.to().isPresent());
      List<IncidentFilter> filters = new ArrayList<>(List.of(IncidentFilter.all(),
          IncidentFilter.all().from(LocalDate.of(2019, 3, 10)),
          IncidentFilter.all().region("IDLIB").from(LocalDate.of(2019, 3, 10)).to(LocalDate.of(2019, 12, 31)),
          IncidentFilter.all().to(LocalDate.of(2019, 6, 30)).actor("gov"),
          IncidentFilter.all().type("air/drone strike")));
      for (IncidentFilter filter : filters) {
        List<Incident> expected = store.incidents(filter);
        List<Incident> paged = new ArrayList<>();
        int offset = 0;
        while (true) {
          IncidentQueries.Page page = IncidentQueries.page(store, filter, Optional.empty(), offset, 5);
          paged.addAll(page.incidents());
          if (!page.more()) {
            break;
          }
          offset += 5;
        }
        assertThat(paged).as(filter.toString()).containsExactlyElementsOf(expected);
        Totals sums = Totals.of(expected);
        Totals sql = IncidentQueries.totals(store, filter, Optional.empty());
        assertThat(sql.incidents()).isEqualTo(sums.incidents());
        assertThat(sql.aggregatesLeftOut()).isEqualTo(sums.aggregatesLeftOut());
        assertThat(sql.sums()).as(filter.toString()).isEqualTo(sums.sums());
      }
      List<Incident> corroborated = IncidentQueries.page(store, IncidentFilter.all(), Optional.of("corroborated"), 0, 1000)
          .incidents();
      assertThat(corroborated).isNotEmpty().allMatch(i -> i.status() == Incident.Status.CORROBORATED);
      long byRegion = IncidentQueries.totalsByRegion(store, IncidentFilter.all(), Optional.empty()).values().stream()
          .mapToLong(t -> t.sums().containsKey(Measure.KILLED) ? t.sums().get(Measure.KILLED).best() : 0).sum();
      assertThat(byRegion).isEqualTo(store.totals(IncidentFilter.all()).sums().get(Measure.KILLED).best());
    }
  }

  @Test
  void regionalTotalsFromTheDailySummaryEqualTheTotalsOfTheIncidentsThemselves() throws Exception {
    Corpus corpus = Generator.generate(60, 5);
    try (Store store = filled(corpus, corpus.reports())) {
      // A discounted incident leaves the totals: the summary is rebuilt by the analyst's relink.
      Incident discounted = store.incidents(IncidentFilter.all()).stream()
          .filter(i -> !i.aggregate() && i.when() instanceof When.Day && i.estimate(Measure.KILLED).isPresent())
          .findFirst().orElseThrow();
      store.setStatus(discounted.id(), "discounted", "a duplicate of an older report", "test");
      LocalDate day = ((When.Day) discounted.when()).date();
      List<IncidentFilter> filters = List.of(IncidentFilter.all(),
          IncidentFilter.all().from(LocalDate.of(2019, 3, 10)),
          IncidentFilter.all().to(LocalDate.of(2019, 3, 15)),
          IncidentFilter.all().region("IDLIB").from(LocalDate.of(2019, 3, 10)).to(LocalDate.of(2019, 12, 31)),
          IncidentFilter.all().region(discounted.admin1().orElse(null)).from(day).to(day),
          IncidentFilter.all().from(LocalDate.of(2019, 3, 12)).to(LocalDate.of(2019, 3, 12)),
          // whole months, and months with days at both edges (the summary reads months and edge days)
          IncidentFilter.all().from(LocalDate.of(2019, 2, 1)).to(LocalDate.of(2019, 4, 30)),
          IncidentFilter.all().from(LocalDate.of(2019, 1, 15)).to(LocalDate.of(2019, 6, 10)),
          IncidentFilter.all().region("idlib").from(LocalDate.of(2019, 1, 15)).to(LocalDate.of(2019, 2, 10)));
      for (IncidentFilter filter : filters) {
        Totals stores = store.totals(filter);
        var summary = IncidentQueries.totalsByRegion(store, filter, Optional.empty());
        var detail = store.inTransaction(c -> IncidentQueries.totalsByRegion(c, filter, Optional.empty()));
        assertThat(summary).as(filter.toString()).isEqualTo(detail);
        Totals total = IncidentQueries.totals(store, filter, Optional.empty());
        assertThat(total.incidents()).as(filter.toString()).isEqualTo(stores.incidents());
        assertThat(total.aggregatesLeftOut()).as(filter.toString()).isEqualTo(stores.aggregatesLeftOut());
        assertThat(total.sums()).as(filter.toString()).isEqualTo(stores.sums());
      }
      Totals onTheDay = IncidentQueries.totals(store, IncidentFilter.all().region(discounted.admin1().orElse(null))
          .from(day).to(day), Optional.empty());
      long others = store.incidents(IncidentFilter.all().region(discounted.admin1().orElse(null)).from(day).to(day))
          .stream().filter(i -> !i.aggregate() && i.status() != Incident.Status.DISCOUNTED).count();
      assertThat(onTheDay.incidents()).isEqualTo(others);
    }
  }

  @Test
  void aPreviewFindsTheIncidentAHeldOutReportJoins() throws Exception {
    Corpus corpus = Generator.generate(80, 7);
    List<GeneratedReport> stored = new ArrayList<>(corpus.reports().subList(0, 25));
    stored.addAll(corpus.reports().subList(35, 80));
    try (Store store = filled(corpus, stored)) {
      var before = store.counts();
      int joins = 0;
      for (GeneratedReport held : corpus.reports().subList(25, 35)) {
        for (LinkPreview.Join join : LinkPreview.of(store, EXTRACTOR.extract(held.toReport()))) {
          for (String id : join.incidents()) {
            assertThat(store.incident(id)).isPresent();
            joins++;
          }
        }
      }
      assertThat(joins).isPositive();
      assertThat(store.counts()).isEqualTo(before);
    }
  }
}
