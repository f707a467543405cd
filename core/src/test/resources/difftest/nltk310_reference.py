"""Reference for Nltk310DifferentialTest: NLTK 3.8 (Debian's python3-nltk) patched with the four NLTK 3.10.3
rules the IFBench semantics file lists (curly quotes and guillemets in Punkt's non-word characters and boundary
realignment; the any-length leading-apostrophe rule; padding of U+2012..U+2015), plus NLTK's PerceptronTagger
given the JSON model (NLTK 3.8 and 3.10 tag identically with the same weights, per shared/data/ifbench/SOURCES.md).

Usage: nltk310_reference.py NLTK_DATA < texts.jsonl > results.jsonl
Each input line is a JSON string; each output line is {"sentences": [[start, end], ...] (UTF-16 offsets),
"tokens": [...] (word_tokenize), "tag0": tag of the first token or null}.
"""
import json
import os
import re
import sys
from collections import defaultdict

from nltk.tag.perceptron import PerceptronTagger
from nltk.tokenize.destructive import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

QUOTES = "\u2018\u2019\u201c\u201d\u00ab\u00bb"
PunktLanguageVars._re_non_word_chars = r"(?:[)\";}\]\*:@\'\({\[?!" + QUOTES + "])"
PunktLanguageVars.re_boundary_realignment = re.compile(
    r'["\')\]}' + QUOTES + r"]+?(?:\s+|(?=--)|$)", re.MULTILINE)

NLTKWordTokenizer.STARTING_QUOTES = NLTKWordTokenizer.STARTING_QUOTES[:4] + [
    (re.compile(r"(?i)(?<!\w)(')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)"), r"\1 "),
]
punctuation = list(NLTKWordTokenizer.PUNCTUATION)
at = next(i for i, (pattern, _) in enumerate(punctuation) if pattern.pattern == r"[;@#$%&]")
punctuation.insert(at + 1, (re.compile("[\u2012-\u2015]"), r" \g<0> "))
NLTKWordTokenizer.PUNCTUATION = punctuation


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line for line in f.read().split("\n") if line]


def punkt(nltk_data):
    directory = os.path.join(nltk_data, "tokenizers", "punkt_tab", "english")
    params = PunktParameters()
    params.abbrev_types = set(read_lines(os.path.join(directory, "abbrev_types.txt")))
    params.sent_starters = set(read_lines(os.path.join(directory, "sent_starters.txt")))
    params.collocations = {tuple(line.split("\t")) for line in read_lines(os.path.join(directory, "collocations.tab"))}
    ortho = defaultdict(int)
    for line in read_lines(os.path.join(directory, "ortho_context.tab")):
        word, flags = line.split("\t")
        ortho[word] = int(flags)
    params.ortho_context = ortho
    return PunktSentenceTokenizer(params)


def tagger(nltk_data):
    directory = os.path.join(nltk_data, "taggers", "averaged_perceptron_tagger_eng")
    prefix = os.path.join(directory, "averaged_perceptron_tagger_eng")
    model = PerceptronTagger(load=False)
    with open(prefix + ".weights.json", encoding="utf-8") as f:
        model.model.weights = json.load(f)
    with open(prefix + ".tagdict.json", encoding="utf-8") as f:
        model.tagdict = json.load(f)
    with open(prefix + ".classes.json", encoding="utf-8") as f:
        model.classes = set(json.load(f))
    model.model.classes = model.classes
    return model


def utf16_offsets(text):
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return offsets


def main():
    sentences = punkt(sys.argv[1])
    words = NLTKWordTokenizer()
    tags = tagger(sys.argv[1])
    out = sys.stdout
    for line in sys.stdin:
        text = json.loads(line)
        offsets = utf16_offsets(text)
        spans = list(sentences.span_tokenize(text))
        tokens = [token for start, end in spans for token in words.tokenize(text[start:end])]
        tag0 = tags.tag(tokens[:3])[0][1] if tokens else None
        out.write(json.dumps({"sentences": [[offsets[s], offsets[e]] for s, e in spans], "tokens": tokens,
                              "tag0": tag0}) + "\n")


if __name__ == "__main__":
    main()
