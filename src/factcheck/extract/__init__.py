"""Candidate scanners: find mentions with exact offsets, fast, before any normalizing."""
