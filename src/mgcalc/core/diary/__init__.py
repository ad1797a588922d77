"""The diary's domain: entries, days, the cabinet's products, the profile (no file access here)."""
