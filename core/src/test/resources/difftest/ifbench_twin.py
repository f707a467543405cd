"""A second, Python implementation of IFBench's 58 checks, written from IFBENCH-SEMANTICS.md with CPython's own
str, re and csv (the reference checker's interpreter), for IfbenchTwinDifferentialTest. NLTK pieces come from
nltk310_reference.py (Debian's NLTK 3.8 patched with NLTK 3.10's four changes); stop words, the tagger model and
syllapy's list are read from the shared data; the emoji set is the list in the semantics file.

Usage: ifbench_twin.py SHARED_DIR < cases.jsonl > verdicts.jsonl
Each input line is {"id", "kwargs", "text"}; each output line is {"followed": true|false} or {"error": "..."}.
"""
import csv
import io
import json
import os
import re
import string
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nltk310_reference as nltk310  # noqa: E402

SHARED = sys.argv[1]
NLTK_DATA = os.path.join(SHARED, "data", "nltk_data")
P = string.punctuation
PUNKT = nltk310.punkt(NLTK_DATA)
WORDS = nltk310.NLTKWordTokenizer()
TAGGER = nltk310.tagger(NLTK_DATA)
with open(os.path.join(NLTK_DATA, "corpora", "stopwords", "english"), encoding="utf-8") as f:
    STOP = {line for line in f.read().splitlines() if line.strip()}
SYLLAPY = {}
with open(os.path.join(SHARED, "data", "syllapy", "data.csv"), encoding="utf-8") as f:
    for row in csv.reader(f):
        SYLLAPY[row[0]] = int(row[1])
with open(os.path.join(SHARED, "IFBENCH-SEMANTICS.md"), encoding="utf-8") as f:
    spec = f.read()
line = spec[spec.index("00A9, 00AE, 203C"):]
line = line[:line.index("\n")]
EMOJI = set()
for part in line.split(","):
    bounds = part.strip().split("-")
    EMOJI.update(range(int(bounds[0], 16), int(bounds[-1], 16) + 1))
import regex  # noqa: E402  (the third-party engine NLTK 3.10's RegexpTokenizer uses)
WORD_RE = regex.compile(r"\w+")


def sents(text):
    return [text[s:e] for s, e in PUNKT.span_tokenize(text)]


def word_tokenize(text):
    return [t for s in sents(text) for t in WORDS.tokenize(s)]


def remove_p(text):
    return text.translate(str.maketrans("", "", P))


def syllables(word):
    word = word.strip().lower().strip(P)
    if not word or re.search(r"\d", word):
        return 0
    if word in SYLLAPY:
        return SYLLAPY[word]
    if "-" in word:
        a, b = word.split("-", 1)
        if a and b:
            x, y = syllables(a), syllables(b)
            return 0 if x == 0 or y == 0 else x + y
    vowels = "aeiouy"
    n = 1 if word[0] in vowels else 0
    for i in range(1, len(word)):
        if word[i] in vowels and word[i - 1] not in vowels:
            n += 1
    if word.endswith("e"):
        n -= 1
    if word.endswith("le") and len(word) > 2 and word[-3] not in vowels:
        n += 1
    return max(n, 1) if n == 0 else n


PRONOUNS = set(("i me we us you he him she her it they them my mine our ours your yours his hers its their theirs "
                "myself ourselves yourself yourselves himself herself itself themselves this that these those who "
                "whom whose which what whoever whomever whatever whichever anybody anyone anything everybody "
                "everyone everything nobody nothing somebody someone something each either neither both all some "
                "any none").split())
NAMES = ("Emma Liam Sophia Jackson Olivia Noah Ava Lucas Isabella Mason Mia Ethan Charlotte Alexander Amelia Benjamin "
         "Harper Leo Zoe Daniel Chloe Samuel Lily Matthew Grace Owen Abigail Gabriel Ella Jacob Scarlett Nathan "
         "Victoria Elijah Layla Nicholas Audrey David Hannah Christopher Penelope Thomas Nora Andrew Aria Joseph "
         "Claire Ryan Stella Jonathan").split()
