"""The security list of the workbench, each item tested through HTTP."""

from __future__ import annotations

import base64

import pytest
from click.testing import CliRunner
from web_client import STARTER, client, csrf

from procesregels.cli import cli
from procesregels.errors import ConfigError
from procesregels.web import auth
from procesregels.web.paths import workspace_files
from procesregels.web.security import Access
from procesregels.web.server import access_for, is_loopback


@pytest.fixture
def workspace(tmp_path):
    (tmp_path / "plan.yaml").write_text(STARTER, encoding="utf-8")
    return tmp_path


def test_every_answer_has_the_security_headers_and_a_strict_session_cookie(workspace):
    answer = client(workspace).get("/")
    assert answer.headers["content-security-policy"].startswith("default-src 'self'")
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["x-content-type-options"] == "nosniff"
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "<script>" not in answer.text and "style=" not in answer.text  # nothing inline for the CSP to block
    assert 'src="/static/app.js"' in answer.text and "http://" not in answer.text and "https://" not in answer.text


def test_the_language_cookie_is_strict_too(workspace):
    answer = client(workspace).get("/lang?to=en&next=/rulesets", follow_redirects=False)
    assert answer.headers["location"] == "/rulesets"
    assert "SameSite=strict" in answer.headers["set-cookie"] and "HttpOnly" in answer.headers["set-cookie"]
    assert client(workspace).get("/lang?to=en&next=//evil.example/", follow_redirects=False).headers["location"] == "/"


@pytest.mark.parametrize("url", ["/plan/..%2F..%2Fetc%2Fpasswd", "/plan/a%5Cb.yaml", "/plan/a%00.yaml",
                                 "/plan/%2e%2e/%2e%2e/etc/passwd", "/plan/../../etc/passwd", "/plan//etc/passwd",
                                 "/plan/.procesregels/secret", "/download/source/..%2fplan.yaml"])
def test_no_path_outside_the_workspace(workspace, url):
    answer = client(workspace).get(url)
    assert answer.status_code in (400, 404)
    assert "root:" not in answer.text and "\\x" not in answer.text


