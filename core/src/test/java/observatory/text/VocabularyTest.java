package observatory.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer only knows the words of {@link Lexicon#VOCABULARY}; a word literal missing
 * there would silently never match. This test reads the package's sources to catch that.
 */
class VocabularyTest {
  private static final Path SOURCES = Path.of("src/main/java/observatory/text");
  private static final Pattern WORD_LITERAL = Pattern.compile("\"([a-z]+(?: [a-z]+)*)\"");

  @Test
  void everyWordLiteralOfThePackageIsInTheVocabulary() throws IOException {
    Set<String> vocabulary = new HashSet<>(Arrays.asList(Lexicon.VOCABULARY));
    Set<String> missing = new HashSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Sentences.java")).toList()) {
        Matcher m = WORD_LITERAL.matcher(Files.readString(f));
        while (m.find()) {
          for (String w : m.group(1).split(" ")) {
            if (!vocabulary.contains(w)) {
              missing.add(w + " (" + f.getFileName() + ")");
            }
          }
        }
      }
    }
    assertThat(missing).as("add these words to Lexicon.VOCABULARY").isEmpty();
  }

  @Test
  void tokensOfKnownWordsReadInAnyCaseAndOthersReadAsNothing() {
    List<Tok> t = Tok.tokenize("At LEAST Kafranbel", 0, 18);
    assertThat(t).extracting(x -> x.lower).containsExactly("at", "least", "");
    assertThat(t.get(0).capitalized()).isTrue();
  }
}
