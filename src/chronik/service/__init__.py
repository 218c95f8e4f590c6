"""Orchestration: the jobs that chain ingestion, analysis, extraction and storage."""
