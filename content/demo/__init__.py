"""Demo content data for the regional home-care portal (plain Python, no Django)."""
