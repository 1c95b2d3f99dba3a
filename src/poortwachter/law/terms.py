"""Every legal term of the tool in days or weeks, and the bounds of the law it applies,
each once, with its source (docs/law.md).

A term that changes on a known date is a dated figure (``figures.py``), not a constant
here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

#: The engine supports first sick days from this date on (docs/law.md section 3): every
#: such case runs under the terms of the Verzamelwet SZW 2013 (WIA application in week
#: 93, UWV letter in week 88), in force since 1 July 2013.
MIN_FIRST_SICK_DAY = date(2012, 1, 1)
#: ... up to this horizon: far enough for any case, near enough that every date the engine
#: counts from it (extensions, the WGA period) stays within the calendar.
MAX_FIRST_SICK_DAY = date(2099, 12, 31)

#: Index of the last counted day of the 104-week waiting period (docs/law.md section 4):
#: ``L0`` = the counted sick day with index 727 (BW 7:629 lid 1; WIA art. 23 lid 1).
WAITING_PERIOD_LAST_INDEX = 727

#: Days before a milestone's due date at which it becomes ``due_soon`` (docs/law.md section 3).
DUE_SOON_DAYS = 14

#: Wet verbetering poortwachter (Stb. 2001, 628) entered into force on 1 April 2002.
POORTWACHTER_IN_FORCE = date(2002, 4, 1)
#: Verzamelwet SZW 2013: WIA application in week 93, UWV letter in week 88.
VERZAMELWET_SZW_2013 = date(2013, 7, 1)


#: Fewer than this many fit days between two periods joins them (BW 7:629 lid 10:
#: "met een onderbreking van minder dan vier weken"): 27 joins, 28 does not.
JOIN_FIT_DAYS_LIMIT = 28

#: WIA art. 25 lid 14: the loonsanctie ends 6 weeks after UWV's decision that the
#: shortcoming was repaired (bekorting).
BEKORTING_DAYS = 42
#: WIA art. 25 lid 13: UWV decides on the employer's report of the repair within 3 weeks.
HERSTEL_DECISION_DAYS = 21
#: WIA art. 64 lid 6: after a late letter from UWV, an application "binnen vier weken
#: nadat deze kennisgeving is ontvangen" counts as on time.
LETTER_EXCUSE_DAYS = 28

#: ZW art. 38a lid 3: pregnancy-related sickness is reported "uiterlijk op de eerste dag
#: na zes weken" from the first sick day.
PREGNANCY_REPORT_DAYS = 42

#: ZW art. 38 lid 2: the employer draws up a re-integratieverslag for the Ziektewet claim
#: when "ten minste zes weken" lie between the first sick day and the last working day
#: before the contract ends (last working day - D >= 42). UWV asks for a short one
#: (verkort) when the contract ends less than 10 weeks after the first sick day, the
#: full one from 10 weeks (docs/law.md, Scope).
RIV_ZIEKTEWET_VERKORT_DAYS = 6 * 7
RIV_ZIEKTEWET_VOLLEDIG_DAYS = 10 * 7
#: UWV's practice: it asks for the Ziektewet re-integratieverslag by letter and gives 2
#: weeks after that letter to upload it (docs/law.md, Scope; not law).
RIV_ZIEKTEWET_UPLOAD_DAYS = 14

#: The WGA eigenrisicodrager bears the WGA benefit for 10 years (docs/law.md section 5;
#: WIA art. 82; Regeling vaststelling periode eigenrisicodragen WGA-uitkeringen).
ERD_WGA_YEARS = 10

#: Holiday allowance during sickness: at least 8% of the wage paid (Wet minimumloon en
#: minimumvakantiebijslag art. 15 lid 1). Exposure figures leave it out and say so.
HOLIDAY_ALLOWANCE_PERCENTAGE = 8

#: UWV's conversions (docs/law.md section 6): dagloon = year / 261 = month / 21.75; a week
#: is 5 such days.
DAYS_PER_PERIOD: dict[str, Decimal] = {
    "day": Decimal(1),
    "week": Decimal(5),
    "4weeks": Decimal(20),
    "month": Decimal("21.75"),
    "year": Decimal(261),
}

#: What a spoor-2 traject usually costs (docs/law.md section 5).
SPOOR2_TRAJECT_EUR = (Decimal(1850), Decimal(5000))

#: Shortest vrijwillige verlenging UWV grants: the new last day is at least 13 weeks
#: after the end of the 104 weeks (docs/law.md section 4; WIA art. 24).
VERLENGING_MIN_DAYS = 13 * 7

#: Longest loonsanctie, in weeks (WIA art. 25 lid 9).
LOONSANCTIE_MAX_WEEKS = 52

#: Statutory minimum pay percentage during sickness (BW 7:629 lid 1).
STATUTORY_PAY_PERCENTAGE = 70

#: Most contract hours a week the loader accepts (Arbeidstijdenwet: at most 60 hours in
#: a week), so that a typo (360) is caught.
MAX_HOURS_PER_WEEK = 60

#: Working days per week in UWV's conversions.
WORKING_DAYS_PER_WEEK = 5

#: The 42nd-week report must be made before the waiting period reaches 81 weeks
#: (index 566), or a late WIA application is no longer excused (WIA art. 64 lid 6).
ZIEKMELDING_EXCUSE_INDEX = 566

#: This project's reading of "start spoor 2 as soon as it is clear that return in the
#: own organisation is not possible" (BW 7:658a lid 1; Beoordelingskader §5): by the next
#: evaluation of the plan, 6 weeks after it became clear.
SPOOR2_START_WITHIN_DAYS = 42

#: Weeks in a wage period, to compare the year-1 pay with the weekly minimum wage
#: (a month is 13/3 weeks; a day is one of 5 working days).
WEEKS_PER_PERIOD: dict[str, Decimal] = {
    "day": Decimal(1) / 5,
    "week": Decimal(1),
    "4weeks": Decimal(4),
    "month": Decimal(13) / 3,
    "year": Decimal(52),
}