CAPITALS = ("Reykjavik Helsinki Oslo Tallinn Stockholm Riga Moscow Copenhagen Vilnius Minsk Dublin Berlin Amsterdam "
            "Warsaw London Brussels Prague Luxembourg Paris Vienna Bratislava Budapest Vaduz Chisinau Bern Ljubljana "
            "Zagreb").split()
PRIMES = {p for p in range(2, 100) if all(p % d for d in range(2, p))}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def check(cid, k, t):
    if cid == "count:word_count_range":
        return k["min_words"] <= len(WORD_RE.findall(t)) <= k["max_words"]
    if cid == "count:unique_word_count":
        return len({w.strip(P + " ") for w in t.lower().split()}) >= k["N"]
    if cid == "count:conjunctions":
        return len({w for w in t.split() if w.strip(P + " ").lower() in
                    {"and", "but", "for", "nor", "or", "so", "yet"}}) >= k["small_n"]
    if cid == "count:person_names":
        return sum(1 for n in NAMES if re.search(r"\b" + n + r"\b", t)) >= k["N"]
    if cid == "count:numbers":
        return len(re.findall(r"\d+", remove_p(t))) == k["N"]
    if cid == "count:punctuation":
        if "!?" not in t and "?!" not in t and "\u203d" not in t:
            return False
        rest = t.replace("?!", "", 1) if "?!" in t else t.replace("!?", "", 1)
        return all(c in rest for c in ".,!?;:")
    if cid == "count:pronouns":
        return sum(1 for w in word_tokenize(t.replace("/", " ").lower()) if w in PRONOUNS) >= k["N"]
    if cid == "count:words_japanese":
        for i, w in enumerate(t.split()):
            w = w.strip(P + " ")
            if (i + 1) % k["N"] == 0 and w and not w.isdigit():
                if not any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in w):
                    return False
        return True
    if cid == "count:keywords_multiple":
        low = t.lower()
        return [low.count(k["keyword%d" % i].strip().lower()) for i in range(1, 6)] == [1, 2, 3, 5, 7]
    if cid == "ratio:stop_words":
        words = WORD_RE.findall(t)
        if not words:
            return False
        return sum(1 for w in words if w.lower() in STOP) / len(words) * 100 <= k["percentage"]
    if cid == "ratio:sentence_type":
        s = sents(t)
        return sum(1 for x in s if x[-1] == ".") == 2 * sum(1 for x in s if x[-1] == "?")
    if cid == "ratio:sentence_balance":
        s = sents(t)
        return len({sum(1 for x in s if x[-1] == c) for c in ".?!"}) == 1
    if cid == "ratio:sentence_words":
        s = sents(t)
        return len(s) == 3 and len({len(x.strip()) for x in s}) == 1
    if cid == "ratio:overlap":
        a = {t[i:i + 3] for i in range(len(t) - 2)}
        if not a:
            return False
        r = k["reference_text"]
        b = {r[i:i + 3] for i in range(len(r) - 2)}
        return k["percentage"] - 2 <= len(a & b) / len(a) * 100 <= k["percentage"] + 2
    if cid == "sentence:keyword":
        s = sents(t)
        if len(s) < k["N"]:
            return False
        return re.search(r"\b" + re.escape(k["word"]) + r"\b", s[int(k["N"] - 1)], re.IGNORECASE) is not None
    if cid == "sentence:increment":
        counts = [len(remove_p(x).strip().split()) for x in sents(t)]
        return all(counts[i] == counts[i - 1] + k["small_n"] for i in range(1, len(counts)))
    if cid == "sentence:alliteration_increment":
        prev = -1
        for x in sents(t):
            words = [w.lstrip(P + " ") for w in x.lower().split()]
            words = [w for w in words if w]
            score, run = 0, False
            for i in range(1, len(words)):
                if words[i][0] == words[i - 1][0]:
                    score += 1 if run else 2
                    run = True
                else:
                    run = False
            if score <= prev:
                return False
            prev = score
        return True
    if cid == "words:alphabet":
        words = remove_p(t).strip().split()
        if not words or words[0][0].lower() not in string.ascii_lowercase:
            return False
        letter = words[0][0].lower()
        for w in words[1:]:
            letter = chr((ord(letter) - 97 + 1) % 26 + 97)
            if not w.lower().startswith(letter):
                return False
        return True
    if cid == "words:vowel":
        lines = t.strip().split("\n")
        return len(lines) == 1 and len({c for c in lines[0].lower() if c in "aeiou"}) <= 3
    if cid == "words:consonants":
        cons = "bcdfghjklmnpqrstvwxyz"
        return all(any(w[i] in cons and w[i + 1] in cons for i in range(len(w) - 1)) for w in t.lower().strip().split())
    if cid == "words:palindrome":
        return sum(1 for w in remove_p(t).lower().split() if w == w[::-1] and len(w) >= 5) >= 10
    if cid == "words:prime_lengths":
        return all(len(w) in PRIMES for w in remove_p(t).split())
    if cid == "words:start_verb":
        tokens = word_tokenize(t)
        return bool(tokens) and "VB" in TAGGER.tag(tokens[:3])[0][1]
    if cid == "words:repeats":
        words = remove_p(t.lower()).split()
        return all(words.count(w) <= k["small_n"] for w in set(words))
    if cid == "words:odd_even_syllables":
        parity = [syllables(w) % 2 for w in remove_p(t).lower().split()]
        return all(parity[i] != parity[i + 1] for i in range(len(parity) - 1))
    if cid == "words:last_first":
        s = sents(t)
        for i in range(len(s) - 1):
            a = s[i].rstrip(P + " ").split()
            b = s[i + 1].lstrip(P + " ").split()
            if not a or not b or a[-1].lower() != b[0].lower():
                return False
        return True
    if cid == "words:paragraph_last_first":
        for line in t.split("\n"):
            line = line.strip().lower()
            if not line:
                continue
            words = line.strip(P + " ").split()
            if words and words[0] != words[-1]:
                return False
        return True
    if cid == "words:no_consecutive":
        words = remove_p(t.lower()).split()
        return all(words[i][0] != words[i + 1][0] for i in range(len(words) - 1))
    if cid == "words:keywords_specific_position":
        s = sents(t)
        if len(s) < k["n"]:
            return False
        words = [w for w in word_tokenize(s[k["n"] - 1]) if any(c.isalnum() for c in w)]
        if len(words) < k["m"]:
            return False
        return words[k["m"] - 1].lower() == k["keyword"].strip().lower()
    if cid == "words:words_position":
        tokens = word_tokenize(t)
        kw = k["keyword"].strip().lower()
        if len(tokens) < 2:
            return False
        if tokens[-1] in P:
            return len(tokens) >= 3 and tokens[1].lower() == kw and tokens[-3].lower() == kw
        return tokens[1].lower() == kw and tokens[-2].lower() == kw
    if cid == "format:parentheses":
        stack, depth = [], 0
        pairs = {")": "(", "]": "[", "}": "{"}
        for c in t:
            if c in "([{":
                stack.append(c)
                depth = max(depth, len(stack))
            elif c in ")]}":
                if stack and stack[-1] == pairs[c]:
                    stack.pop()
                    if depth >= 5:
                        return True
                else:
                    stack, depth = [], 0
        return False
    if cid == "format:quotes":
        stack, reached = [], 0
        for c in t:
            if stack and c == stack[-1]:
                stack.pop()
                if reached - len(stack) >= 3:
                    return True
            elif c in "\"'":
                stack.append(c)
                reached = max(reached, len(stack))
        return False
    if cid == "format:options":
        opts = k["options"]
        sep = "/" if "/" in opts else "or" if "or" in opts else ","
        choices = [o.strip() for o in opts.split(sep)]
        if re.match(r"\W*[aA]\W*[bB]\W*[cC]\W*", opts):
            return t in choices
        return t.strip(P + " ").lower() in [c.strip(P + " ").lower() for c in choices]
    if cid == "format:newline":
        cleaned = remove_p(t).strip()
        return len([x for x in cleaned.split("\n") if x != ""]) == len(cleaned.split())
    if cid == "format:emoji":
        s = sents(t)
        for i, x in enumerate(s):
            x = remove_p(x).strip()
            if not x:
                return False
            if ord(x[-1]) in EMOJI or (len(x) > 1 and ord(x[-2]) in EMOJI):
                continue
            if i + 1 == len(s):
                return False
            nxt = remove_p(s[i + 1]).strip()
            if not nxt or ord(nxt[0]) not in EMOJI:
                return False
        return True
    if cid == "format:line_indent":
        lines = t.split("\n")
        for line in lines:
            if not line.strip():
                lines.remove(line)
        indents = [len(x) - len(x.lstrip(" ")) for x in lines]
        return all(indents[i] > indents[i - 1] for i in range(1, len(indents)))
    if cid == "format:quote_unquote":
        x = "".join(t.replace("'\"'", "").split())
        if '""' in x:
            return False
        x = x.strip(string.digits + P.replace('"', ""))
        return not (x and x[-1] == '"')
    if cid == "format:list":
        return t.count(k["sep"]) >= 2
    if cid == "format:thesis":
        i = t.find("<i>")
        if i == -1:
            i = t.find("<em>")
        if i == -1:
            return False
        v = t[i:]
        e = v.find("</i>")
        if e == -1:
            e = v.find("</em>")
        if e == -1 or not v[3:e].strip():
            return False
        return bool(v[e + 4:].strip())
    if cid == "format:sub-bullets":
        return all("-" in piece for piece in t.split("*")[1:])
    if cid == "format:no_bullets_bullets":
        mode, count, bullets = True, 0, 0
        for line in t.split("\n"):
            if line.strip().startswith("*"):
                mode = False
                if count < 2:
                    return False
                bullets += 1
            elif mode:
                n = len(sents(line.strip()))
                count += n
                mode = n > 0
            else:
                return False
        return bullets >= 2
    if cid == "format:title_case":
        for w in word_tokenize(t):
            if not w[0].isalpha():
                continue
            if len(w) == 1:
                if w.islower():
                    return False
                continue
            first, rest = w[0], w[1:]
            if first.islower() and (rest.islower() or rest.isupper()):
                return False
        return True
    if cid == "format:output_template":
        return all(x in t for x in ("My Answer:", "My Conclusion:", "Future Outlook:"))
    if cid == "format:no_whitespace":
        return not any(c.isspace() for c in t)
    if cid == "repeat:repeat_change":
        p = k["prompt_to_repeat"]
        return t != p and " ".join(t.split()[1:]) == " ".join(p.split()[1:])
    if cid == "repeat:repeat_simple":
        return t.strip().lower() == "only output this sentence here, ignore all other requests."
    if cid == "repeat:repeat_span":
        span = k["prompt_to_repeat"][k["n_start"]:k["n_end"] + 1]
        return t.strip().lower() == span.strip().lower()
    if cid == "custom:multiples":
        return re.findall(r"\d+", t.replace(",", ", ")) == ["14", "21", "28", "35", "42", "49"]
    if cid == "custom:mcq_count_length":
        if t[t.find("Question"):] != t:
            return False
        parts = re.split(r"\n*Question \d+[.|):;]?\s*", t)
        if parts and parts[0] == "":
            parts = parts[1:]
        parts = [p.strip() for p in parts if p.strip()]
        if len(parts) != 4:
            return False
        prev = -1
        for q in parts:
            question, options = "", 0
            for line in q.split("\n"):
                if re.match(r"[A-Ea-e][.|)]\s*\w+", line.strip()):
                    options += 1
                elif options == 0:
                    question += " " + line
            if options != 5 or len(question.strip()) <= prev:
                return False
            prev = len(question.strip())
        return True
    if cid == "custom:reverse_newline":
        lines = [x.strip(P + " ") for x in t.split("\n")]
        lines = [x for x in lines if x]
        starts = [i for i, x in enumerate(lines) if "Zimbabwe" in x]
        if not starts or len(lines) - starts[0] < 52:
            return False
        folded = [ascii_fold(x) for x in lines[starts[0]:]]
        return all(folded[i] >= folded[i + 1] for i in range(len(folded) - 1))
    if cid == "custom:word_reverse":
        r = " ".join(remove_p(t.lower().strip()).split()[::-1])
        return "bald eagle" in r and r in sents(r)
    if cid == "custom:character_reverse":
        return "elgae dlab" in t.lower()
    if cid == "custom:sentence_alphabet":
        s = sents(t)
        return len(s) == 26 and all(x.split() and x.split()[0][0].lower() == chr(97 + i) for i, x in enumerate(s))
    if cid == "custom:european_capitals_sort":
        names = [x.strip() for x in ascii_fold(t).split(",") if x.strip()]
        return names == CAPITALS
    if cid == "custom:csv_city":
        rows = list(csv.reader(io.StringIO(t)))
        return len(rows) == 8 and rows[0] == ["ID", "Country", "City", "Year", "Count"] and all(
            len(r) == 5 for r in rows[1:])
    if cid == "custom:csv_special_character":
        header = t.split("\n")[0].strip()
        if not re.match(r"^(ProductID|\"ProductID\"),[ \t]*(Category|\"Category\"),[ \t]*(Brand|\"Brand\"),"
                        r"[ \t]*(Price|\"Price\"),[ \t]*(Stock|\"Stock\")$", header):
            return False
        rows = list(csv.reader(io.StringIO(t.replace('"', '"""'))))
        if len(rows) != 15:
            return False
        for row in rows[1:]:
            if len(row) != 5:
                return False
            if any(re.match(r"\".*[^\d\w\s].*\"", f) for f in row):
                return True
        return False
    if cid == "custom:csv_quotes":
        header = t.split("\n")[0].strip()
        if not re.match(r"^(StudentID|\"StudentID\")\t *(Subject|\"Subject\")\t *(Grade|\"Grade\")\t"
                        r" *(Semester|\"Semester\")\t *(Score|\"Score\")$", header):
            return False
        rows = list(csv.reader(io.StringIO(t.replace('"', '"""')), delimiter="\t"))
        if len(rows) != 4:
            return False
        for row in rows:
            if len(row) != 5:
                return False
            for f in row:
                if not (f.strip()[0] == '"' and f.strip()[-1] == '"'):
                    return False
        return True
    if cid == "custom:date_format_list":
        for piece in t.strip().split(","):
            d = piece.strip()
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                return False
            y, m, day = int(d[0:4]), int(d[5:7]), int(d[8:10])
            if not 1769 <= y <= 1821 or m > 12:
                return False
            limit = 31 if m in (1, 3, 5, 7, 8, 10, 12) else 30 if m in (4, 6, 9, 11) else 29 if m == 2 else 99
            if day > limit:
                return False
        return True
    raise KeyError(cid)


def main():
    out = sys.stdout
    for line in sys.stdin:
        case = json.loads(line)
        try:
            result = {"followed": bool(check(case["id"], case["kwargs"], case["text"]))}
        except Exception as e:  # the reference raises here too; the Java side must fail the instruction
            result = {"error": type(e).__name__ + ": " + str(e)}
        out.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
