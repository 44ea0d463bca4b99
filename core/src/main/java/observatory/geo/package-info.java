/**
 * Place resolution: turns a place name as a report writes it ("Maarat al-Numan", "the
 * southern Idlib countryside", "معرة النعمان") into a gazetteer {@link observatory.geo.Place}
 * with a {@link observatory.geo.LocationPrecision}.
 *
 * <p>Start at {@link observatory.geo.Gazetteer}: {@code Gazetteer.bundled().resolve(name, context)}
 * gives a {@link observatory.geo.Resolution}: Resolved, Ambiguous (several places fit equally
 * well; no guess is forced) or NotFound. The bundled data and its licences are described in
 * {@code src/main/resources/observatory/geo/SOURCES.md}; {@code scripts/build-gazetteer.sh}
 * rebuilds it. Governorate names, countries and named areas are data files beside it.
 *
 * <p>A user's own places: {@link observatory.geo.PlaceStore} keeps them in a data folder,
 * {@link observatory.geo.UserPlaces} reads a CSV or GeoNames file into them, and
 * {@code Gazetteer.standard(dataDir)} is the bundled gazetteer with them added.
 */
package observatory.geo;
