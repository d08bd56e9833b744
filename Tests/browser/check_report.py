#!/usr/bin/env python3
"""Opens a PartnerMap HTML report in a real headless Chromium and checks it as a reader would see it.

For every page of the report (index.html and regions/*.html) it checks that
  - the page loads with no console error, no uncaught exception and no failed resource;
  - nothing is fetched from the network (only file: and data: URLs);
  - every <img> has loaded (naturalWidth > 0) and every <svg> is drawn (a bounding box > 0);
  - every link to another file of the report resolves to a file that exists, and every #fragment
    to an element of the target page;
  - sortable tables sort when a heading is clicked;
and, with --hostile, that the hostile organization name is shown as text on some page and never
becomes markup (no extra <script>, no <b>/<i> element made from data).

Chromium is driven through the Chrome DevTools Protocol over --remote-debugging-pipe (file
descriptors 3 and 4, messages ended by NUL), so nothing listens on a port and only the Python
standard library is needed.

    python3 Tests/browser/check_report.py --binary .build/debug/partnermap [--chromium chromium]

builds a hostile copy of samples/quebec-npi, writes its report (English) and the plain sample's
report in French into a temporary folder, checks both, and ends with "N passed, N failed".
Pass --report DIR to check an existing report instead.
"""

import argparse
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "quebec-npi"
HOSTILE_NAME = '<script>alert("pwned")</script> & <b>Bold</b> "quoted" \'single\' {{mustache}} =HYPERLINK("x")'
HOSTILE_REGION = 'Région <i>"Évasion"</i> & Co'


class Chromium:
    """A headless Chromium driven over the DevTools pipe."""

    def __init__(self, executable, timeout=60.0):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="partnermap-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def wire_pipes():
            # Copy both ends above 4 first: one of them may already be fd 3 or 4.
            read_end = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
             "--disable-sync", "--remote-debugging-pipe", f"--user-data-dir={self.profile}",
             "--window-size=1280,2000", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire_pipes, close_fds=False)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=False):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_for(self, method, deadline):
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                del self.events[index]
                return event
        while True:
            event = self._read_message(deadline)
            if event.get("method") == method:
                return event
            self.events.append(event)

    def open(self, url):
        """Loads `url`; returns the events seen while loading."""
        self.events = []
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired", time.monotonic() + self.timeout)
        # Let late console messages arrive.
        self.evaluate("new Promise(r => setTimeout(r, 50))")
        events, self.events = self.events, []
        return events

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._to_browser)
        os.close(self._from_browser)
        shutil.rmtree(self.profile, ignore_errors=True)


PAGE_FACTS = r"""
(() => {
  const images = Array.from(document.images).map(i => ({src: i.currentSrc || i.src, ok: i.complete && i.naturalWidth > 0}));
  const svgs = Array.from(document.querySelectorAll("svg")).filter(s => !s.parentElement.closest("svg"))
    .map((s, n) => { const r = s.getBoundingClientRect(); return {n, width: r.width, height: r.height}; });
  const links = Array.from(document.querySelectorAll("a[href]")).map(a => a.getAttribute("href"));
  const ids = Array.from(document.querySelectorAll("[id]")).map(e => e.id);
  const sources = Array.from(document.querySelectorAll("[src], link[href]")).map(e => e.getAttribute("src") || e.getAttribute("href"));
  return {
    title: document.title, lang: document.documentElement.lang, images, svgs, links, ids, sources,
    scripts: document.querySelectorAll("script").length,
    boldFromData: Array.from(document.querySelectorAll("b, i")).map(e => e.textContent),
    text: document.body.innerText,
    sortable: document.querySelectorAll("table[data-sortable] th button").length,
  };
})()
"""

