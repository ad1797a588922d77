"""The cabinet table: products by name (case-insensitive)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

from mgcalc.core.diary.cabinet import Product
from mgcalc.core.errors import InputError, UnknownNameError, suggest
from mgcalc.store.db import connect, transaction

_COLUMNS = (
    "name, label, forms, figure_is, stated_mg, elemental_mg_per_unit, units_per_serving, "
    "price, count, added_at"
)


def _product(row: tuple[object, ...]) -> Product:
    name, label, forms, figure_is, stated, per_unit, units, price, count, added = row
    return Product(
        str(name),
        str(label),
        tuple(json.loads(str(forms))),
        str(figure_is),
        float(stated),  # type: ignore[arg-type]
        float(per_unit),  # type: ignore[arg-type]
        int(units),  # type: ignore[call-overload]
        None if price is None else float(price),  # type: ignore[arg-type]
        None if count is None else int(count),  # type: ignore[call-overload]
        str(added),
    )


def all_products(connection: sqlite3.Connection | None) -> list[Product]:
    if connection is None:
        return []
    rows = connection.execute(f"SELECT {_COLUMNS} FROM products ORDER BY name").fetchall()
    return [_with_use(connection, _product(row)) for row in rows]


def _with_use(connection: sqlite3.Connection, product: Product) -> Product:
    """A product with a --count, with the units the diary logged since it was added."""
    if product.count is None:
        return product
    (servings,) = connection.execute(
        "SELECT COALESCE(SUM(count), 0) FROM entries WHERE kind = 'product' "
        "AND lower(item) = lower(?) AND logged_at >= ?",
        (product.name, product.added_at),
    ).fetchone()
    return replace(product, used_units=float(servings) * product.units_per_serving)


def list_products() -> list[Product]:
    connection = connect(create=False)
    try:
        return all_products(connection)
    finally:
        if connection is not None:
            connection.close()


def get_product(name: str) -> Product:
    products = {p.name.lower(): p for p in list_products()}
    if name.lower() not in products:
        error = UnknownNameError("product", name, suggest(name.lower(), list(products)))
        if error.suggestion is None:  # no near name: say where the names are
            error.suggestion = (
                "see mgcalc cabinet list"
                if products
                else 'the cabinet is empty; add one with mgcalc cabinet add NAME "LABEL LINE"'
            )
        raise error
    return products[name.lower()]


def add_product(product: Product, *, replace: bool = False) -> None:
    connection = connect(create=True)
    assert connection is not None
    try:
        with transaction(connection):
            exists = connection.execute(
                "SELECT 1 FROM products WHERE name = ?", (product.name,)
            ).fetchone()
            if exists and not replace:
                raise InputError(
                    f"'{product.name}' is already in the cabinet",
                    suggestion="give --replace to overwrite it, or choose another name",
                )
            insert_product(connection, product)
    finally:
        connection.close()


def insert_product(connection: sqlite3.Connection, product: Product) -> None:
    """Write ``product`` (replacing one of the same name) inside the caller's transaction."""
    connection.execute(
        f"INSERT OR REPLACE INTO products ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            product.name,
            product.label,
            json.dumps(list(product.forms)),
            product.figure_is,
            product.stated_mg,
            product.elemental_mg_per_unit,
            product.units_per_serving,
            product.price,
            product.count,
            product.added_at,
        ),
    )


def remove_product(name: str) -> Product:
    product = get_product(name)
    connection = connect(create=True)
    assert connection is not None
    try:
        with transaction(connection):
            connection.execute("DELETE FROM products WHERE name = ?", (product.name,))
    finally:
        connection.close()
    return product
