"""FC3xx: the same statement in two documents of one story with values that cannot both be true."""
