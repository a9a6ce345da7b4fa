"""skillgap: resume skill-gap analysis for machine-learning-engineering jobs."""
