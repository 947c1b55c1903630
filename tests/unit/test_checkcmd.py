"""`corrigenda check`: the real command, on files and on a page served on loopback."""

from __future__ import annotations

import json

from corrigenda.checkcmd import guess_lang
from tests.commands import corrigenda
from tests.pages import page_server


def run(*args: str):
    return corrigenda("check", *args)


def test_text_file_with_findings_exits_1_with_offsets(tmp_path):
    path = tmp_path / "story.txt"
    text = "The council approved the the budgett on Tuesday."
    path.write_text(text, encoding="utf-8")
    result = run(str(path), "--format", "json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert {f["text"] for f in findings} >= {"the the", "budgett"}
    for finding in findings:
        assert set(finding) == {"start", "end", "text", "kind", "suggestions", "confidence"}
        assert text[finding["start"] : finding["end"]] == finding["text"]


def test_clean_text_exits_0(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text("The council approved the budget on Tuesday.", encoding="utf-8")
    result = run(str(path))
    assert result.returncode == 0 and "0 findings" in result.stdout


def test_html_offsets_point_into_the_extracted_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html lang='uk'><body><nav>Меню</nav><article><p>Міська рада "
        "планує ремонт біля мiсту.</p></article></body></html>",
        encoding="utf-8",
    )
    result = run(str(path), "--format", "json")
    assert result.returncode == 1
    [mixed] = [f for f in json.loads(result.stdout) if f["kind"] == "script.mixed"]
    assert mixed["text"] == "мiсту"


def test_url_is_fetched_and_checked():
    with page_server() as server:
        url = server.article("/story", ["The mayor opened the the bridge."])
        result = run(url, "--allow-loopback", "--format", "json")
    assert result.returncode == 1
    assert any(f["text"] == "the the" for f in json.loads(result.stdout))


def test_errors_exit_2(tmp_path):
    assert run(str(tmp_path / "missing.txt")).returncode == 2
    refused = run("http://127.0.0.1:9/private")  # loopback refused without the test flag
    assert refused.returncode == 2 and "non-public" in refused.stderr


def test_language_guess():
    assert guess_lang("Міська рада планує ремонт") == "uk"
    assert guess_lang("Городской совет планирует ремонт, съешь") == "ru"
    assert guess_lang("The council plans repairs") == "en"
