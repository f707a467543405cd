"""Reference for PythonPortsDifferentialTest: CPython's own csv.reader (excel dialect) and str predicates.

Usage: python_ports_reference.py csv INPUT.jsonl  -> one line per input {"text", "delimiter"}: {"rows": [...]} or
       {"error": "..."} when csv raises
       python_ports_reference.py chars              -> {"isdigit": [...], "isalnum": [...], "isspace": [...],
       "version": "14.0.0"}: code points for which each predicate holds
Run with /usr/bin/python3 (CPython 3.11, the reference checker's version).
"""
import csv
import io
import json
import sys
import unicodedata


def main():
    if sys.argv[1] == "csv":
        with open(sys.argv[2], encoding="utf-8") as lines:
            for line in lines:
                case = json.loads(line)
                try:
                    rows = list(csv.reader(io.StringIO(case["text"]), delimiter=case["delimiter"]))
                    result = {"rows": rows}
                except csv.Error as e:
                    result = {"error": str(e)}
                sys.stdout.write(json.dumps(result) + "\n")
    else:
        everything = [chr(c) for c in range(0x110000)]
        print(json.dumps({
            "version": unicodedata.unidata_version,
            "isdigit": [ord(c) for c in everything if c.isdigit()],
            "isalnum": [ord(c) for c in everything if c.isalnum()],
            "isspace": [ord(c) for c in everything if c.isspace()],
        }))


if __name__ == "__main__":
    main()
