// The task status lifecycle, pure: which moves are allowed. TODO → IN_PROGRESS → REVIEW → DONE,
// with the steps back a board needs (IN_PROGRESS → TODO, REVIEW → IN_PROGRESS); CANCELLED from any
// open status; DONE and CANCELLED can be reopened to TODO. The same status again is no move.
import { DomainError, ErrorCode } from '../../errors.js';
import { TaskStatus } from './task.entity.js';

const { TODO, IN_PROGRESS, REVIEW, DONE, CANCELLED } = TaskStatus;

export const TASK_TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  [TODO]: [IN_PROGRESS, CANCELLED],
  [IN_PROGRESS]: [REVIEW, TODO, CANCELLED],
  [REVIEW]: [DONE, IN_PROGRESS, CANCELLED],
  [DONE]: [TODO],
  [CANCELLED]: [TODO],
};

export const isOpen = (s: TaskStatus) => s !== DONE && s !== CANCELLED;

export interface StatusMove {
  status: TaskStatus;
  completedAt: Date | null;
}

/**
 * The state after moving `from` → `to` at `now`, or null when it is no move (same status).
 * A move not in the table: BAD_USER_INPUT naming the current status (`extensions.currentStatus`).
 */
export function moveStatus(from: TaskStatus, to: TaskStatus, now: Date): StatusMove | null {
  if (from === to) return null;
  if (!TASK_TRANSITIONS[from].includes(to)) {
    const allowed = TASK_TRANSITIONS[from].join(', ');
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `The task is ${from}: it cannot move to ${to} (from ${from}: ${allowed})`, { field: 'status', currentStatus: from });
  }
  return { status: to, completedAt: to === DONE ? now : null };
}
