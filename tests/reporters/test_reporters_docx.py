"""`--format docx`: the Word document an officer attaches to a raadsinformatiebrief.

Read back with python-docx (structure, words, styles), byte-stable under SOURCE_DATE_EPOCH,
and converted to PDF by LibreOffice (the test is skipped when LibreOffice is absent, except in
CI, where a missing LibreOffice fails it).
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from procesregels.reporters import docx as docx_reporter
from reporter_samples import document_text, hostile_report, marktplein_report

ROOT = Path(__file__).resolve().parents[2]


def rendered(report) -> bytes:
    out = io.BytesIO()
    docx_reporter.render(report, out)
    return out.getvalue()


def headings(data: bytes) -> list[tuple[str, str]]:
    import docx

    document = docx.Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def test_same_input_and_date_give_the_same_bytes() -> None:
    assert rendered(marktplein_report("nl")) == rendered(marktplein_report("nl"))


def test_the_date_of_the_check_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    first = document_text(rendered(marktplein_report("nl")))
    assert "Datum van de toets: 28 mei 2026" in first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    second = rendered(marktplein_report("nl"))
    assert "Datum van de toets: 21 september 2026" in document_text(second)


def test_word_heading_styles_carry_the_structure() -> None:
    found = headings(rendered(marktplein_report("nl")))
    assert found[0] == ("Title", "Participatietoets: Herinrichting Marktplein")
    assert ("Heading 1", "De stappen van het proces") in found
    assert ("Heading 1", "Het proces in beeld") in found
    assert ("Heading 2", "Regels die het plan overtreedt") in found
    assert ("Heading 3", "R2 Residents co-produce the design") in found
    assert ("Heading 2", "Aanvaarde afwijkingen") in found


def test_the_document_says_what_the_brief_needs() -> None:
    words = document_text(rendered(marktplein_report("nl")))
    assert "Gemeente: Voorbeeldstad" in words
    assert "Regels: Voorbeeldstad (spec example), versie 2026.1" in words
    assert "2 | Online enquête | 1 februari 2026 – 28 februari 2026 | Projectteam Marktplein | " \
           "inwoners: raadplegen; ondernemers: raadplegen" in words
    assert "Artikel: art. 4 lid 3" in words
    assert "Het verloop van de stappen: als keuze 'vorm' valt op [Online enquête] en 'Ontwerpateliers' wordt " \
           "overgeslagen: Raad stelt kaders vast → Online enquête → College stelt ontwerp vast" in words
    assert "Reden: Spoedprocedure na raadsbesluit van 2026-01-10" in words
    assert "'ontwerp'" not in words


def test_english_document() -> None:
    words = document_text(rendered(marktplein_report("en")))
    assert "Date of the check: 28 May 2026" in words and "Rules the plan breaks" in words


def test_pictures_are_png_parts_that_fit_a_page() -> None:
    import docx

    document = docx.Document(io.BytesIO(rendered(marktplein_report("nl"))))
    images = [shape for shape in document.inline_shapes]
    assert images, "the picture of the process is missing"
    landscape = [s for s in document.sections if s.page_width > s.page_height]
    assert len(landscape) == 1
    usable = landscape[0].page_width - landscape[0].left_margin - landscape[0].right_margin
    assert all(image.width <= usable for image in images)


def test_hostile_texts_are_stored_as_text() -> None:
    words = document_text(rendered(hostile_report("nl")))
    assert "<script>window.__pwned=1;alert(1)</script>" in words
    assert "\ufffd" in words or "::error::forged" in words


def test_png_writer_gives_a_valid_image() -> None:
    from procesregels.picture.raster import Canvas

    canvas = Canvas(7, 3)
    canvas.fill(1, 1, 2, 1, (255, 0, 0))
    data = canvas.png()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (7, 3)
    idat = data.index(b"IDAT")
    length = struct.unpack(">I", data[idat - 4:idat])[0]
    raw = zlib.decompress(data[idat + 4:idat + 4 + length])
    row = raw[1 * (1 + 7 * 3):2 * (1 + 7 * 3)]
    assert row[0] == 0 and row[1 + 3:1 + 6] == b"\xff\x00\x00" and row[1:4] == b"\xff\xff\xff"


def test_font_draws_accents_and_falls_back() -> None:
    from procesregels.picture import font

    assert font.glyph("ë")[0] and not font.glyph("e")[0]
    assert font.glyph("\u4e2d") == font.glyph("?")


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
def test_libreoffice_converts_the_document_to_pdf(tmp_path: Path) -> None:
    soffice = _soffice()
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is needed in CI to check the Word report")
        pytest.skip("LibreOffice (soffice) is not installed")
    source = tmp_path / "toets.docx"
    source.write_bytes(rendered(marktplein_report("nl")))
    profile = tmp_path / "profile"  # its own profile: never touch or wait for the user's
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    pdf = tmp_path / "toets.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), result.stdout + result.stderr
