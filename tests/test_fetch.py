"""`briefing fetch` against a server this test starts on 127.0.0.1, and nothing else."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing import fetch
from briefing.cli import cli
from briefing.draft import Citation, Claim
from briefing.sources import load
from briefing.verify import check

pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])

PAGES = Path(__file__).resolve().parent / "pages"


class Handler(BaseHTTPRequestHandler):
    """Serves the test pages, and the faults a fetcher must survive."""

    log: list[tuple[str, str]] = []  # (path, User-Agent) of every request

    def do_GET(self):  # noqa: N802 -- the name http.server calls
        type(self).log.append((self.path, self.headers.get("User-Agent", "")))
        route = {
            "/world/legion-recruiting-office": (200, "text/html; charset=utf-8", (PAGES / "news.html").read_bytes()),
            "/ru/legion": (200, "text/html", (PAGES / "news-cp1251.html").read_bytes()),  # charset only in <meta>
            "/world": (200, "text/html", (PAGES / "index.html").read_bytes()),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.7 not a page"),
            "/huge": (200, "text/html", b"<html><body>" + b"<p>word word word</p>" * 300_000 + b"</body></html>"),
        }.get(self.path)
        if self.path == "/old-address":
            return self.reply(301, "text/html", b"", location="/world/legion-recruiting-office")
        if self.path == "/loop":
            return self.reply(302, "text/html", b"", location="/loop")
        if self.path == "/to-ftp":
            return self.reply(302, "text/html", b"", location="ftp://127.0.0.1/file")
        if self.path == "/huge-unlabelled":  # no Content-Length: the cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(700):
                    self.wfile.write(b"<p>" + b"word " * 2000 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the fetcher stopped reading at the cap, as it should
            return None
        if self.path == "/slow":
            time.sleep(1.0)
            return self.reply(200, "text/html", (PAGES / "news.html").read_bytes())
        if route is None:
            return self.reply(404, "text/html", b"<h1>Not found</h1>")
        self.reply(*route)

    def reply(self, status, ctype, body, location=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the fetcher hung up on a page it will not take

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    Handler.log = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def run_fetch(tmp_path, *args):
    return CliRunner().invoke(cli, ["fetch", "--sources", str(tmp_path / "articles"), "--out", str(tmp_path / "out"),
                                    *args])


def test_fetch_saves_the_raw_page_and_its_snapshot(server, tmp_path):
    result = run_fetch(tmp_path, f"{server}/world/legion-recruiting-office")
    assert result.exit_code == 0, result.output
    [page] = (tmp_path / "articles").glob("*.html")
    raw = (PAGES / "news.html").read_bytes()
    assert page.read_bytes().endswith(raw)  # the page as served, after the browsers' "saved from" line
    assert page.read_bytes().startswith(b"<!-- saved from url=(")
    [snapshot] = (tmp_path / "out" / "snapshots").glob("*.txt")
    assert "apply to join the unit." in snapshot.read_text(encoding="utf-8")
    assert f"saved: {server}/world/legion-recruiting-office" in result.output


def test_fetch_names_itself_in_the_user_agent(server, tmp_path):
    run_fetch(tmp_path, f"{server}/world/legion-recruiting-office")
    [(_, agent)] = Handler.log
    assert agent.startswith("briefing/")


def test_a_second_run_fetches_nothing(server, tmp_path):
    url = f"{server}/world/legion-recruiting-office"
    run_fetch(tmp_path, url, url + "#comments")  # a #fragment is the same page
    assert len(Handler.log) == 1
    result = run_fetch(tmp_path, url)
    assert result.exit_code == 0, result.output
    assert len(Handler.log) == 1
    assert "already there" in result.output
    assert len(list((tmp_path / "articles").glob("*.html"))) == 1


def test_one_line_error_per_failing_url_and_the_rest_go_on(server, tmp_path):
    bad = {"/missing": "HTTP 404", "/loop": "more than 5 redirects", "/report.pdf": "not a web page (application/pdf)",
           "/huge": "too large for an article", "/huge-unlabelled": "too large for an article (over 5 MB)",
           "/world": "no article found", "/to-ftp": "not http(s)"}
    result = run_fetch(tmp_path, *[server + p for p in bad], f"{server}/world/legion-recruiting-office",
                       "ftp://127.0.0.1/file")
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ln.startswith("briefing: error:")]
    assert len(errors) == len(bad) + 1
    for path, reason in bad.items():
        said = [ln for ln in errors if ln.startswith(f"briefing: error: {server}{path}: ")]
        assert len(said) == 1 and reason in said[0], (path, errors)
    assert any("ftp://127.0.0.1/file: only http and https" in ln for ln in errors)
    assert [p.name for p in (tmp_path / "articles").glob("*.html")] == [
        fetch.file_name(f"{server}/world/legion-recruiting-office")]
    assert "Traceback" not in result.output


def test_a_redirect_is_followed_and_the_final_url_recorded(server, tmp_path):
    got = fetch.fetch(f"{server}/old-address", tmp_path / "articles", tmp_path / "snap")
    first_line = got.path.read_bytes().split(b"\n", 1)[0].decode()
    assert first_line.endswith(f"{server}/world/legion-recruiting-office -->")
    assert [p for p, _ in Handler.log] == ["/old-address", "/world/legion-recruiting-office"]


def test_a_page_that_does_not_answer_in_time_is_an_error(server, tmp_path):
    with pytest.raises(fetch.FetchError, match="no answer for 0.2 s"):
        fetch.fetch(f"{server}/slow", tmp_path / "articles", tmp_path / "snap", timeout=0.2)
    assert not (tmp_path / "articles").exists()


def test_urls_come_from_a_file_too(server, tmp_path):
    listing = tmp_path / "links.txt"
    listing.write_text(f"# for Monday's briefing\n{server}/world/legion-recruiting-office\n\n{server}/ru/legion\n")
    result = run_fetch(tmp_path, "--from", str(listing))
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "articles").glob("*.html"))) == 2


def test_no_url_is_a_usage_error(tmp_path):
    result = run_fetch(tmp_path)
    assert result.exit_code == 2 and "give at least one URL" in result.output


def test_file_name_is_stable_and_readable():
    name = fetch.file_name("http://localhost/world/legion-recruiting-office")
    assert name == fetch.file_name("http://localhost/world/legion-recruiting-office")
    assert re.fullmatch(r"localhost-legion-recruiting-office-[0-9a-f]{10}\.html", name)


def test_fetched_pages_become_a_briefing_whose_citations_resolve_in_the_snapshots(server, tmp_path):
    fetched = run_fetch(tmp_path, f"{server}/world/legion-recruiting-office", f"{server}/ru/legion")
    assert fetched.exit_code == 0, fetched.output
    made = CliRunner().invoke(cli, ["make", "--engine", "extractive", "--theme", "vetting",
                                    "--sources", str(tmp_path / "articles"), "--out", str(tmp_path / "out")])
    assert made.exit_code == 0, made.output
    data = json.loads((tmp_path / "out" / "vetting.json").read_text())
    by_path = {s["path"]: s for s in data["sources"]}
    snapshots = tmp_path / "out" / "snapshots"
    assert {Path(p).parent for p in by_path} == {snapshots}
    corpus = load(tmp_path / "articles", snapshots=snapshots)
    assert data["sentences"]
    for sentence in data["sentences"]:
        cited = ""
        for c in sentence["citations"]:
            lines = Path(c["path"]).read_text(encoding="utf-8").split("\n")  # as `sed -n Np` counts them
            cited += " ".join(lines[c["line_start"] - 1:c["line_end"]]) + " "
        assert sentence["text"].split()[0].strip("[") in cited, (sentence, cited)
        cites = tuple(Citation(c["path"], c["line_start"], c["line_end"]) for c in sentence["citations"])
        assert check(Claim(sentence["text"], cites), corpus) is None, sentence
    english = next(s for s in data["sources"] if s["outlet"] == "The Harbour Times")
    assert english["url"] == "http://localhost/world/legion-recruiting-office"
    assert english["published"] == "2023-06-14" and english["author"] == "Maria Keller"
    assert english["page"].endswith(".html") and len(english["page_sha256"]) == 64
    russian = next(s for s in data["sources"] if s["published"] == "2024-02-10")
    assert russian["title"] == "Легион «Свобода России» объявил новый набор добровольцев"  # served without a charset


def test_a_relative_date_is_shown_with_the_article_date_outside_the_sentence(server, tmp_path):
    run_fetch(tmp_path, f"{server}/world/legion-recruiting-office")
    made = CliRunner().invoke(cli, ["make", "--engine", "extractive", "--theme", "vetting",
                                    "--sources", str(tmp_path / "articles"), "--out", str(tmp_path / "out")])
    assert made.exit_code == 0, made.output
    data = json.loads((tmp_path / "out" / "vetting.json").read_text())
    dated = [s for s in data["sentences"] if s["relative_date"]]
    assert dated and all(s["article_date"] == "2023-06-14" for s in dated)
    assert not any("article of" in s["text"] for s in data["sentences"])  # the note is not verified text
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "out" / "vetting.pdf").pages)
    assert "(article of 14 June 2023)" in " ".join(text.split())
