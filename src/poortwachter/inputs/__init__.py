"""Readers of what HR and payroll systems export: CSV dialects and encodings, column
names and aliases, spreadsheets, course lines (one row per sick period), and the values
in their cells (Dutch amounts, dates, yes and no, wage periods)."""
