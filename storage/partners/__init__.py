"""The directory's listings: the repository of listings (repository.py: register, approve, hide,
edit, with the audit trail), their rows and the full-text index (rows.py), the search
(search.py) and the CSV import in one transaction (imports.py)."""
