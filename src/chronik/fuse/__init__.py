"""Fusion across articles: one entity per actor, one event however many articles report it."""
