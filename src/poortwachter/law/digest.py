"""The digest of the law data this version applies (``law/receipt.py``), written by
``benchmarks/generate_schemas.py`` when the law data changes; a test holds it equal
to the digest computed from the data."""

RULES_DIGEST = "sha256:e796d2c319d0d9fe58a6592d92e943efb7c55c0fb8137d969dd05521fb85e800"
