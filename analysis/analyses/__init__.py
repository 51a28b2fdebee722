"""Stage 3, analyses: whole-corpus results built on the annotations (key terms, topics, profiles,
overview, validation, the export tables)."""

from analysis import submodules_on_demand

__getattr__ = submodules_on_demand(__name__)
