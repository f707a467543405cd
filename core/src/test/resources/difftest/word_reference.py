"""Reference for NltkWordTokenizerTest: NLTK 3.8 NLTKWordTokenizer on single sentences.

Reads JSONL ({"text": ...}) from the file named by argv[1]; prints one JSON list of tokens per line.
Run with /usr/bin/python3 (Debian python3-nltk).
"""
import json
import sys

from nltk.tokenize.destructive import NLTKWordTokenizer

tokenizer = NLTKWordTokenizer()
out = sys.stdout
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        out.write(json.dumps(tokenizer.tokenize(json.loads(line)["text"])))
        out.write("\n")
