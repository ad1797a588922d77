"""The user's own data: the profile (a small TOML file) and the diary (SQLite).

Only commands that store or read user data import this package, and of it only
what they need: ``paths`` and ``profile`` are cheap (no sqlite3), so ``check``
and ``plan`` can look for a profile without paying for the database code.
"""
