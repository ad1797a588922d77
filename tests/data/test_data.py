import pytest
from pydantic import TypeAdapter, ValidationError

from mgcalc.data import read_toml
from mgcalc.data.chemistry import FormRecord
from mgcalc.data.validate import main, problems


def test_package_data_is_valid() -> None:
    assert problems() == []
    assert main() == 0


def test_unknown_keys_are_rejected() -> None:
    row = dict(read_toml("forms.toml")["form"][0], fraction=0.6)
    with pytest.raises(ValidationError, match="fraction"):
        TypeAdapter(FormRecord).validate_python(row)


def test_bad_tier_is_rejected() -> None:
    row = dict(read_toml("forms.toml")["form"][0], absorption="excellent")
    with pytest.raises(ValidationError):
        TypeAdapter(FormRecord).validate_python(row)


def test_no_fraction_is_typed_into_the_data() -> None:
    for row in read_toml("forms.toml")["form"]:
        assert not any("fraction" in key or "percent" in key for key in row)
