package com.mailflow.designer.plan;

import java.util.List;

/**
 * One thing a person does (plan.md section 2). Data only: the CLI, the handouts, the script and
 * the designer render it.
 *
 * @param n the step's number within its transition, from 1
 * @param powershell the commands of a powershell step, else empty
 * @param rollback how to undo it: every dns and powershell step has one
 * @param waitMinutes how long to wait: wait steps, and the TTL-lowering step (the time before the cutover)
 */
public record Step(int n, Phase phase, StepKind kind, String title, String why, List<DnsChange> dns,
                   List<PowerShellCommand> powershell, String check, String rollback, Integer waitMinutes) {
    public Step {
        dns = List.copyOf(dns);
        powershell = List.copyOf(powershell);
    }

    Step numbered(int number) {
        return new Step(number, phase, kind, title, why, dns, powershell, check, rollback, waitMinutes);
    }
}
