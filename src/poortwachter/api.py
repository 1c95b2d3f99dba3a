"""The Python API: every name the package exports, each imported here once.

``poortwachter`` itself imports this module on first use of one of these names (so that
``import poortwachter`` stays fast); the names and their modules are listed nowhere
else. Everything else in the package is internal and may change.
"""

from .assessment import assess as assess
from .engine import compute_timeline as compute_timeline
from .inputs.casefile import case_from_document as case_from_document
from .inputs.casefile import load_case as load_case
from .inputs.casefile import load_case_file as load_case_file
from .inputs.documents import CaseFileError as CaseFileError
from .inputs.schema import case_json_schema as case_json_schema
from .language import Language as Language
from .law.findings import Severity as Severity
from .messages import Message as Message
from .models import Case as Case
from .models import CaseError as CaseError
from .models import Employee as Employee
from .models import Employer as Employer
from .models import Events as Events
from .models import Extension as Extension
from .models import ExtensionKind as ExtensionKind
from .models import ExtensionsInput as ExtensionsInput
from .models import ExtensionStep as ExtensionStep
from .models import Loonsanctie as Loonsanctie
from .models import Milestone as Milestone
from .models import PayPercentage as PayPercentage
from .models import Status as Status
from .models import Timeline as Timeline
from .models import Wage as Wage
from .outputs.documents import assessment_document as assessment_document
from .outputs.documents import timeline_document as timeline_document
from .outputs.messages import say as say
from .outputs.wording import finding_action as finding_action
from .outputs.wording import finding_message as finding_message
from .outputs.wording import milestone_label as milestone_label
from .results import Assessment as Assessment
from .results import Exposure as Exposure
from .results import Finding as Finding
from .results import PayPhase as PayPhase
from .results import Spoor as Spoor
from .results import SpoorStatus as SpoorStatus
from .sickdays import LeavePeriod as LeavePeriod
from .sickdays import SickPeriod as SickPeriod

#: The names above, for ``from poortwachter import *`` and ``poortwachter.__all__``.
NAMES = tuple(name for name in dir() if not name.startswith("_") and name != "NAMES")
