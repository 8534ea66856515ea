package com.acme.crm.customer.keyaccount;

import com.acme.crm.customer.followup.TaskKind;

import java.util.List;

/** C-12: the two tasks of the key-account rhythm. */
public enum RhythmTask {
    /** An A-tier customer's quarterly business review ("季度业务回顾会议"). */
    BUSINESS_REVIEW(TaskKind.BUSINESS_REVIEW),
    /** An active customer's quarterly in-depth conversation ("每季度1次深度沟通"). */
    DEEP_CONVERSATION(TaskKind.DEEP_CONVERSATION);

    /** Both, as the task kinds they open. */
    public static final List<RhythmTask> ALL = List.of(values());

    private final TaskKind kind;

    RhythmTask(TaskKind kind) {
        this.kind = kind;
    }

    public TaskKind kind() {
        return kind;
    }
}
