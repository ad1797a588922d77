"""where and profile: paths, saving, showing, clearing, and check/plan using the profile."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


def test_where_names_the_home_and_writes_nothing(mg, mgcalc_home: Path) -> None:
    rec = mg("where", "--json").json()
    assert rec["home"] == str(mgcalc_home)
    assert rec["home_from"] == "MGCALC_HOME"
    assert rec["config"].startswith(str(mgcalc_home)) and rec["database"].endswith("diary.db")
    assert not rec["config_exists"] and not rec["database_exists"]
    table = mg("where")
    assert table.code == 0 and str(mgcalc_home) in table.out
    assert mg("where", "-q").out.strip() == str(mgcalc_home)
    assert list(mgcalc_home.iterdir()) == []


def test_platform_default_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from mgcalc.store import paths

    monkeypatch.delenv("MGCALC_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.home() == tmp_path / "mgcalc"
    assert paths.home_source() == "platform"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert paths.home() == Path.home() / ".local" / "share" / "mgcalc"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert paths.home() == Path.home() / "Library" / "Application Support" / "mgcalc"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path))
    assert paths.home() == tmp_path / "mgcalc"


def test_profile_set_show_clear(mg, mgcalc_home: Path) -> None:
    assert mg("profile", "show").code == 2
    saved = mg("profile", "set", "--sex", "female", "--age", "34", "--egfr", "75", "--json")
    assert saved.code == 0, saved.err
    rec = saved.json()
    assert rec["sex"] == "female" and rec["age_years"] == 34 and rec["egfr_ml_min_1_73m2"] == 75
    assert rec["rda_mg"] == 320 and rec["ul_mg"] == 350 and rec["sources"]
    assert (mgcalc_home / "config.toml").exists()
    assert not (mgcalc_home / "diary.db").exists()
    assert mg("profile", "show", "--json").json() == rec
    table = mg("profile", "show")
    assert "female, 31-50 years" in table.out and "RDA 320 mg" in table.out
    cleared = mg("profile", "clear")
    assert cleared.code == 0 and "cleared" in cleared.err
    assert mg("profile", "show").code == 2
    assert mg("profile", "clear").code == 0


def test_profile_set_refuses_impossible_persons(mg, mgcalc_home: Path) -> None:
    for args in (
        ("--sex", "male", "--pregnant"),
        ("--sex", "female", "--pregnant", "--lactating"),
        ("--sex", "robot"),
        ("--sex", "female", "--standard", "mars"),
        ("--sex", "female", "--egfr", "-1"),
        ("--sex", "female", "--age", "abc"),
    ):
        ran = mg("profile", "set", *args)
        assert ran.code == 2 and ran.err.startswith("mgcalc: error:"), args
        assert ran.err.count("\n") == 1
    assert not (mgcalc_home / "config.toml").exists()


def test_check_and_plan_use_the_profile_and_say_so(mg) -> None:
    mg("profile", "set", "--sex", "male", "--age", "60", "--standard", "eu")
    rec = mg("check", "--supplement", "300", "--json").json()
    assert rec["profile_used"] is True
    assert rec["sex"] == "male" and rec["standard"] == "eu" and rec["age_years"] == 60
    assert "saved profile" in mg("check", "--supplement", "300").out
    plan = mg("plan", "--food", "200", "--json").json()
    assert plan["profile_used"] is True and plan["standard"] == "eu"
    # options given on the command line win
    overridden = mg("check", "--age", "20", "--standard", "us", "--json").json()
    assert overridden["age_years"] == 20 and overridden["standard"] == "us"
    assert overridden["profile_used"] is True
    other = mg("check", "--sex", "female", "--json").json()
    assert other["profile_used"] is False and other["sex"] == "female"
    assert other["standard"] == "us"


def test_check_without_sex_or_profile_is_a_usage_error(mg) -> None:
    ran = mg("check", "--supplement", "300")
    assert ran.code == 2 and "--sex" in ran.err and "profile set" in ran.err


def test_profile_medications_reach_check(mg) -> None:
    mg("profile", "set", "--sex", "female", "--medication", "quinolones")
    rec = mg("check", "--supplement", "200", "--json").json()
    assert any("uinolone" in w for w in rec["warnings"])


@pytest.mark.parametrize(
    "text",
    [
        "not toml [",
        "[profile]\nsex = 3\n",
        "[profile]\nsex = 'female'\npregnant = 'yes'\n",
        "[other]\n",
        "[profile]\nsex = 'female'\nmedications = 'x'\n",
    ],
)
def test_a_damaged_profile_is_one_error_line(mg, mgcalc_home: Path, text: str) -> None:
    (mgcalc_home / "config.toml").write_text(text, encoding="utf-8")
    ran = mg("check", "--supplement", "100")
    assert ran.code == 2 and ran.err.startswith("mgcalc: error: cannot read")
    assert ran.err.count("\n") == 1
    assert (mgcalc_home / "config.toml").read_text(encoding="utf-8") == text
    assert mg("check", "--sex", "female").code == 0  # --sex does not read it


def test_profile_file_round_trips_awkward_text() -> None:
    from mgcalc.store.profile import Profile, dumps, loads

    profile = Profile("female", '3"4\\', medications=("a\x7fb", 'q"\n'))
    text = dumps(profile)
    import tomllib

    table = tomllib.loads(text)["profile"]
    assert table["age"] == '3"4\\' and table["medications"] == ["a\x7fb", 'q"\n']
    with pytest.raises(Exception, match="cannot read"):
        loads(text)  # the age is not an age


def test_profile_reads_medicines_and_egfr_as_check_does(mg) -> None:
    saved = mg(
        "profile", "set", "--sex", "female", "--egfr", "45 mL/min",
        "--medication", "levothyroxine@07:00", "--medication", "zorblax", "--json",
    )  # fmt: skip
    assert saved.code == 0, saved.err
    assert saved.json()["egfr_ml_min_1_73m2"] == 45
    assert "zorblax" in saved.err and saved.err.startswith("mgcalc: note:")
    rec = mg("check", "--supplement", "200", "--json").json()
    kinds = [c["kind"] for c in rec["cautions"]]
    assert rec["profile_used"] and "egfr" in kinds
    assert any("zorblax" in w for w in rec["warnings"])
    assert any("evothyroxine" in w for w in rec["warnings"])
    assert mg("profile", "set", "--sex", "female", "--egfr", "500").code == 2


def test_profile_set_merges_one_field_at_a_time(mg) -> None:
    """A birthday (--age alone) dropped the medicines, or was refused for want of --sex."""
    assert "--sex" in mg("profile", "set", "--age", "46").err  # nothing saved yet
    mg("profile", "set", "--sex", "female", "--age", "45", "--medication", "levothyroxine@07:00")
    mg("profile", "set", "--medication", "ppis", "--egfr", "80")
    rec = mg("profile", "set", "--age", "46", "--json").json()
    assert (rec["sex"], rec["age_years"], rec["egfr_ml_min_1_73m2"]) == ("female", 46, 80)
    assert [m["input"] for m in rec["medications"]] == ["levothyroxine@07:00", "ppis"]
    moved = mg("profile", "set", "--medication", "Levothyroxine@06:30", "--json").json()
    assert [m["input"] for m in moved["medications"]] == ["ppis", "Levothyroxine@06:30"]
    fewer = mg("profile", "set", "--remove-medication", "PPIs", "--clear", "egfr", "--json")
    assert [m["input"] for m in fewer.json()["medications"]] == ["Levothyroxine@06:30"]
    assert fewer.json()["egfr_ml_min_1_73m2"] is None and fewer.json()["age_years"] == 46
    for args, message in (
        (["--remove-medication", "ppis"], "not a saved medicine"),
        (["--clear", "height"], "--clear cannot forget 'height'"),
        (["--sex", "male", "--pregnant"], "only with --sex female"),
    ):
        ran = mg("profile", "set", *args)
        assert ran.code == 2 and message in ran.err, ran.err
    assert mg("profile", "show", "--json").json()["age_years"] == 46  # refusals change nothing
    fresh = mg("profile", "set", "--replace", "--sex", "male", "--json").json()
    assert fresh["medications"] == [] and fresh["age_years"] is None
