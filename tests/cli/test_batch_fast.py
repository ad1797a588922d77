"""The JSON template of elemental --batch writes exactly what the ordinary path
writes, or leaves the line to it: same figures, same errors."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from mgcalc.cli.batch import Serialiser
from mgcalc.cli.batch_specs import elemental_spec
from mgcalc.core.chemistry.forms import alias_table
from mgcalc.core.errors import describe
from mgcalc.render import OutputFormat

NAMES = [*sorted(alias_table())[:400:3], "MgSO4", "magnesium", "epsom salt", "citrate,"]
PRESETS = [{}, {"count": "3"}, {"purity": "0.9"}, {"count": "2", "purity": "95%"}]
NUMBERS = st.one_of(
    st.integers(0, 10**9).map(str),
    st.decimals(0, 10**7, places=4, allow_nan=False).map(str),
    st.sampled_from(["0.0000001", "1e3", "1,000", "00.5", ".5", "5."]),
)
UNITS = st.sampled_from(["mg", "g", "mcg", "MG", "Kg", "t", "mmol", "ug", "mgs", " mg"])


def _answer(call):
    try:
        return call()
    except Exception as exc:  # the ordinary path's error, as a batch record shows it
        return ("error", describe(exc))


@settings(deadline=None, max_examples=300)
@given(st.sampled_from(NAMES), NUMBERS, UNITS, st.sampled_from(PRESETS))
def test_the_template_writes_what_the_ordinary_path_writes(name, number, unit, preset) -> None:
    spec = elemental_spec(preset)
    writer = Serialiser(OutputFormat.NDJSON, spec.columns, io.StringIO())
    fast = spec.fast(spec.compute, writer.rest, writer.encode)
    _answer(lambda: fast(f"{name} 500mg"))  # the form's template, if it has one
    text = f"{name} {number}{unit}"
    got = _answer(lambda: fast(text))
    if got is not None:
        assert got == _answer(lambda: writer.rest(text, spec.compute(text)))


def test_catalogue_forms_have_templates_and_lines_repeat_exactly() -> None:
    spec = elemental_spec({})
    writer = Serialiser(OutputFormat.NDJSON, spec.columns, io.StringIO())
    fast = spec.fast(spec.compute, writer.rest, writer.encode)
    served = 0
    for name in ("citrate", "magnesium glycinate", "oxide"):
        fast(f"{name} 100mg")
        text = f"{name} 123.456mg"
        got = fast(text)
        served += got is not None
        assert got is None or got == writer.rest(text, spec.compute(text))
    assert served == 3
