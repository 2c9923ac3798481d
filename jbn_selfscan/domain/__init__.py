"""Domain layer: value objects, checklist schema and evaluation, deadline calendar."""
