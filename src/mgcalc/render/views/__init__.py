"""Table views: what each result looks like as a table, as plain data.

A :class:`View` says which columns and rows to draw and which notes to print under
the table; :mod:`mgcalc.render.table` draws it with rich on a terminal,
:mod:`mgcalc.render.plain` as plain text in a pipe or a file. Views are free of
both, so they are testable and the layout lives in one place per result. :data:`base.VIEWS`
names each result's view; :func:`view_for` imports that one module when a result is
drawn.
"""

from mgcalc.render.views.base import Column, View, bar, view_for

__all__ = ["Column", "View", "bar", "view_for"]
