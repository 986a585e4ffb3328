"""Write a new Alembic migration from the difference between the tables and the current migrations.

Usage: python tools/make_migration.py "message"  (compares against a fresh SQLite database)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from travelrisk.store.db import alembic_config, make_engine

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'autogen.db'}")
        config = alembic_config(engine)
        command.upgrade(config, "head")
        command.revision(config, message=sys.argv[1], autogenerate=True)
