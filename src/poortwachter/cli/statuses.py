"""The exit statuses of the command line (docs/machine-output.md, "Exit statuses")."""

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


#: Ctrl-C: 128 + SIGINT, as a shell reports it.
EXIT_INTERRUPTED = 130


#: The status of a command whose reader went away (``| head -1``): 128 + SIGPIPE, as a
#: shell reports it; never 1, which means "findings found".
EXIT_BROKEN_PIPE = 141


#: Set to 1 to see the full traceback of an internal error (for developers only).
DEBUG_ENV = "POORTWACHTER_DEBUG"
