#!/usr/bin/env python3
"""Adds English→Spanish pairs to src/Shared/Localization/Strings.es.resx, kept in name order.
Input: a file of blocks "EN: ...\nES: ...\n" (blank lines between). Existing names are replaced."""
import sys, re, html
from pathlib import Path

resx = Path(__file__).resolve().parent.parent / "src/Shared/Localization/Strings.es.resx"
text = resx.read_text(encoding="utf-8")
head, _, rest = text.partition("  <data ")
body, _, tail = ("  <data " + rest).rpartition("</root>")
entries = dict(re.findall(r'<data name="(.*?)" xml:space="preserve"><value>(.*?)</value></data>', body, re.S))
pairs = re.findall(r"^EN: (.*?)\nES: (.*?)$", Path(sys.argv[1]).read_text(encoding="utf-8"), re.M)
for en, es in pairs:
    entries[html.escape(en, quote=False).replace('"', "&quot;")] = html.escape(es, quote=False)
lines = [f'  <data name="{k}" xml:space="preserve"><value>{v}</value></data>' for k, v in sorted(entries.items(), key=lambda kv: html.unescape(kv[0]))]
resx.write_text(head + "\n".join(lines) + "\n</root>\n", encoding="utf-8")
print(f"{len(pairs)} pairs; {len(entries)} entries")
