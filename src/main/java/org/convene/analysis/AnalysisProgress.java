package org.convene.analysis;

/** Told when each step of an analysis starts and when it ends, with what it found. */
public interface AnalysisProgress {

    AnalysisProgress NONE = new AnalysisProgress() {
        public void started(int step, int steps, String name) { }

        public void finished(int step, int steps, String name, String detail, long millis) { }
    };

    void started(int step, int steps, String name);

    void finished(int step, int steps, String name, String detail, long millis);
}
