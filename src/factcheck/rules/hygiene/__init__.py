"""FC4xx: data hygiene (info and warnings): name variants, near-miss spellings, missing anchors."""
