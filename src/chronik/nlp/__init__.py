"""German language analysis as a spaCy pipeline that ships with the project."""
