"""Subprocess tests: exit codes, stderr, real pipes, signals, encodings."""

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Ran, sh

MGCALC = [sys.executable, "-m", "mgcalc"]


BAD_INPUTS = [
    (["elemental", "citrat", "500mg"], 2, "did you mean 'citrate'"),
    (["elemental", "citrate", "500xyz"], 2, "unknown unit 'xyz'"),
    (["elemental", "citrate", "-5mg"], 2, "No such option"),
    (["elemental", "citrate", "0"], 2, "more than 0"),
    (["elemental", "NaCl", "1g"], 2, "contains no magnesium"),
    (["elemental", "citrate", "500mg", "--purity", "2"], 2, "purity"),
    (["elemental", "citrate"], 2, "missing argument AMOUNT"),
    (["elemntal", "citrate", "500mg"], 2, "Did you mean 'elemental'"),
    (
        ["elemental", "citrate", "500mg", "--format", "xml"],
        2,
        "unknown format 'xml'; valid choices: table, json",
    ),
    (
        ["compound", "oxide", "300mg", "--unit-size", "3 mmol compound"],
        2,
        "counts magnesium atoms",
    ),
    (["elemental", "--batch", "/nonexistent/file"], 2, "cannot read batch file"),
]


def _one_error_line(ran: Ran, code: int, message: str) -> None:
    assert ran.code == code
    assert ran.out == ""
    assert ran.err.startswith("mgcalc: error: ")
    assert ran.err.count("\n") == 1
    assert message in ran.err
    assert "Traceback" not in ran.err


@pytest.mark.parametrize(("args", "code", "message"), BAD_INPUTS)
def test_bad_input_one_line_exit_2(mg, args: list[str], code: int, message: str) -> None:
    """What each bad input says and returns (entry.run: the code main() exits with)."""
    _one_error_line(mg(*args), code, message)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [BAD_INPUTS[0], BAD_INPUTS[2]],  # an input error from a command; click's usage error
    ids=["input-error", "usage-error"],
)
def test_bad_input_is_one_line_and_exit_2_from_a_real_process(
    args: list[str], code: int, message: str
) -> None:
    _one_error_line(sh(*args), code, message)


def test_unwritable_svg_is_an_input_error(tmp_path) -> None:
    ran = sh("elemental", "citrate", "500mg", "--svg", str(tmp_path / "no" / "x.svg"))
    assert ran.code == 2
    assert ran.err.startswith("mgcalc: error: cannot write SVG") and ran.err.count("\n") == 1


def test_internal_error_is_exit_70_one_line(mg, monkeypatch) -> None:
    from mgcalc.core.chemistry import calc

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated bug\nsecond line")

    monkeypatch.setattr(calc, "elemental", broken)
    ran = mg("elemental", "citrate", "500mg")
    assert ran.code == 70
    assert ran.err == (
        "mgcalc: internal error: RuntimeError: simulated bug "
        "(set MGCALC_DEBUG=1 for the traceback)\n"
    )
    monkeypatch.setenv("MGCALC_DEBUG", "1")
    with pytest.raises(RuntimeError):
        mg("elemental", "citrate", "500mg")


def test_version() -> None:
    ran = sh("--version")
    assert ran.code == 0 and ran.out.startswith("mgcalc ")


def test_closed_pipe_is_quiet() -> None:
    script = f"{sys.executable} -m mgcalc forms | head -1"
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", script], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0
    assert proc.stderr == ""


