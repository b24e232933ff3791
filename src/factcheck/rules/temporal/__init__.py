"""FC1xx: temporal facts that contradict each other inside one article."""
