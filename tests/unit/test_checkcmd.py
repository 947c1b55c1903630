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


def test_a_saved_page_in_its_declared_charset_is_read_as_the_browser_reads_it(tmp_path):
    path = tmp_path / "page.html"
    html = (
        '<html lang="uk"><head><meta charset="windows-1251"></head>'
        "<body><article><p>Депутати проголосувли за бюджет.</p></article></body></html>"
    )
    path.write_bytes(html.encode("cp1251"))
    result = run(str(path), "--format", "json")
    assert result.returncode == 1
    assert [f["text"] for f in json.loads(result.stdout)] == ["проголосувли"]


def test_offsets_in_a_text_file_with_windows_line_ends_match_pythons_reading(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"The council met.\r\nIt approved the the budget.\r\n")
    findings = json.loads(run(str(path), "--format", "json").stdout)
    text = path.read_text(encoding="utf-8")  # universal newlines, as open() reads it
    assert [text[f["start"] : f["end"]] for f in findings] == ["the the"]
    assert findings[0]["text"] == "the the"


def test_a_text_file_not_in_utf8_is_an_error_that_says_so(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Старий файл".encode("cp1251"))
    result = run(str(path))
    assert result.returncode == 2
    assert "not UTF-8" in result.stderr
