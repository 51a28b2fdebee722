"""Stage 2, annotators: per-sentence and per-document annotations (themes, entities, events,
claims, inferred dates, periods) and their caches."""

from analysis import submodules_on_demand

__getattr__ = submodules_on_demand(__name__)
