"""Partner Workbench domain core: pure Python and SQLAlchemy, no Qt and no HTTP."""

__version__ = "0.1.0"
