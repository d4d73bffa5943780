package org.convene.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a run did: when, each step's line and time, and the figures it found. */
public record AnalysisResult(Instant at, long millis, List<StepResult> steps, Map<String, Object> figures) {

    public record StepResult(String name, String detail, long millis) {}
}
