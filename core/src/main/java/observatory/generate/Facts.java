package observatory.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import observatory.geo.Gazetteer;
import observatory.geo.Place;

/** The data files of the generator: towns, actors, weapons, sources and sentence templates. */
final class Facts {
  record Town(String name, long geonameId, String admin1, List<String> spellings) {
  }

  record Weapon(String name, String withActor, String withoutActor, List<String> actors) {
  }

  final List<Town> towns = new ArrayList<>();
  final Map<String, List<String>> governorates = new LinkedHashMap<>();
  final Map<String, String> actorLabels = new LinkedHashMap<>();
  /** Where an actor strikes, by governorate; an actor missing here strikes anywhere. */
  final Map<String, List<String>> actorRegions = new LinkedHashMap<>();
  final List<Weapon> weapons = new ArrayList<>();
  final Map<String, List<String>> sources = new LinkedHashMap<>();
  final List<String> cities = new ArrayList<>();
  final Map<String, List<String>> templates = new LinkedHashMap<>();

  private Facts() {
  }

  static Facts bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Facts INSTANCE = load(Gazetteer.bundled());
  }

  static Facts load(Gazetteer gazetteer) {
    Facts facts = new Facts();
    for (String[] row : rows("facts.tsv")) {
      switch (row[0]) {
        case "town" -> facts.towns.add(town(gazetteer, row));
        case "governorate" -> facts.governorates.put(row[1], List.of(row[2].split("\\|")));
        case "actor" -> {
          facts.actorLabels.put(row[1], row[2]);
          if (row.length > 3 && !row[3].isBlank()) {
            facts.actorRegions.put(row[1], List.of(row[3].split("\\|")));
          }
        }
        case "weapon" -> facts.weapons.add(new Weapon(row[1], row[2], row[3], List.of(row[4].split("\\|"))));
        case "source" -> facts.sources.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[2]);
        case "city" -> facts.cities.add(row[1]);
        default -> throw new IllegalStateException("facts.tsv: unknown section '" + row[0] + "' in " + Arrays.toString(row));
      }
    }
    for (String[] row : rows("templates.tsv")) {
      facts.templates.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    for (Weapon w : facts.weapons) {
      for (String a : w.actors()) {
        if (!facts.actorLabels.containsKey(a)) {
          throw new IllegalStateException("facts.tsv: weapon '" + w.name() + "' names actor '" + a
              + "', which has no actor line; add one");
        }
      }
    }
    return facts;
  }

  /** The towns where an actor strikes. */
  List<Town> townsOf(String actor) {
    List<String> regions = actorRegions.get(actor);
    return regions == null ? towns : towns.stream().filter(t -> regions.contains(t.admin1())).toList();
  }

  List<String> templates(String section) {
    List<String> found = templates.get(section);
    if (found == null) {
      throw new IllegalStateException("templates.tsv has no section '" + section + "'; add at least one line");
    }
    return found;
  }

  /** A town, checked against the gazetteer: its governorate, and only the spellings that resolve back to it. */
  private static Town town(Gazetteer gazetteer, String[] row) {
    long id = Long.parseLong(row[1]);
    String name = row[2];
    Place place = findById(gazetteer, name, id);
    if (place == null || place.admin1().isEmpty()) {
      throw new IllegalStateException("facts.tsv: town '" + name + "' does not resolve to GeoNames id " + id
          + " with a governorate in the bundled gazetteer; fix its name or id");
    }
    List<String> spellings = new ArrayList<>();
    spellings.add(name);
    if (row.length > 3 && !row[3].isBlank()) {
      for (String s : row[3].split("\\|")) {
        if (findById(gazetteer, s, id) != null && gazetteer.candidates(s).size() == 1) {
          spellings.add(s);
        }
      }
    }
    return new Town(name, id, place.admin1().get(), List.copyOf(spellings));
  }

  private static Place findById(Gazetteer gazetteer, String name, long id) {
    for (Place p : gazetteer.candidates(name)) {
      if (p.geonameId().isPresent() && p.geonameId().getAsLong() == id) {
        return p;
      }
    }
    return null;
  }

  private static List<String[]> rows(String resource) {
    InputStream in = Facts.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource observatory/generate/" + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length < 2) {
          throw new IllegalStateException(resource + ": a line needs a section and a tab: '" + line + "'");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
    return rows;
  }
}