SORT_CHECK = r"""
(() => {
  const table = document.querySelector("table[data-sortable]");
  if (!table || table.tBodies[0].rows.length < 2) return {skipped: true};
  const headings = Array.from(table.tHead.rows[0].cells);
  const column = Math.max(0, headings.findIndex(h => h.classList.contains("num")));
  const values = () => Array.from(table.tBodies[0].rows).map(r => {
    const c = r.cells[column]; const v = c.getAttribute("data-value");
    return v !== null && v !== "" ? Number(v) : c.textContent.trim();
  });
  headings[column].querySelector("button").click();
  const ascending = values();
  headings[column].querySelector("button").click();
  const descending = values();
  const sorted = (list, sign) => list.every((v, i) => i === 0 || typeof v !== "number" || typeof list[i-1] !== "number" || sign * (v - list[i-1]) >= 0);
  return {skipped: false, ascending: sorted(ascending, 1), descending: sorted(descending, -1),
          state: headings[column].getAttribute("aria-sort")};
})()
"""


WIDTH_FACTS = r"""
(() => ({page: document.documentElement.scrollWidth, view: window.innerWidth,
         overflowing: Array.from(document.querySelectorAll(".table-wrap"))
           .filter(w => w.scrollWidth > w.clientWidth + 1)
           .map(w => { const t = w.querySelector("table"); return t && t.id ? t.id : (t ? t.className : "?"); })}))()
"""


def width_facts(chromium, width, media):
    """Page and table widths at a viewport `width` pixels wide, for screen or print."""
    chromium.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": 1000, "deviceScaleFactor": 1,
                                                         "mobile": False}, session=True)
    chromium.call("Emulation.setEmulatedMedia", {"media": media}, session=True)
    try:
        return chromium.evaluate(WIDTH_FACTS)
    finally:
        chromium.call("Emulation.setEmulatedMedia", {"media": ""}, session=True)
        chromium.call("Emulation.clearDeviceMetricsOverride", session=True)


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {what}", flush=True)
        return condition


def fragment_targets(chromium, cache, path):
    if path not in cache:
        chromium.open(path.as_uri())
        cache[path] = set(chromium.evaluate("Array.from(document.querySelectorAll('[id]')).map(e => e.id)"))
    return cache[path]


