"""Domain code: plain Python and pydantic, never Textual (tests/core/test_import_direction.py enforces it)."""
