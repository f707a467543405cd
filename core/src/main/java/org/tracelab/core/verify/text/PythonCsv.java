package org.tracelab.core.verify.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code list(csv.reader(io.StringIO(text), delimiter=d))} with the excel dialect: a port of CPython's
 * C parser state machine. Lines end at {@code \n} only (a {@code \r} before it or at the end of the input ends
 * the record too); a blank line is an empty row; a quoted field may span lines and run to the end of the input;
 * text after a closing quote is appended to the field; no space is skipped.
 */
public final class PythonCsv {

    /** Raised where Python's reader raises: a carriage return followed by more text outside quotes. */
    public static final class CsvException extends Exception {
        private static final long serialVersionUID = 1L;

        CsvException(String message) {
            super(message);
        }
    }

    private enum State {
        START_RECORD,
        START_FIELD,
        IN_FIELD,
        IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD,
        EAT_CRNL
    }

    /** Marks the end of one line (after its {@code \n}, if any), as CPython's parser sees it. */
    private static final int EOL = -2;

    private static final char QUOTE = '"';

    private final char delimiter;
    private State state;
    private List<String> fields;
    private StringBuilder field;

    private PythonCsv(char delimiter) {
        this.delimiter = delimiter;
    }

    /** Every row of {@code text}, each a list of fields. */
    public static List<List<String>> read(String text, char delimiter) throws CsvException {
        return new PythonCsv(delimiter).readAll(text);
    }

    private List<List<String>> readAll(String text) throws CsvException {
        List<List<String>> rows = new ArrayList<>();
        int lineStart = 0;
        state = State.START_RECORD;
        fields = new ArrayList<>();
        field = new StringBuilder();
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline + 1;
            for (int i = lineStart; i < lineEnd; i++) {
                process(text.charAt(i));
            }
            process(EOL);
            lineStart = lineEnd;
            if (state == State.START_RECORD) {
                rows.add(fields);
                fields = new ArrayList<>();
            }
        }
        // Only an unterminated quote leaves a record open at the end of the input: Python keeps what it has.
        if (state == State.IN_QUOTED_FIELD) {
            saveField();
            rows.add(fields);
        }
        return rows;
    }

    private void process(int c) throws CsvException {
        switch (state) {
            case START_RECORD -> {
                if (c == EOL) {
                    return;
                }
                if (c == '\n' || c == '\r') {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c);
            }
            case START_FIELD -> startField(c);
            case IN_FIELD -> {
                if (c == '\n' || c == '\r' || c == EOL) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (c == delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else {
                    field.append((char) c);
                }
            }
            case IN_QUOTED_FIELD -> {
                if (c == EOL) {
                    return;
                }
                if (c == QUOTE) {
                    state = State.QUOTE_IN_QUOTED_FIELD;
                } else {
                    field.append((char) c);
                }
            }
            case QUOTE_IN_QUOTED_FIELD -> {
                if (c == QUOTE) {
                    field.append(QUOTE);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (c == '\n' || c == '\r' || c == EOL) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else {
                    field.append((char) c);
                    state = State.IN_FIELD;
                }
            }
            case EAT_CRNL -> {
                if (c == EOL) {
                    state = State.START_RECORD;
                } else if (c != '\n' && c != '\r') {
                    throw new CsvException("new-line character seen in unquoted field");
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void startField(int c) {
        if (c == '\n' || c == '\r' || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == QUOTE) {
            state = State.IN_QUOTED_FIELD;
        } else if (c == delimiter) {
            saveField();
        } else {
            field.append((char) c);
            state = State.IN_FIELD;
        }
    }

    private void saveField() {
        fields.add(field.toString());
        field.setLength(0);
    }
}
