// The stand-in's workflow: one global transition into each status (any status → any status), named after it.
import type { StatusRecord } from '../store/directory-records';
import type { JiraStore } from '../store/jira-store';
import type { EntityJson } from './entity-json';

export function renderTransition(status: StatusRecord, json: EntityJson): Record<string, unknown> {
  return {
    id: status.transitionId,
    name: status.name,
    to: json.status(status),
    hasScreen: false,
    isGlobal: true,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  };
}

export function renderTransitions(store: JiraStore, json: EntityJson): Record<string, unknown>[] {
  return store.workflow.allStatuses().map((status) => renderTransition(status, json));
}

export function statusForTransition(store: JiraStore, transitionId: string): StatusRecord | undefined {
  return store.workflow.allStatuses().find((status) => status.transitionId === transitionId);
}
