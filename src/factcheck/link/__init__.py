"""Linking: attaching facts and claims to what they are about (KB entities and their dates)."""
