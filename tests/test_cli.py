"""The command line as an editor uses it, end to end on the seeds."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner
from conftest import SEEDS
from pypdf import PdfReader

from briefing.cli import cli
from briefing.draft import Citation, Claim
from briefing.sources import Corpus, load
from briefing.verify import check

MARKER = re.compile(r"\[(\d+|[A-Za-z]\w*)[: ]((?:\d+(?:–\d+)?)(?:, \d+(?:–\d+)?)*)\]")


def markers(text: str) -> set[tuple[str, str, str]]:
    """(tag, first line, last line or "") for every cited range in "[NYT 31, 33–35]" markers."""
    out = set()
    for tag, ranges in MARKER.findall(text):
        for r in ranges.split(", "):
            a, _, b = r.partition("–")
            out.add((tag, a, b))
    return out


def make(tmp_path, *args):
    return CliRunner().invoke(cli, ["make", "--engine", "extractive", "--out", str(tmp_path / "out"), *args])


@pytest.fixture(scope="module")
def vetting(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    result = make(tmp, "--theme", "vetting", "--sources", str(SEEDS))
    assert result.exit_code == 0, result.output
    return tmp / "out" / "vetting.pdf", json.loads((tmp / "out" / "vetting.json").read_text())


def test_make_writes_pdf_and_json(vetting):
    pdf, data = vetting
    assert pdf.read_bytes().startswith(b"%PDF")
    assert data["theme"] == "vetting" and data["engine"] == "extractive"
    assert [s["path"].rsplit("/", 1)[-1][:3] for s in data["sources"]] == ["000", "001", "002", "003", "004"]
    assert data["audit"]["checked"] >= len(data["sentences"]) >= 10


def test_every_json_sentence_passes_the_verifier_again(vetting):
    _, data = vetting
    corpus: Corpus = load(SEEDS)
    for s in data["sentences"]:
        cites = tuple(Citation(c["path"], c["line_start"], c["line_end"]) for c in s["citations"])
        cites = tuple(Citation(str(SEEDS / c.path.rsplit("/", 1)[-1]), c.line_start, c.line_end) for c in cites)
        assert check(Claim(s["text"], cites), corpus) is None, s


def test_every_body_marker_resolves_in_the_sources_cited_appendix(vetting):
    pdf, data = vetting
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    # "Sources cited" is named once in the how-to line under the title, then heads the appendix.
    _, body, appendix = text.split("Sources cited")
    body_markers = markers(body)
    assert len(body_markers) >= 10
    assert body_markers <= markers(appendix)
    tag = {src["path"]: src["tag"] for src in data["sources"]}
    json_markers = {(tag[c["path"]], str(c["line_start"]),
                     "" if c["line_start"] == c["line_end"] else str(c["line_end"]))
                    for s in data["sentences"] for c in s["citations"]}
    assert body_markers == json_markers


def test_citation_tags_name_the_outlet(vetting):
    _, data = vetting
    assert [s["tag"] for s in data["sources"]] == ["NYT", "CNN", "Watson", "Express", "Newsweek"]


def test_pdf_renders_cyrillic_with_embedded_fonts(tmp_path):
    result = make(tmp_path, "--theme", "units", "--sources", str(SEEDS))
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "out" / "units.pdf")
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Свобода России" in text
    for p in reader.pages:
        for font in p["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            desc = font["/FontDescriptor"]
            assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]


def test_alias_and_theme_all(tmp_path):
    assert make(tmp_path, "--theme", "recruitment", "--sources", str(SEEDS)).exit_code == 0
    assert (tmp_path / "out" / "vetting.pdf").exists()
    assert make(tmp_path, "--theme", "all", "--sources", str(SEEDS)).exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"{t}.{ext}" for t in ("motivations", "risks", "units", "vetting") for ext in ("json", "pdf")]


def test_unknown_theme_exits_2_listing_valid_ones(tmp_path):
    result = make(tmp_path, "--theme", "weather", "--sources", str(SEEDS))
    assert result.exit_code == 2
    assert "valid themes: vetting, motivations, risks, units" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


@pytest.mark.parametrize("setup", ["missing", "empty"])
def test_missing_or_empty_sources_is_a_one_line_error_with_no_output(tmp_path, setup):
    folder = tmp_path / "articles"
    if setup == "empty":
        folder.mkdir()
    result = make(tmp_path, "--sources", str(folder))
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln]
    assert len(lines) == 1 and "error:" in lines[0]
    assert str(folder.name) in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_bad_file_is_a_warning_and_the_rest_goes_on(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x00binary")
    result = make(tmp_path, "--sources", str(folder))
    assert result.exit_code == 0
    assert "broken.txt: binary file" in result.output
    assert (tmp_path / "out" / "vetting.pdf").exists()


@pytest.mark.parametrize("workers", [1, 4], ids=["one process", "forked workers"])
def test_a_bug_in_one_theme_is_reported_and_the_other_themes_are_written(tmp_path, monkeypatch, workers):
    from briefing import pipeline
    from briefing.engines.extractive import Extractive

    draft = Extractive.draft

    def broken(self, theme, ctx):
        if theme.id == "risks":
            raise AttributeError("'NoneType' object has no attribute 'start'")
        return draft(self, theme, ctx)
    monkeypatch.setattr(Extractive, "draft", broken)
    monkeypatch.setattr(pipeline, "MAX_WORKERS", workers)
    result = make(tmp_path, "--theme", "all", "--sources", str(SEEDS))
    assert result.exit_code == 1
    assert "error: risks: internal error (AttributeError: 'NoneType' object has no attribute 'start')" in result.output
    assert "in broken" in result.output  # the traceback a bug report needs, from the worker too
    written = sorted(p.stem for p in (tmp_path / "out").glob("*.pdf"))
    assert written == ["motivations", "units", "vetting"]


def test_a_model_error_in_one_theme_does_not_stop_the_others(tmp_path, monkeypatch):
    from briefing.engines.extractive import Extractive
    from briefing.engines.openai_engine import OpenAIEngine
    from briefing.llm import LLMError

    async def draft(self, theme, ctx):  # the themes' requests go out at once, as with a server
        if theme.id == "motivations":
            raise LLMError("the model at http://127.0.0.1:9/v1 stopped answering")
        return Extractive().draft(theme, ctx)
    monkeypatch.setattr(OpenAIEngine, "draft_async", draft)
    monkeypatch.setenv("OPENAI_API_KEY", "dummy-key-for-tests")
    result = CliRunner().invoke(cli, ["make", "--engine", "openai", "--theme", "all", "--sources", str(SEEDS),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "error: motivations: the model at http://127.0.0.1:9/v1 stopped answering" in result.output
    assert "Traceback" not in result.output
    assert sorted(p.stem for p in (tmp_path / "out").glob("*.pdf")) == ["risks", "units", "vetting"]


def test_failed_write_keeps_the_previous_pdf(tmp_path, monkeypatch):
    assert make(tmp_path, "--sources", str(SEEDS)).exit_code == 0
    before = (tmp_path / "out" / "vetting.pdf").read_bytes()
    from briefing import render

    def broken(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(render.os, "fsync", broken)
    result = make(tmp_path, "--sources", str(SEEDS))
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert (tmp_path / "out" / "vetting.pdf").read_bytes() == before
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")] == []


def test_themes_command_lists_themes():
    result = CliRunner().invoke(cli, ["themes"])
    assert result.exit_code == 0
    assert "vetting (also: recruitment" in result.output and "units" in result.output


def test_readme_shows_the_current_help():
    from conftest import ROOT

    help_text = CliRunner().invoke(cli, ["make", "--help"], prog_name="briefing").output.rstrip()
    assert f"```\n{help_text}\n```" in (ROOT / "README.md").read_text(), "update the README's help block"
