"""Proof-of-execution PDFs: rendering (reportlab), PAdES signing and verification (pyHanko), keys."""