def check_report(chromium, report, checker, hostile=None, language=None):
    report = Path(report).resolve()
    pages = [report / "index.html"] + sorted((report / "regions").glob("*.html"))
    checker.check(len(pages) > 1, f"{report}: index.html and region pages exist")
    ids_by_page = {}
    hostile_seen = False
    for page in pages:
        name = page.relative_to(report)
        events = chromium.open(page.as_uri())
        errors = []
        for event in events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                errors.append("exception: " + params.get("exceptionDetails", {}).get("text", ""))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                errors.append("log: " + params["entry"].get("text", ""))
            elif method == "Network.loadingFailed":
                errors.append("failed load: " + params.get("errorText", ""))
            elif method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if not (url.startswith("file:") or url.startswith("data:")):
                    errors.append("network request: " + url)
        checker.check(not errors, f"{name}: loads without errors {errors}")
        facts = chromium.evaluate(PAGE_FACTS)
        ids_by_page[page] = set(facts["ids"])
        if language:
            checker.check(facts["lang"] == language, f"{name}: lang is {language} (got {facts['lang']!r})")
        checker.check(facts["title"].strip() != "", f"{name}: has a title")
        for image in facts["images"]:
            checker.check(image["ok"], f"{name}: image {image['src']} shows")
        checker.check(len(facts["svgs"]) > 0, f"{name}: has maps or charts")
        for svg in facts["svgs"]:
            checker.check(svg["width"] > 0 and svg["height"] > 0, f"{name}: svg #{svg['n']} has a size {svg}")
        for source in facts["sources"]:
            checker.check(source.startswith("data:") or "://" not in source, f"{name}: {source} is local")
        for href in facts["links"]:
            parsed = urllib.parse.urlsplit(href)
            if parsed.scheme in ("http", "https", "mailto"):
                checker.check(False, f"{name}: link {href} leaves the report")
                continue
            target = (page.parent / urllib.parse.unquote(parsed.path)).resolve() if parsed.path else page
            ok = target.exists() and report in target.parents or target == report
            checker.check(ok, f"{name}: link {href} resolves to a file of the report")
            if ok and parsed.fragment and target.suffix == ".html":
                targets = ids_by_page.get(target) or fragment_targets(chromium, ids_by_page, target)
                checker.check(parsed.fragment in targets, f"{name}: link {href} finds #{parsed.fragment}")
        checker.check(facts["scripts"] == 1, f"{name}: only the report's own script ({facts['scripts']} found)")
        # Nothing is wider than the page: tables fit a 1280-pixel window without scrolling, and a
        # printed page (about 800 CSS pixels of A4 or Letter) in full.
        screen = width_facts(chromium, 1280, "screen")
        checker.check(screen["page"] <= screen["view"] and not [t for t in screen["overflowing"] if t != "heatmap"],
                      f"{name}: fits a 1280-pixel window {screen}")
        printed = width_facts(chromium, 800, "print")
        checker.check(printed["page"] <= printed["view"] and not printed["overflowing"],
                      f"{name}: fits a printed page {printed}")
        if hostile:
            checker.check("Bold" not in facts["boldFromData"], f"{name}: no <b> element made from data")
            checker.check('"Évasion"' not in facts["boldFromData"], f"{name}: no <i> element made from data")
            hostile_seen = hostile_seen or hostile in facts["text"]
        if facts["sortable"]:
            # Sorting changes the page, so measure facts before it and reload after.
            sort = chromium.evaluate(SORT_CHECK)
            if not sort["skipped"]:
                checker.check(sort["ascending"] and sort["descending"] and sort["state"] == "descending",
                              f"{name}: a sortable table sorts both ways {sort}")
    if hostile:
        checker.check(hostile_seen, f"{report}: the hostile name appears as text on a page")
    print(f"checked {len(pages)} pages of {report}", flush=True)


def hostile_copy(folder):
    folder.mkdir(parents=True, exist_ok=True)
    lines = (SAMPLE / "organizations.csv").read_text(encoding="utf-8").split("\n")
    quote = lambda text: '"' + text.replace('"', '""') + '"'
    lines[1] = lines[1].replace("CISSS du Bas-Saint-Laurent", quote(HOSTILE_NAME))
    lines = [line.replace(",Bas-Saint-Laurent,", "," + quote(HOSTILE_REGION) + ",") for line in lines]
    (folder / "organizations.csv").write_text("\n".join(lines), encoding="utf-8")
    shutil.copy(SAMPLE / "links.csv", folder / "links.csv")
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=str(ROOT / ".build" / "debug" / "partnermap"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    parser.add_argument("--report", help="check this existing report folder instead of writing reports")
    parser.add_argument("--keep", action="store_true", help="keep the temporary reports")
    args = parser.parse_args()

    checker = Checker()
    work = Path(tempfile.mkdtemp(prefix="partnermap-browser-"))
    chromium = Chromium(args.chromium)
    try:
        if args.report:
            check_report(chromium, args.report, checker)
        else:
            data = hostile_copy(work / "hostile-data")
            runs = [(data, "en", work / "report-en", HOSTILE_NAME), (SAMPLE, "fr", work / "report-fr", None)]
            for source, language, out, hostile in runs:
                started = time.monotonic()
                result = subprocess.run([args.binary, "report", str(source), "--out", str(out), "--lang", language],
                                        capture_output=True, text=True)
                print(f"partnermap report --lang {language}: exit {result.returncode} in {time.monotonic() - started:.1f} s", flush=True)
                if not checker.check(result.returncode == 0, f"report --lang {language} succeeds: {result.stderr[-2000:]}"):
                    continue
                check_report(chromium, out, checker, hostile=hostile, language=language)
    finally:
        chromium.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"reports kept in {work}")
    print(f"{checker.passed} passed, {checker.failed} failed")
    return 0 if checker.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
