"""Word tables, as data: every word list the scanners, normalizers and linkers read, listed once.

One module per kind of word (spaCy's ``lang/`` shape): ``months``,
``weekdays``, ``numbers``, ``currencies``, ``hedges``, ``verbs``,
``holidays``, ``predicates``. A table lives here when more than one step
reads it, or when it is plain vocabulary that a reader of the grammar would
look for by name; the regular expressions built from the tables stay with the
scanners that run them.
"""