def test_a_symlink_out_is_not_served(workspace, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.yaml").write_text("plan: Geheim buiten de map\n")
    (workspace / "link.yaml").symlink_to(outside / "secret.yaml")
    web = client(workspace)
    assert web.get("/plan/link.yaml").status_code == 404
    assert web.get("/download/source/link.yaml").status_code == 404
    assert "Geheim" not in web.get("/").text


def test_writes_without_a_valid_csrf_token_are_refused(workspace):
    web = client(workspace)
    page = web.get("/text/plan.yaml").text
    token = csrf(page)
    base = page.split('name="base" value="')[1].split('"')[0]
    for sent in ({}, {"csrf": "0" * 64}):
        answer = web.post("/text/plan.yaml", data={"text": "plan: Overschreven\n", "base": base, **sent})
        assert answer.status_code == 400
        assert "Overschreven" in answer.text  # the text is kept and shown again
    assert (workspace / "plan.yaml").read_text(encoding="utf-8") == STARTER
    other = client(workspace)  # another browser (session) cannot use this session's token
    other.get("/")
    assert other.post("/text/plan.yaml", data={"text": "x", "base": base, "csrf": token}).status_code == 400
    assert (workspace / "plan.yaml").read_text(encoding="utf-8") == STARTER
    for url in ("/new", "/upload", "/rulesets/new", "/restore/plan.yaml", "/edit/plan.yaml"):
        assert web.post(url, data={"name": "x"}).status_code == 400, url
    assert sorted(p.name for p in workspace.iterdir() if not p.name.startswith(".")) == ["plan.yaml"]


def test_uploads_over_5_mb_and_bad_uploads_are_messages(workspace):
    web = client(workspace)
    token = csrf(web.get("/").text)
    big = web.post("/upload", data={"csrf": token}, files={"file": ("big.yaml", b"#" * (5 * 1024 * 1024 + 300_000))})
    assert big.status_code == 413 and "5 MB" in big.text
    binary = web.post("/upload", data={"csrf": token}, files={"file": ("bin.yaml", b"\xff\xfe\x00\x81" * 100)})
    assert binary.status_code == 400 and "UTF-8" in binary.text
    no_file = web.post("/upload", data={"csrf": token})
    assert no_file.status_code == 400
    bad_name = web.post("/upload", data={"csrf": token, "name": "../x.yaml"}, files={"file": ("x.yaml", b"plan: x\n")})
    assert bad_name.status_code == 400
    broken = web.post("/upload", content=b"--x\r\nbroken", headers={"content-type": "multipart/form-data; boundary=x"})
    assert broken.status_code == 400
    assert sorted(p.name for p in workspace.iterdir() if not p.name.startswith(".")) == ["plan.yaml"]


def test_a_broken_plan_upload_is_kept_and_shown_with_its_error(workspace):
    web = client(workspace)
    token = csrf(web.get("/").text)
    answer = web.post("/upload", data={"csrf": token}, files={"file": ("kapot.yaml", b"plan: [unclosed\n")})
    assert answer.status_code == 200 and "regel 1" in answer.text


def test_loopback_needs_no_login_and_other_hosts_are_refused_without_one(tmp_path):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    assert access_for("127.0.0.1", None, None).open
    with pytest.raises(ConfigError):
        access_for("0.0.0.0", None, None)
    with pytest.raises(ConfigError):  # an empty users file does not open it either
        access_for("0.0.0.0", str(tmp_path / "none"), None)
    assert access_for("0.0.0.0", None, "X-Remote-User").trust_header == "X-Remote-User"
    result = CliRunner().invoke(cli, ["serve", str(tmp_path), "--host", "0.0.0.0", "--port", "1"])
    assert result.exit_code == 2 and "--auth" in result.output


def test_add_user_writes_an_scrypt_hash_and_basic_auth_checks_it(tmp_path):
    users = tmp_path / "users"
    result = CliRunner().invoke(cli, ["serve", "--auth", str(users), "--add-user", "anna"], input="geheim\ngeheim\n")
    assert result.exit_code == 0, result.output
    line = users.read_text()
    assert line.startswith("anna:scrypt:") and "geheim" not in line
    assert oct(users.stat().st_mode & 0o777) == oct(0o600)
    access = access_for("0.0.0.0", str(users), None)
    web = client(tmp_path, access)
    assert web.get("/").status_code == 401
    wrong = base64.b64encode(b"anna:fout").decode()
    assert web.get("/", headers={"authorization": f"Basic {wrong}"}).status_code == 401
    right = base64.b64encode(b"anna:geheim").decode()
    answer = web.get("/", headers={"authorization": f"Basic {right}"})
    assert answer.status_code == 200 and "anna" in answer.text


def test_saves_record_the_user(tmp_path):
    users = tmp_path / "users"
    auth.add_user(users, "bert", "wachtwoord")
    web = client(tmp_path, Access(users=auth.read_users(users)),
                 headers={"authorization": "Basic " + base64.b64encode(b"bert:wachtwoord").decode()})
    token = csrf(web.get("/").text)
    assert web.post("/new", data={"csrf": token, "name": "markt"}).status_code == 200
    page = web.get("/text/markt.yaml").text
    base = page.split('name="base" value="')[1].split('"')[0]
    web.post("/text/markt.yaml", data={"csrf": token, "base": base, "text": STARTER.replace("Dorpsplein", "Markt")})
    from procesregels.web import storage

    assert [v.user for v in storage.versions(tmp_path, "markt.yaml")] == ["bert"]


def test_trust_header_takes_the_user_from_the_proxy(tmp_path):
    web = client(tmp_path, Access(trust_header="X-Remote-User"))
    assert web.get("/").status_code == 401
    assert "carla" in web.get("/", headers={"X-Remote-User": "carla"}).text


def test_demo_serves_a_copy_of_the_examples(tmp_path):
    from procesregels.web.server import demo_workspace

    folder = demo_workspace()
    try:
        plans = workspace_files(folder, (".yaml",))
        assert "dorpsplein.yaml" in plans and len(plans) > 3
        from procesregels.web import checking

        # every example is checked against the ruleset it was written for, so each one reads
        for name in plans:
            ruleset = checking.default_ruleset(folder, name)
            if name.startswith("plannen/"):
                assert ruleset == name.split("/")[1], name
            text = (folder / name).read_text(encoding="utf-8")
            assert checking.check_text(folder, text, name, ruleset, None).error is None, name
    finally:
        import shutil

        shutil.rmtree(folder)


def test_serve_refuses_a_missing_folder(tmp_path):
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "nope"), "--port", "1"])
    assert result.exit_code == 2 and "no such folder" in result.output


