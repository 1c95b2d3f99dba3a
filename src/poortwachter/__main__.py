"""``python -m poortwachter``: the same as the ``poortwachter`` command."""

from .cli import main

main()
