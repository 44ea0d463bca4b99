package observatory.extract;

import java.util.List;
import observatory.report.Report;

/**
 * A report as the sentence stages leave it, which every later stage reads: its text, the cue
 * words found in it, its sentences (with their figures and places) and the place rules that
 * know the report's main governorate.
 */
record Reading(Report report, String text, Cues.Index cues, List<Sentence> sentences, PlaceChoice places) {
  Reading {
    sentences = List.copyOf(sentences);
  }

  Sentence sentence(int index) {
    return sentences.get(index);
  }

  /** Whether a cue of the role lies within the sentence. */
  boolean cue(String role, Sentence s) {
    return cues.any(role, s.span().start(), s.span().end());
  }
}
