"""Field extraction: read the settled page and fill the Article's metadata."""
