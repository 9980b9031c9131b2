"""The run summary names dbt's warnings: which node, and dbt's reason."""

from __future__ import annotations

from devzone.dbt import warnings_of

# The end of `dbt build`'s output with one warning, as the subprocess prints it (colour codes
# included: dbt colours them even when not on a terminal).
OUTPUT = """\
11:40:30  Finished running 1 project hook, 6 seeds, 28 table models, 375 data tests in 0 hours 0 minutes and 19.39 seconds (19.39s).
11:40:30  
11:40:30  \x1b[33mCompleted with 1 warning:\x1b[0m
11:40:30  
11:40:30  \x1b[33mWarning in test assert_fact_candidates_convertible (tests/assert_fact_candidates_convertible.sql)\x1b[0m
11:40:30  Got 14 results, configured to warn if != 0
11:40:30  
11:40:30  Done. PASS=420 WARN=1 ERROR=0 SKIP=0 NO-OP=0 TOTAL=421
"""


def test_a_warning_is_named_with_its_reason() -> None:
    assert warnings_of(OUTPUT.splitlines()) == [
        ("assert_fact_candidates_convertible", "Got 14 results, configured to warn if != 0")
    ]


def test_no_warning_no_names() -> None:
    assert warnings_of(["11:40:30  Done. PASS=421 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=421"]) == []
