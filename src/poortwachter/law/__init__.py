"""The law as data: its sources and citations, the milestone rules, the finding types,
every legal term and dated figure (each once, with its source) and the Dutch
working-day calendar. Nothing here imports from the rest of the package."""
