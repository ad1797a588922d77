"""Who a check, plan or diary day is for: the command line, else the saved profile.

The profile fills only what the command line leaves out, so options given on the
command line always win. ``--sex`` names a person outright: with it the profile
(which describes one person) is not consulted at all, and not even read. The
result is the keyword arguments of :mod:`mgcalc.core.intake.for_person`'s entry points.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from mgcalc.core.errors import InputError


class Who(NamedTuple):
    fields: dict[str, Any]  # sex, age, pregnant, lactating, standard, medication, kidney_disease,
    # egfr, crcl, condition
    profile_used: bool


def who(
    sex: str | None,
    age: str | None,
    pregnant: bool,
    lactating: bool,
    standard: str | None,
    medication: Sequence[str] | None = None,
    kidney_disease: bool = False,
    egfr: str | None = None,
    crcl: str | None = None,
    condition: Sequence[str] | None = None,
) -> Who:
    fields: dict[str, Any]
    if sex is not None:
        fields = {
            "sex": sex,
            "age": age,
            "pregnant": pregnant,
            "lactating": lactating,
            "standard": standard or "us",
            "medication": list(medication or []),
            "kidney_disease": kidney_disease,
            "egfr": egfr,
            "crcl": crcl,
            "condition": list(condition or []),
        }
        return Who(fields, False)
    from mgcalc.store import profile as saved

    profile = saved.load()
    if profile is None:
        raise InputError(
            "--sex is required (no profile is saved)",
            suggestion="give --sex, or save a profile: mgcalc profile set --sex female --age 34",
        )
    saved_state = not (pregnant or lactating) and (profile.pregnant or profile.lactating)
    if not (pregnant or lactating):
        pregnant, lactating = profile.pregnant, profile.lactating
    fields = {
        "sex": profile.sex,
        "age": age if age is not None else profile.age,
        "pregnant": pregnant,
        "lactating": lactating,
        "standard": standard or profile.standard,
        "medication": list(medication) if medication else list(profile.medications),
        "kidney_disease": kidney_disease or profile.kidney_disease,
        "egfr": egfr if egfr is not None else profile.egfr,
        "crcl": crcl if crcl is not None else profile.crcl,
        "condition": list(condition) if condition else list(profile.conditions),
    }
    if saved_state or (age is None and (pregnant or lactating)):
        _check_mixed(
            fields,
            from_profile="pregnancy" if fields["pregnant"] else "lactation",
            state_saved=bool(saved_state),
            age_given=age is not None,
        )
    return Who(fields, True)


def _check_mixed(
    fields: dict[str, Any], *, from_profile: str, state_saved: bool, age_given: bool
) -> None:
    """An age from one place and a pregnancy from the other may not go together
    (pregnancy values stop at 50): say which came from the saved profile, and how to
    leave it out, instead of an error about ages the user never mixed on purpose."""
    from mgcalc.core.intake.for_person import stage_for

    try:
        stage_for(
            sex=fields["sex"],
            age=fields["age"],
            pregnant=fields["pregnant"],
            lactating=fields["lactating"],
            standard=fields["standard"],
        )
    except InputError as exc:
        came = (
            f"the {from_profile} comes from your saved profile"
            if state_saved
            else "the age comes from your saved profile"
        )
        flag = (
            ""
            if state_saved
            else f" --{'pregnant' if from_profile == 'pregnancy' else 'lactating'}"
        )
        raise InputError(
            f"{exc.message} ({came})",
            suggestion=f"give --sex {fields['sex']}"
            + (f" --age {fields['age']}" if age_given else " --age N")
            + f"{flag} to check without the profile, or change it with 'mgcalc profile set'",
        ) from None
