"""Database layer: engine factory, declarative base, unit of work, migrations."""
