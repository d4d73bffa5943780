// The record of one analysis: when, with which settings, how long each step took, and what it found.
CREATE (r:AnalysisRun)
SET r = $run, r.at = datetime($run.at)
RETURN r.at AS at