def test_closed_pipe_in_batch_is_quiet(tmp_path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("citrate 500mg\n" * 200_000)
    script = f"{sys.executable} -m mgcalc elemental --batch - --format ndjson < {source} | head -1"
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", script], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert json.loads(proc.stdout)["elemental_mg"] == 80.82


def test_batch_streams_before_input_ends() -> None:
    proc = subprocess.Popen(
        [*MGCALC, "elemental", "--batch", "-", "--format", "ndjson"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin and proc.stdout
    proc.stdin.write("citrate 500mg\n")
    proc.stdin.flush()
    first = proc.stdout.readline()  # would hang if output waited for EOF
    assert json.loads(first)["form"] == "citrate"
    proc.stdin.write("oxide 1g\n")
    proc.stdin.close()
    assert json.loads(proc.stdout.readline())["form"] == "oxide"
    assert proc.wait(timeout=30) == 0


def test_ctrl_c_exits_130_without_traceback() -> None:
    proc = subprocess.Popen(
        [*MGCALC, "elemental", "--batch", "-", "-f", "ndjson"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Wait until it is really running (one record answered), not for a guessed time:
    # on a loaded machine the interpreter may still be starting after seconds. NDJSON,
    # because a table batch prints its header line before it computes the first record
    # (waiting for that line sent Ctrl-C mid-record: exit 1 or -2 about 1 run in 30).
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("citrate 500mg\n")
    proc.stdin.flush()
    assert json.loads(proc.stdout.readline())["line"] == 1
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Traceback" not in err


def test_sort_and_xargs_pipelines() -> None:
    script = (
        f"printf 'oxide\\ncitrate\\nglycinate\\n' | xargs -I{{}} {sys.executable} -m mgcalc "
        "elemental {} 500mg -q | sort -n"
    )
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    values = [float(line) for line in proc.stdout.split()]
    assert values == sorted(values) and values[-1] == pytest.approx(301.52)


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_jq_reads_the_json() -> None:
    script = f"{sys.executable} -m mgcalc forms --json | jq -r '.[0].id'"
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "oxide"


NARROW_ARGVS = [
    ["forms"],
    ["forms", "--json"],
    ["elemental", "citrate", "250µg"],
    ["elemental", "citrate", "500µx"],
    ["guide"],
    ["check", "--sex", "female", "--supplement", "300"],
    ["label", "Magnesium (as citrate) 200000 µg"],
]
# One process per encoding runs every command through entry.run with the streams
# Python set up for that environment; a NUL line after each run separates them.
_NARROW_DRIVER = """
import json, sys
from mgcalc.entry import run
for argv in json.loads(sys.argv[1]):
    code = run(argv)
    for stream in (sys.stdout, sys.stderr):
        stream.write("\\n\\0%d\\n" % code)
        stream.flush()
"""


def _separate(stream: bytes) -> list[tuple[int, bytes]]:
    """(exit code, bytes written) of each run, in order."""
    parts = stream.split(b"\n\0")
    bodies = [parts[0]] + [part.split(b"\n", 1)[1] for part in parts[1:-1]]
    codes = [int(part.split(b"\n", 1)[0]) for part in parts[1:]]
    return list(zip(codes, bodies, strict=True))


@pytest.mark.parametrize("env", [{"LANG": "C", "LC_ALL": "C"}, {"PYTHONIOENCODING": "ascii"}])
def test_narrow_encodings_never_fail(env: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _NARROW_DRIVER, json.dumps(NARROW_ARGVS)],
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    outs, errs = _separate(proc.stdout), _separate(proc.stderr)
    assert len(outs) == len(errs) == len(NARROW_ARGVS), proc.stderr
    for argv, (code, out), (_, err) in zip(NARROW_ARGVS, outs, errs, strict=True):
        text = err.decode("ascii", "replace")
        assert code in (0, 2), (argv, text)
        assert "Traceback" not in text and "UnicodeEncodeError" not in text, argv
        if argv == ["forms", "--json"]:
            assert json.loads(out)


def test_no_color_and_non_tty_have_no_ansi() -> None:
    ran = sh("forms", env={"NO_COLOR": "1", "TERM": "xterm-256color"})
    assert "\x1b[" not in ran.out


@pytest.mark.parametrize("width", [40, 60, 200])
@pytest.mark.parametrize(
    "args",
    [
        ["forms"],
        ["elemental", "citrate", "500mg"],
        ["check", "--sex", "female", "--supplement", "400"],
        ["plan", "--sex", "male", "--food", "0", "--medication", "ppi"],
        ["label", "Magnesium citrate 500 mg"],
        ["food", "--search", "spinach"],
        ["interactions"],
    ],
)
def test_tables_fit_the_terminal(mg, monkeypatch, width: int, args: list[str]) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    ran = mg(*args)
    assert ran.code == 0
    assert max(len(line) for line in ran.out.splitlines()) <= width


def test_control_characters_in_input_are_escaped_in_errors() -> None:
    ran = sh("elemental", "\x1b[31mred\rX", "5mg")
    assert ran.code == 2
    assert ran.err == "mgcalc: error: unknown form '\\x1b[31mred\\x0dX'\n"


def test_compare_bad_target_exits_1_after_the_products() -> None:
    """The process exit code scripts see: 1 (some records failed), not 2 (nothing done)."""
    csv_text = "name,form,amount,amount_is,units,price\nA,oxide,250mg,elemental,100,6.50\n"
    ran = sh("compare", "-", "--target", "three hundred", "-f", "ndjson", stdin=csv_text)
    records = [json.loads(line) for line in ran.out.splitlines()]
    assert ran.code == 1 and [r.get("name", r.get("option")) for r in records] == ["A", "--target"]
    assert ran.err.splitlines() == [ran.err.strip()] and "--target" in ran.err


def test_broken_product_row_is_its_error_record(mg) -> None:
    ran = mg("compare", "--product", "\r0", "--json")
    assert ran.code == 1 and "cannot read --product" in ran.json()[0]["error"]


COMPLETIONS = [
    ("mgcalc elemental cit", "citrate"),
    ("mgcalc food alm", "almonds"),
    ("mgcalc guide sl", "sleep"),
    ("mgcalc plan --form gly", "glycinate"),
]


def _completion_env(words: str) -> dict[str, str]:
    return {
        "_MGCALC_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }


@pytest.mark.parametrize(("words", "expected"), COMPLETIONS)
def test_shell_completion(mg, capsys, monkeypatch, words: str, expected: str) -> None:
    """What each word completes to (click ends a completion run with SystemExit(0))."""
    for name, value in _completion_env(words).items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as ended:
        mg()
    assert ended.value.code in (0, None)
    assert expected in capsys.readouterr().out.split()


def test_shell_completion_from_a_real_process() -> None:
    words, expected = COMPLETIONS[0]
    ran = sh(env=_completion_env(words))
    assert ran.code == 0 and expected in ran.out.split()


def test_importing_the_console_script_target_makes_ctrl_c_quiet() -> None:
    """The console script imports mgcalc.console first: from that moment a Ctrl-C
    (here sent before the rest of mgcalc is used) ends with 130 and no traceback."""
    code = (
        "import mgcalc.console, os, signal, time\n"
        "os.kill(os.getpid(), signal.SIGINT)\n"
        "time.sleep(30)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in proc.stderr and "KeyboardInterrupt" not in proc.stderr


def test_console_script_target_installs_the_handler_before_importing_mgcalc() -> None:
    """What may run before the handler is Python's start-up and the installer's own
    lines; of mgcalc, only the import-free interrupt module comes first."""
    import ast
    import tomllib

    from mgcalc import console, interrupt
    from mgcalc.core.errors import EXIT_INTERRUPTED

    root = Path(__file__).parents[2]
    scripts = tomllib.loads((root / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["mgcalc"] == "mgcalc.console:main"
    assert interrupt.EXIT_INTERRUPTED == EXIT_INTERRUPTED
    for module in (console.__file__, root / "src/mgcalc/__main__.py"):
        body = ast.parse(Path(module).read_text()).body
        code = [node for node in body if not (isinstance(node, ast.Expr) and node is body[0])]
        first, second = code[0], code[1]  # after the docstring
        assert isinstance(first, ast.ImportFrom) and first.module == "mgcalc.interrupt"
        assert ast.unparse(second) == "stop_on_interrupt()"
    imported = {
        alias.name
        for node in ast.walk(ast.parse(Path(interrupt.__file__).read_text()))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= {"os", "_signal"}
