"""The stack view: which product to drop when several together cross the UL.

A person over the supplemental UL with three products wants to know which one to
leave out, not only by how much they are over. :func:`products_to_drop` answers
for ``check`` and for diary days alike: the fewest products whose removal brings
the rest back within the UL, and among those the choice that keeps the most
magnesium (so a small product is not dropped when dropping it would not suffice).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import NamedTuple

from mgcalc.core.reference import upper_limit

EXHAUSTIVE_UP_TO = 12  # products; past this the largest ones are dropped first


class StackFix(NamedTuple):
    """What to drop: ``drop`` names products (as given), ``alternatives`` are other
    single products that would also do (only when one product is enough)."""

    ul_mg: float
    total_mg: float
    drop: tuple[str, ...]
    remaining_mg: float
    alternatives: tuple[str, ...] = ()

    @property
    def over_by_mg(self) -> float:
        return self.total_mg - self.ul_mg

    def sentence(self) -> str:
        """One line for a caution: ``Without 'nightly' the rest is 150 mg, within ...``."""
        names = " and ".join(f"'{name}'" for name in self.drop)
        text = (
            f"Without {names} the other supplements come to {self.remaining_mg:g} mg, "
            f"within the UL of {self.ul_mg:g} mg."
        )
        if self.alternatives:
            text += " Leaving out " + " or ".join(f"'{a}'" for a in self.alternatives)
            text += " instead would also do."
        return text


def products_to_drop(products: Sequence[tuple[str, float]], ul_mg: float | None) -> StackFix | None:
    """For ``(name, elemental mg)`` pairs over ``ul_mg``: the products to drop.

    None when there is no UL, when the products are within it, or when there is
    only one product (dropping the only product is no advice). Amounts are compared
    at their top and 0.01 mg, as the check's ``over_ul`` is (core.upper_limit).
    """
    if ul_mg is None or len(products) < 2:
        return None
    total = sum(mg for _, mg in products)
    if not upper_limit.is_over(total, ul_mg):
        return None
    indices = range(len(products))
    for size in range(1, len(products) + 1):
        candidates = _removals(products, size)
        fitting = [
            c for c in candidates if not upper_limit.is_over(total - _sum(products, c), ul_mg)
        ]
        if not fitting:
            continue
        best = min(fitting, key=lambda c: (_sum(products, c), c))
        others: tuple[str, ...] = ()
        if size == 1:
            others = tuple(
                dict.fromkeys(
                    products[c[0]][0]
                    for c in sorted(fitting, key=lambda c: _sum(products, c))
                    if c != best and products[c[0]][0] != products[best[0]][0]
                )
            )
        kept = [i for i in indices if i not in best]
        return StackFix(
            ul_mg,
            round(total, 2),
            tuple(products[i][0] for i in best),
            round(sum(products[i][1] for i in kept), 2),
            others,
        )
    return None  # unreachable: dropping every product leaves 0 mg


def _sum(products: Sequence[tuple[str, float]], chosen: tuple[int, ...]) -> float:
    return sum(products[i][1] for i in chosen)


def _removals(products: Sequence[tuple[str, float]], size: int) -> list[tuple[int, ...]]:
    """Every set of ``size`` products, or (for long lists) the ``size`` largest."""
    if len(products) <= EXHAUSTIVE_UP_TO:
        return list(combinations(range(len(products)), size))
    largest = sorted(range(len(products)), key=lambda i: -products[i][1])[:size]
    return [tuple(sorted(largest))]
