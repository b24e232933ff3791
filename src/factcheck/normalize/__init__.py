"""Normalizers: pure functions from a mention and its anchor to a typed value."""
