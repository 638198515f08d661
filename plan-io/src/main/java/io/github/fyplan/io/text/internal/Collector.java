package io.github.fyplan.io.text.internal;

import io.github.fyplan.io.text.BaselineProposal;
import io.github.fyplan.io.text.CountCheck;
import io.github.fyplan.io.text.Guess;
import io.github.fyplan.io.text.LineKind;
import io.github.fyplan.io.text.UnplacedLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Gathers what the report will say while the importer runs. Not thread-safe; one per import. */
final class Collector {
    final LineKind[] kinds;
    final String[] texts;
    final List<UnplacedLine> unplaced = new ArrayList<>();
    final List<Guess> guesses = new ArrayList<>();
    final List<CountCheck> countChecks = new ArrayList<>();
    final List<BaselineProposal> proposals = new ArrayList<>();

    Collector(int lineCount) {
        kinds = new LineKind[lineCount];
        Arrays.fill(kinds, LineKind.EMPTY);
        texts = new String[lineCount];
    }

    void place(int lineNumber, LineKind kind) {
        kinds[lineNumber - 1] = kind;
    }

    void unplaced(int lineNumber, String reason) {
        kinds[lineNumber - 1] = LineKind.UNPLACED;
        unplaced.add(new UnplacedLine(lineNumber, texts[lineNumber - 1], reason));
    }

    void guess(int lineNumber, String what, String value) {
        guesses.add(new Guess(lineNumber, what, value));
    }

    List<UnplacedLine> sortedUnplaced() {
        List<UnplacedLine> copy = new ArrayList<>(unplaced);
        copy.sort(Comparator.comparingInt(UnplacedLine::lineNumber));
        return copy;
    }

    List<Guess> sortedGuesses() {
        List<Guess> copy = new ArrayList<>(guesses);
        copy.sort(Comparator.comparingInt(Guess::lineNumber));
        return copy;
    }
}
