"""The versioned skills lexicon: skills, aliases, patterns, resources, roadmap and profiles."""