def test_a_ruleset_restored_from_history_goes_back_to_the_ruleset(tmp_path):
    from procesregels.web import storage

    web = client(tmp_path)
    token = csrf(web.get("/rulesets").text)
    web.post("/rulesets/new", data={"csrf": token, "name": "eigen"})
    editor = web.get("/ruleset-edit/eigen.rules").text
    source = (tmp_path / "eigen.rules").read_text(encoding="utf-8")
    web.post("/ruleset-edit/eigen.rules", data={"csrf": token, "base": editor.split('name="base" value="')[1].split('"')[0],
                                                 "text": source + "\n# gewijzigd\n", "action": "save"})
    ident = storage.versions(tmp_path, "eigen.rules")[0].ident
    current = storage.current_version(tmp_path, "eigen.rules")
    answer = web.post("/restore/eigen.rules", data={"csrf": token, "base": current, "version": ident},
                      follow_redirects=False)
    assert answer.headers["location"] == "/ruleset/eigen.rules"
    assert (tmp_path / "eigen.rules").read_text(encoding="utf-8") == source


def test_add_user_needs_the_users_file_and_a_bad_name_is_a_message(tmp_path):
    without = CliRunner().invoke(cli, ["serve", "--add-user", "anna"], input="geheim\ngeheim\n")
    assert without.exit_code == 2 and "--auth" in without.output and "Traceback" not in without.output
    bad = CliRunner().invoke(cli, ["serve", "--auth", str(tmp_path / "users"), "--add-user", "an na"],
                             input="geheim\ngeheim\n")
    assert bad.exit_code == 2 and "an na" in bad.output and not (tmp_path / "users").exists()
    mismatch = CliRunner().invoke(cli, ["serve", "--auth", str(tmp_path / "users"), "--add-user", "anna"],
                                  input="geheim\nanders\ngeheim\ngeheim\n")
    assert mismatch.exit_code == 0 and auth.verify("geheim", auth.read_users(tmp_path / "users")["anna"])


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "[::]", "example.org"])
def test_every_address_beyond_this_computer_needs_a_login(tmp_path, host):
    result = CliRunner().invoke(cli, ["serve", str(tmp_path), "--host", host, "--port", "1"])
    assert result.exit_code == 2 and "--auth" in result.output and "--trust-header" in result.output
    users = tmp_path / "users"
    auth.add_user(users, "anna", "geheim")
    assert not access_for(host, str(users), None).open
    assert not access_for(host, None, "X-Remote-User").open


def test_a_login_is_asked_with_the_browsers_dialog_and_a_bad_header_is_refused(tmp_path):
    users = tmp_path / "users"
    auth.add_user(users, "anna", "geheim")
    web = client(tmp_path, access_for("0.0.0.0", str(users), None))
    refused = web.get("/api/rulesets")
    assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Basic ")
    for header in ("Basic !!!", "Bearer abc", "Basic " + base64.b64encode(b"bert:geheim").decode()):
        assert web.get("/", headers={"authorization": header}).status_code == 401
    proxy = client(tmp_path, Access(trust_header="X-Remote-User"))
    assert proxy.get("/", headers={"X-Remote-User": "bad name\x7f"}).status_code == 401


def test_a_write_through_a_symlink_out_of_the_workspace_is_refused(workspace, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    (outside / "doel.yaml").write_text("plan: Buiten\n", encoding="utf-8")
    (workspace / "link.yaml").symlink_to(outside / "doel.yaml")
    (workspace / "map").symlink_to(outside)
    web = client(workspace)
    token = csrf(web.get("/").text)
    for name in ("link.yaml", "map/doel.yaml", "map/nieuw.yaml"):
        answer = web.post(f"/text/{name}", data={"csrf": token, "base": "new", "text": "plan: Overschreven\n"})
        assert answer.status_code in (400, 404), name
    assert web.post("/new", data={"csrf": token, "name": "map/nieuw"}).status_code in (400, 404)
    assert (outside / "doel.yaml").read_text(encoding="utf-8") == "plan: Buiten\n"
    assert sorted(p.name for p in outside.iterdir()) == ["doel.yaml"]
