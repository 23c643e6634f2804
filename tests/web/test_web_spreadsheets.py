"""A plan as an Excel workbook on the plan page: download it, add a plan from one, round trip."""

from __future__ import annotations

import io

import pytest
from web_client import STARTER, client, csrf

from procesregels.web.spreadsheets import XLSX_TYPE


@pytest.fixture
def web(tmp_path):
    (tmp_path / "markt.yaml").write_text(STARTER, encoding="utf-8")
    return client(tmp_path)


def test_the_plan_page_offers_the_plan_as_a_workbook(web):
    page = web.get("/plan/markt.yaml").text
    assert 'href="/download/xlsx/markt.yaml' in page and "Plan als spreadsheet (.xlsx)" in page


def test_download_is_a_workbook_of_the_plan_that_reads_back_as_the_same_plan(web, tmp_path):
    import openpyxl

    from procesregels.plan.convert import written_data

    answer = web.get("/download/xlsx/markt.yaml")
    assert answer.status_code == 200 and answer.headers["content-type"] == XLSX_TYPE
    assert 'filename="markt.xlsx"' in answer.headers["content-disposition"]
    assert openpyxl.load_workbook(io.BytesIO(answer.content), read_only=True).sheetnames
    (tmp_path / "terug.xlsx").write_bytes(answer.content)
    assert written_data(str(tmp_path / "terug.xlsx")) == written_data(str(tmp_path / "markt.yaml"))


def test_upload_of_a_workbook_adds_the_plan_as_yaml(web, tmp_path):
    from procesregels.plan.convert import written_data

    workbook = web.get("/download/xlsx/markt.yaml").content
    token = csrf(web.get("/").text)
    answer = web.post("/upload", data={"csrf": token}, files={"file": ("Dorpsplein.xlsx", workbook, XLSX_TYPE)})
    assert answer.status_code == 200 and "Voldoet aan de regels." in answer.text
    assert written_data(str(tmp_path / "Dorpsplein.yaml")) == written_data(str(tmp_path / "markt.yaml"))


def test_a_workbook_that_is_not_a_plan_is_refused_with_its_place(web, tmp_path):
    token = csrf(web.get("/").text)
    answer = web.post("/upload", data={"csrf": token}, files={"file": ("kapot.xlsx", b"PK\x03\x04 not a zip")})
    assert answer.status_code == 400 and "kapot.xlsx" in answer.text
    assert not any(tmp_path.glob("kapot*"))


def test_a_plan_with_input_errors_is_not_downloaded_as_a_workbook(web, tmp_path):
    (tmp_path / "fout.yaml").write_text("plan: x\nsteps: 3\n", encoding="utf-8")
    answer = web.get("/download/xlsx/fout.yaml")
    assert answer.status_code == 400 and answer.headers["content-type"].startswith("text/html")
