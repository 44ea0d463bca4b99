package observatory.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import observatory.claim.Confidence;
import observatory.claim.Count;
import observatory.link.ClaimRef;
import observatory.link.Measure;
import observatory.link.Totals;

/**
 * A monitor's tally and how much of it the observatory's documented incidents account for.
 *
 * <p>The rule (also in the README, "Tallies"): the incidents counted are the single incidents
 * (never totals or other tallies) that are not discounted, lie in the tally's region (one of its
 * governorates, or its country when it names no governorate) and whose dates lie wholly within its
 * period (a period with no end stated runs to the report's publication date). Per figure the tally
 * states, their low, best and high are summed as {@code totals} sums them; the share is the best
 * sum over the tally's figure. The part of each sum that rests on incidents marked for review is
 * given apart ({@code accountedInReview}), as totals give it.
 *
 * @param regions the governorates of the tally, or its country
 * @param country the tally's country (ISO code), when known
 * @param stated the tally's figures as stated ("288 civilians", "93 children")
 * @param accounted per stated figure, the sums of the incidents (absent: no incident states that figure)
 * @param incidents how many incidents lie in the tally's region and period
 * @param unaccountable why nothing could be accounted for (no region, no period start), when so
 * @param accountedInReview per stated figure, the part of {@code accounted} summed over incidents
 *     marked for review (absent: none of them states that figure)
 * @param confidence how far the tally itself was read with confidence, and why not
 */
public record TallyAccount(
    ClaimRef claim,
    Optional<String> publisher,
    List<String> sources,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    List<String> regions,
    Optional<String> country,
    Map<Measure, Count> stated,
    int incidents,
    Map<Measure, Totals.Sum> accounted,
    Optional<String> unaccountable,
    Map<Measure, Totals.Sum> accountedInReview,
    Confidence confidence) {

  public TallyAccount {
    sources = List.copyOf(sources);
    regions = List.copyOf(regions);
    stated = Map.copyOf(stated);
    accounted = Map.copyOf(accounted);
    accountedInReview = Map.copyOf(accountedInReview);
  }

  /** The best sum of the incidents over the tally's figure, for one stated figure (empty when it states none, or 0). */
  public OptionalDouble share(Measure measure) {
    Count c = stated.get(measure);
    if (c == null || c.figure() == 0 || unaccountable.isPresent()) {
      return OptionalDouble.empty();
    }
    Totals.Sum sum = accounted.get(measure);
    return OptionalDouble.of((sum == null ? 0 : sum.best()) / (double) c.figure());
  }
}
