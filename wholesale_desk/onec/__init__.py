"""The 1C client: 1C's standard OData interface spoken as ONEC.md describes it."""
