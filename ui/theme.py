"""Look: the Fusion style follows the platform's light/dark colour scheme (Qt 6.5+) and every view draws with
palette roles only (no hard-coded colours), so a dark system palette gives a dark workbench.
``dark_palette`` is a complete dark palette for platforms without a colour-scheme hint (and screenshots)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

R = QPalette.ColorRole
G = QPalette.ColorGroup


def dark_palette() -> QPalette:
    p = QPalette()
    colours = {
        R.Window: "#2b2d30",
        R.WindowText: "#e6e6e6",
        R.Base: "#1e1f22",
        R.AlternateBase: "#26282b",
        R.ToolTipBase: "#3c3f41",
        R.ToolTipText: "#e6e6e6",
        R.PlaceholderText: "#8c8f94",
        R.Text: "#e6e6e6",
        R.Button: "#3c3f41",
        R.ButtonText: "#e6e6e6",
        R.BrightText: "#ff6b6b",
        R.Light: "#4a4d50",
        R.Midlight: "#3f4245",
        R.Mid: "#2f3134",
        R.Dark: "#1b1c1e",
        R.Shadow: "#000000",
        R.Highlight: "#3d7bd9",
        R.HighlightedText: "#ffffff",
        R.Link: "#7aa7ff",
        R.LinkVisited: "#b08cff",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(G.Disabled, role, QColor("#8c8f94"))
    return p
