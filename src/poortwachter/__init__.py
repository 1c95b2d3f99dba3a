"""poortwachter: Wet Verbetering Poortwachter timelines, to the day, with their legal basis.

The engine is pure: values in, values out. ``compute_timeline(case, as_of)`` gives a
``Timeline``; ``Case.from_first_sick_day`` builds the simplest case.
"""

__version__ = "0.1.0"
