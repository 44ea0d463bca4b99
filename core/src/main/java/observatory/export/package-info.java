/**
 * Claims out of the core. {@link observatory.export.ClaimJson} writes an extraction in the JSON
 * schema of the evaluation corpus, with evidence spans and place resolutions beside it.
 */
package observatory.export;
