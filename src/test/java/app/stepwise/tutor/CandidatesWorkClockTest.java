package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.model.Generation;
import app.stepwise.model.StopReason;
import app.stepwise.model.WorkClock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * load23: at load 16-20 the model's 2.5 s on the wall clock ran out before one candidate, so every hint became the
 * solvers'. On a computer of our own making (each candidate takes 1 s on the clock, and the process gets the processor
 * for a share of it), the search counts the model's work: a busy computer gets as many candidates as an idle one, and the
 * wall clock's hard limit still ends it. No timing: the clocks move only when a candidate is generated.
 */
class CandidatesWorkClockTest {
    private static final long MS = 1_000_000;

    /** A model whose fourth candidate is the one accepted; each candidate moves the clocks by 1 s and a share of CPU. */
    private record Computer(AtomicLong wall, AtomicLong cpu, long cpuPerCandidateMs) {
        Computer(long cpuPerCandidateMs) {
            this(new AtomicLong(), new AtomicLong(), cpuPerCandidateMs);
        }

        WorkClock clock() {
            return WorkClock.on(wall::get, cpu::get, 2);
        }

        Candidates.Found search(long budgetMs, long hardMs) {
            WorkClock clock = clock();
            int[] n = {0};
            return Candidates.first((prompt, options, listener) -> {
                wall.addAndGet(1000 * MS);
                cpu.addAndGet(cpuPerCandidateMs * MS);
                n[0]++;
                return new Generation(n[0] == 4 ? "<|step|>fourth" : "<|step|>not yet", List.of(1L), StopReason.END_TOKEN, 5,
                        1, 1);
            }, "prompt", 4, clock, budgetMs, hardMs, null, () -> false, out -> n[0] == 4);
        }
    }

    @Test
    void anIdleComputerStopsAtTheBudgetOnTheClockAsBefore() {
        // two threads fully busy: 2 s of processor time a second, the work is the wall clock
        Candidates.Found found = new Computer(2000).search(2500, 12_000);
        assertThat(found.tried()).isEqualTo(3);
        assertThat(found.accepted()).isEmpty();
    }

    @Test
    void aBusyComputerGivesTheModelItsBudgetInWorkAndTheFourthCandidateIsFound() {
        // a tenth of the processor: 0.2 s of processor time a second over two threads, 0.1 s of work a candidate
        Candidates.Found found = new Computer(200).search(2500, 12_000);
        assertThat(found.tried()).isEqualTo(4);
        assertThat(found.accepted()).isPresent();
    }

    @Test
    void theHardLimitOnTheClockEndsTheSearchHoweverLittleWorkWasDone() {
        Candidates.Found found = new Computer(0).search(2500, 2_000); // no processor at all: 2 s on the clock, then stop
        assertThat(found.tried()).isEqualTo(2);
        assertThat(found.accepted()).isEmpty();
    }

    @Test
    void whereTheProcessorTimeCannotBeReadTheWallClockCounts() {
        AtomicLong wall = new AtomicLong();
        WorkClock clock = WorkClock.on(wall::get, () -> -1, 2);
        wall.addAndGet(3000 * MS);
        assertThat(clock.workMs()).isEqualTo(3000);
        AtomicLong cpu = new AtomicLong();
        WorkClock busy = WorkClock.on(wall::get, cpu::get, 2);
        wall.addAndGet(4000 * MS);
        cpu.addAndGet(1000 * MS);
        assertThat(busy.workMs()).as("1 s of processor over two threads in 4 s").isEqualTo(500);
        cpu.addAndGet(100_000 * MS);
        assertThat(busy.workMs()).as("never more than the wall clock").isEqualTo(4000);
    }
}
