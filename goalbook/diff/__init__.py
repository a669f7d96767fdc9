"""What changed between two versions of a return (a resubmission, or last year's and this
year's table of the same unit or project): a pure library.

:mod:`goalbook.diff.model` holds the results (frozen dataclasses), :mod:`goalbook.diff.match`
pairs tables and indicators, :mod:`goalbook.diff.compare` lists the changes of a pair,
:mod:`goalbook.diff.run` reads files and folders; :mod:`goalbook.diff.text` and
:mod:`goalbook.diff.workbook` render. The submodules are imported by name (this package
imports none of them, so the rules can use the matching without loading the rest).
"""
