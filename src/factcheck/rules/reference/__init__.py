"""FC2xx: claims of elapsed time, anniversaries, ages and dates checked against the knowledge base."""
