"""Reference for CybozuLanguageIdentifierTest: Python langdetect 1.0.9, seeded like the Java side.

Reads JSONL ({"text": ...}) from the file named by argv[1]; prints one JSON object per line:
{"lang": "en"} or {"lang": null, "error": "..."} when langdetect raises (IFEval counts that as a pass).
With --jar-profiles only the 53 languages of the Java jar are loaded (Python's own profile files),
which separates the effect of the two extra profiles from that of the random generator.
Run with /usr/bin/python3 (Debian python3-langdetect).
"""
import json
import os
import sys

import langdetect
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0

detect = langdetect.detect
if "--jar-profiles" in sys.argv[2:]:
    factory = DetectorFactory()
    profiles = []
    for code in sorted(os.listdir(PROFILES_DIRECTORY)):
        if code not in ("ca", "cy"):
            with open(os.path.join(PROFILES_DIRECTORY, code), encoding="utf-8") as profile:
                profiles.append(profile.read())
    factory.load_json_profile(profiles)

    def detect(text):
        detector = factory.create()
        detector.append(text)
        return detector.detect()

out = sys.stdout
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        try:
            result = {"lang": detect(json.loads(line)["text"])}
        except LangDetectException as e:
            result = {"lang": None, "error": str(e)}
        out.write(json.dumps(result))
        out.write("\n")
