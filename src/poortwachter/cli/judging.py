"""The judge of a batch run: an input row read into a case (``inputs/rows.py``), the
case judged (``assessment.assess``) and its record made (``outputs/records.py``), or an
error record in its place. It runs in the worker processes, so it is a plain picklable
object holding its options."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..assessment import assess
from ..batch import RowResult
from ..inputs.rows import (
    InputFormat,
    RowError,
    RowInput,
    case_id_hint,
    case_of_row,
    case_warnings,
    problem_messages,
)
from ..messages import Message, message
from ..models import CaseError
from ..outputs.records import BatchOptions, error_record, record_of


@dataclass(frozen=True, slots=True)
class BatchJudge:
    """Judges one row at a time with ``options``; ``debug`` lets a bug's exception
    through instead of turning it into the row's error record."""

    options: BatchOptions
    debug: bool = False

    def __call__(self, item: RowInput) -> RowResult:
        """Parse and judge one row; any problem becomes an error record in its place."""
        options = self.options
        case_id: str | None = None
        if item.problem is not None:
            return self.error(item, item.problem)
        try:
            the_case = case_of_row(item)
            if options.no_names:
                the_case = the_case.without_names()
            case_id = the_case.case_id
            assessment = assess(the_case, options.as_of)
            warnings = case_warnings(the_case, item)
        except (CaseError, RowError) as error:
            if isinstance(error, RowError):
                messages = error.messages
                case_id = case_id or error.case_id
            else:
                messages = problem_messages(error, item)
            return self.error(item, message("problems", problems=tuple(messages)), case_id)
        except Exception as error:  # a bug must cost this row only, not the run
            if self.debug:
                raise
            said = message("internal_error_row", kind=type(error).__name__)
            return self.error(item, said, case_id)
        # A table's case ids are made unique by gathering its course lines already.
        unique_id = None if item.kind is InputFormat.CSV else case_id
        if warnings:  # in the record's notes too (JSON Lines)
            timeline = assessment.timeline
            notes = timeline.notes + warnings
            assessment = assessment._replace(timeline=timeline._replace(notes=notes))
        if options.agenda_within is None:
            result = record_of(item, assessment, unique_id, options)
            return result._replace(warnings=warnings) if warnings else result
        from ..agenda import case_agenda

        data: Any = case_agenda(
            the_case,
            assessment,
            options.agenda_within,
            row=item.row,
            include_info=options.agenda_info,
        )
        if item.source:
            data = dataclasses.replace(data, source=item.source)
        return RowResult(
            item.row, "", None, assessment.highest_rank, unique_id, item, data, warnings=warnings
        )

    def error(self, item: RowInput, said: Message, case_id: str | None = None) -> RowResult:
        """The error record of ``item``; without ``case_id``, the id the row seems to
        hold, when it can be told."""
        return error_record(item, case_id or case_id_hint(item), said, self.options)
