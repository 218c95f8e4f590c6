"""Ingestion: read articles from files, streams, URLs and feeds; clean them with an offset map."""
