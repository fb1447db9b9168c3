"""Storage: SQLite through aiosqlite, migrations and one repository per aggregate."""
