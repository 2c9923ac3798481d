"""`jbn-selfscan demo | gesprekken | export | import | pdf`: one line per error, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir filled by `demo --no-gui` once; tests work on copies."""
    data = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(data), "demo", "--no-gui"]) == 0
    return data


@pytest.fixture
def data(demo_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(demo_dir, copy)
    return copy


def _gesprekken(capsys: pytest.CaptureFixture[str], data: Path) -> list[dict[str, object]]:
    code, out, _err = run(capsys, "--data-dir", str(data), "gesprekken", "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_demo_fills_a_fresh_dir_and_refuses_a_filled_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Path
) -> None:
    db = data / "zelfscan.sqlite3"
    (data / "demo-gegevens.txt").unlink()  # from now on this directory holds "real" data
    before = db.read_bytes()
    code, out, err = run(capsys, "--data-dir", str(data), "demo", "--no-gui")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "bevat al gegevens" in err
    assert db.read_bytes() == before


def test_demo_starts_the_app_unless_no_gui(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jbn_selfscan.cli.start_gui as start_gui_module

    calls: list[bool] = []

    def fake_start_gui(context: object, *, quit_when_ready: bool = False) -> int:
        calls.append(quit_when_ready)
        return 0

    monkeypatch.setattr(start_gui_module, "start_gui", fake_start_gui)
    code, out, _err = run(
        capsys, "--data-dir", str(tmp_path / "nieuw"), "--quit-when-ready", "demo"
    )
    assert code == 0 and "15 cliënten" in out
    assert calls == [True]


def test_gesprekken_lists_as_table_and_json(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    listed = _gesprekken(capsys, data)
    assert [row["status"] for row in listed] == ["in_voorbereiding", "getekend"]
    assert set(listed[0]) >= {
        "id",
        "uid",
        "versie",
        "datum",
        "status",
        "medewerker",
        "praktijkbegeleider",
    }
    code, out, _err = run(capsys, "--data-dir", str(data), "gesprekken")
    assert code == 0
    assert "in voorbereiding" in out and "Demo Praktijkbegeleider" in out
    assert str(listed[1]["uid"]) in out


def test_export_import_round_trip_by_number_and_by_code(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    signed = _gesprekken(capsys, data)[1]
    by_number = tmp_path / "nummer.json"
    by_code = tmp_path / "code.json"
    code, out, _ = run(
        capsys, "--data-dir", str(data), "export", str(signed["id"]), "-o", str(by_number)
    )
    assert code == 0 and "geëxporteerd" in out
    code, _, _ = run(
        capsys, "--data-dir", str(data), "export", str(signed["uid"]), "-o", str(by_code)
    )
    assert code == 0
    assert by_number.read_bytes() == by_code.read_bytes()

    coach = tmp_path / "pb"
    code, out, _ = run(capsys, "--data-dir", str(coach), "import", str(by_code))
    first, *akkoorden = out.splitlines()
    assert code == 0 and "ingelezen" in first
    assert len(akkoorden) == 2 and all(line.startswith("Akkoord ") for line in akkoorden)
    code, out, _ = run(capsys, "--data-dir", str(coach), "import", str(by_code))
    assert code == 0 and "ongewijzigd" in out
    assert [row["uid"] for row in _gesprekken(capsys, coach)] == [signed["uid"]]


def test_password_from_env_or_file_never_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "geheim.json"
    monkeypatch.setenv("JBN_TEST_WW", "paard batterij")
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "export",
        "1",
        "-o",
        str(target),
        "--wachtwoord-env",
        "JBN_TEST_WW",
    )
    assert code == 0 and "versleuteld" in out
    assert b"Demo Jeugdbeschermer" not in target.read_bytes()

    coach = str(tmp_path / "pb")
    code, _, err = run(capsys, "--data-dir", coach, "import", str(target))
    assert code == 1 and "versleuteld" in err and err.count("\n") == 1
    wrong = tmp_path / "fout.txt"
    wrong.write_text("iets anders\n", encoding="utf-8")
    code, _, err = run(
        capsys, "--data-dir", coach, "import", str(target), "--wachtwoord-bestand", str(wrong)
    )
    assert code == 1 and err.startswith("jbn-selfscan: niet ingelezen") and "Traceback" not in err
    right = tmp_path / "goed.txt"
    right.write_text("paard batterij\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "--data-dir", coach, "import", str(target), "--wachtwoord-bestand", str(right)
    )
    assert code == 0 and "ingelezen" in out

    code, _, err = run(capsys, "--data-dir", coach, "import", str(target), "--wachtwoord", "x")
    assert code == 2
    code, _, err = run(
        capsys,
        "--data-dir",
        coach,
        "import",
        str(target),
        "--wachtwoord-bestand",
        str(right),
        "--wachtwoord-env",
        "JBN_TEST_WW",
    )
    assert code == 2 and "niet allebei" in err


def test_import_rejections_are_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    export = tmp_path / "gesprek.json"
    assert run(capsys, "--data-dir", str(data), "export", "2", "-o", str(export))[0] == 0
    damaged = tmp_path / "beschadigd.json"
    damaged.write_text(
        export.read_text(encoding="utf-8").replace("Demo Jeugd", "Demo Jeugt"), encoding="utf-8"
    )
    db = data / "zelfscan.sqlite3"
    before = db.read_bytes()
    for argv in (
        ["import", str(damaged)],
        ["import", str(tmp_path / "bestaat-niet.json")],
        ["import", str(export), "--medewerker", "Iemand Anders"],
    ):
        code, out, err = run(capsys, "--data-dir", str(data), *argv)
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and err.startswith("jbn-selfscan: niet ingelezen:")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["beschadigd.json", "data", "gesprek.json"]


def test_unknown_gesprek_and_missing_options(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(data), "export", "77", "-o", str(tmp_path / "x.json")
    )
    assert code == 1 and "'77' bestaat niet" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--data-dir", str(data), "pdf", "abc", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "'abc' bestaat niet" in err
    code, _, err = run(capsys, "--data-dir", str(data), "export", "1")
    assert code == 2 and "-o BESTAND" in err
    assert not (tmp_path / "x.json").exists()


def test_pdf_of_both_versions(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    dossier = tmp_path / "personeelsdossier.pdf"
    werk = tmp_path / "werkversie.pdf"
    code, out, _ = run(capsys, "--data-dir", str(data), "pdf", "1", "-o", str(dossier))
    assert code == 0 and "personeelsdossier" in out
    code, out, _ = run(capsys, "--data-dir", str(data), "pdf", "1", "-o", str(werk), "--werkversie")
    assert code == 0 and "werkversie" in out
    assert dossier.read_bytes().startswith(b"%PDF") and werk.read_bytes().startswith(b"%PDF")
    assert dossier.read_bytes() != werk.read_bytes()


def test_demo_opens_an_earlier_demo_again_without_refilling(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "demo"
    assert main(["--data-dir", str(data_dir), "demo", "--no-gui"]) == 0
    before = (data_dir / "zelfscan.sqlite3").stat().st_size
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "demo", "--no-gui"]) == 0
    assert "staat al klaar" in capsys.readouterr().out
    assert (data_dir / "zelfscan.sqlite3").stat().st_size == before


def test_demo_without_data_dir_stays_out_of_the_real_data_dir(
    tmp_path: Path,
    monkeypatch,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.delenv("JBN_SELFSCAN_DATA_DIR", raising=False)
    monkeypatch.setattr("jbn_selfscan.cli.cmd_demo.default_demo_dir", lambda: tmp_path / "d")
    assert main(["demo", "--no-gui"]) == 0
    assert (tmp_path / "d" / "zelfscan.sqlite3").exists()
    assert str(tmp_path / "d") in capsys.readouterr().out


def test_pdf_warns_about_characters_its_font_lacks(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, required_tool: Any
) -> None:
    from jbn_selfscan.paths import AppPaths
    from jbn_selfscan.services.gesprekken import set_opmerkingen
    from jbn_selfscan.services.workspace import open_workspace

    planned = next(g for g in _gesprekken(capsys, data) if g["status"] == "in_voorbereiding")
    ws = open_workspace(AppPaths(data))
    try:
        set_opmerkingen(ws, int(str(planned["id"])), "Moeder schreef 谢谢 en stuurde 🧑‍🤝‍🧑.")
    finally:
        ws.close()
    target = tmp_path / "gesprek.pdf"
    code, out, _ = run(
        capsys, "--data-dir", str(data), "pdf", str(planned["id"]), "-o", str(target)
    )
    assert code == 0
    assert "Let op: het lettertype van de PDF kent 3 tekens" in out
    assert "谢 (U+8C22)" in out and "🧑 (U+1F9D1)" in out
    text = subprocess.run(
        [required_tool("pdftotext", "poppler-utils"), "-enc", "UTF-8", "-raw", str(target), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    assert "Moeder schreef \ufffd en stuurde \ufffd." in text  # visible, not dropped


def test_forged_akkoord_is_refused_in_one_line_and_read_unsigned_on_request(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    from jbn_selfscan.exchange.merged_file import compute_checksum

    export = tmp_path / "gesprek.json"
    signed = str(_gesprekken(capsys, data)[1]["id"])
    assert run(capsys, "--data-dir", str(data), "export", signed, "-o", str(export))[0] == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    document["gesprek"]["opmerkingen"] = "Achteraf toegevoegd."
    document["gesprek"]["versie"] += 1
    document["checksum"]["value"] = compute_checksum(document)
    forged = tmp_path / "vals.json"
    forged.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    coach = str(tmp_path / "pb")
    code, out, err = run(capsys, "--data-dir", coach, "import", str(forged))
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert "handtekening klopt niet bij de inhoud" in err and "--als-ongetekend" in err
    code, out, _ = run(capsys, "--data-dir", coach, "import", str(forged), "--als-ongetekend")
    assert code == 0 and "in voorbereiding" in out and "geweigerd" in out
    assert [row["status"] for row in _gesprekken(capsys, Path(coach))] == ["in_voorbereiding"]


def test_sleutels_shows_fingerprints_and_forgets_one(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    export = tmp_path / "gesprek.json"
    signed = str(_gesprekken(capsys, data)[1]["id"])
    assert run(capsys, "--data-dir", str(data), "export", signed, "-o", str(export))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(data), "sleutels")
    assert code == 0 and "Deze installatie: vingerafdruk " in out
    mine = out.splitlines()[0].rsplit("vingerafdruk ", 1)[1]

    coach = str(tmp_path / "pb")
    code, out, _ = run(capsys, "--data-dir", coach, "sleutels")
    assert "nog geen sleutel" in out and "Nog geen sleutels van anderen" in out
    assert run(capsys, "--data-dir", coach, "import", str(export))[0] == 0
    code, out, _ = run(capsys, "--data-dir", coach, "sleutels")
    assert f"Demo Jeugdbeschermer: vingerafdruk {mine}" in out
    code, out, _ = run(capsys, "--data-dir", coach, "sleutels", "--vergeet", "demo jeugdbeschermer")
    assert code == 0 and "vergeten" in out
    code, _, err = run(capsys, "--data-dir", coach, "sleutels", "--vergeet", "Niemand")
    assert code == 1 and "geen sleutel vastgelegd" in err
