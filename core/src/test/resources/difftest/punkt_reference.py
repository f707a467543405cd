"""Reference spans from NLTK 3.8 Punkt for the Java differential test.

Usage: punkt_reference.py PARAMS_DIR < texts.jsonl > spans.jsonl
Each input line is a JSON string; each output line is a JSON list of [start, end] spans.
Offsets are in UTF-16 code units so they compare directly with Java string indices.
The tokenizer is built from the four punkt_tab files, the same way the Java loader reads them.
"""
import json
import os
import sys
from collections import defaultdict

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line for line in f.read().split("\n") if line]


def load_params(directory):
    params = PunktParameters()
    params.abbrev_types = set(read_lines(os.path.join(directory, "abbrev_types.txt")))
    params.sent_starters = set(read_lines(os.path.join(directory, "sent_starters.txt")))
    params.collocations = {
        tuple(line.split("\t")) for line in read_lines(os.path.join(directory, "collocations.tab"))
    }
    ortho = defaultdict(int)
    for line in read_lines(os.path.join(directory, "ortho_context.tab")):
        word, flags = line.split("\t")
        ortho[word] = int(flags)
    params.ortho_context = ortho
    return params


def utf16_offsets(text):
    """Maps each code point index (and the end) to its UTF-16 offset."""
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return offsets


def main():
    tokenizer = PunktSentenceTokenizer(load_params(sys.argv[1]))
    out = sys.stdout
    for line in sys.stdin:
        text = json.loads(line)
        offsets = utf16_offsets(text)
        spans = [[offsets[s], offsets[e]] for s, e in tokenizer.span_tokenize(text)]
        out.write(json.dumps(spans) + "\n")


if __name__ == "__main__":
    main()
