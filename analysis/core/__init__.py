"""The shared base every stage may use: errors, data-file loading, the table schemas, the
``Corpus`` type, text primitives."""

from analysis import submodules_on_demand

__getattr__ = submodules_on_demand(__name__)
