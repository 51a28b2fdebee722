"""Matplotlib figures drawn from analysis tables; no analysis happens here."""
