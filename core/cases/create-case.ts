import { renderAcknowledgement } from '../ack/render-acknowledgement.js';
import { computeClock } from '../clocks/compute-clock.js';
import { calendarFor } from '../clocks/profile-calendar.js';
import { localDay } from '../clocks/local-date.js';
import type { Stage } from '../domain/vocabulary.js';
import type { AuditEntry, CaseRecord, OutboxDraft, PartyRecord } from './case-record.js';
import type { CaseDeps } from './case-deps.js';
import type { NewCase } from './case-store.js';
import { consentAtIntake } from './consent-at-intake.js';
import { parseIntake, type Intake } from './intake-schema.js';
import { renderSafeguardingAlert } from './safeguarding-alert.js';

function partiesOf(intake: Intake, newId: () => string): PartyRecord[] {
  const writer: PartyRecord = {
    id: newId(),
    role: intake.onBehalfOf ? 'representative' : 'customer',
    name: intake.anonymous ? null : (intake.contact.name ?? null),
    email: intake.anonymous ? null : (intake.contact.email ?? null),
    phone: intake.anonymous ? null : (intake.contact.phone ?? null),
    address: intake.anonymous ? null : (intake.contact.address ?? null),
    relationship: intake.onBehalfOf?.relationship ?? null,
  };
  if (!intake.onBehalfOf) return [writer];
  const subject: PartyRecord = {
    id: newId(),
    role: 'subject',
    name: intake.onBehalfOf.subjectName ?? null,
    email: null,
    phone: null,
    address: null,
    relationship: null,
  };
  return [writer, subject];
}

/**
 * Turns a validated intake from any channel into a case: classification flags, consent, every
 * due date, the audit entry and the acknowledgement (plus a safeguarding alert when needed),
 * all stored in one transaction by the store.
 */
export async function createCase(input: unknown, deps: CaseDeps): Promise<CaseRecord> {
  const prepared = prepareCase(input, deps);
  const [created] = await deps.store.insertCases(prepared.year, [prepared.newCase], prepared.build);
  return created!;
}

/**
 * Many intakes in one transaction (a mailbox backlog): references are taken as one block, so
 * the counter row is locked once per batch, not once per case. Every intake is validated before
 * anything is written; one invalid intake rejects the batch.
 */
export async function createCases(inputs: unknown[], deps: CaseDeps): Promise<CaseRecord[]> {
  const prepared = inputs.map((input) => prepareCase(input, deps));
  const results = new Map<number, CaseRecord>();
  for (const year of new Set(prepared.map((p) => p.year))) {
    const indexes = prepared.map((p, i) => (p.year === year ? i : -1)).filter((i) => i >= 0);
    const created = await deps.store.insertCases(
      year,
      indexes.map((i) => prepared[i]!.newCase),
      prepared[0]!.build,
    );
    indexes.forEach((index, k) => results.set(index, created[k]!));
  }
  return prepared.map((_, i) => results.get(i)!);
}

function prepareCase(input: unknown, deps: CaseDeps) {
  const intake = parseIntake(input);
  const { profile, newId } = deps;
  const now = deps.now();
  const receivedAt = intake.receivedAt ? new Date(intake.receivedAt) : now;
  const classification =
    intake.classification ??
    deps.classify?.({ channel: intake.channel === 'email' ? 'email' : 'chat', subject: null, text: intake.description }) ??
    null;
  const department = intake.department ?? classification?.department ?? null;
  const calendar = calendarFor(profile, { school: department === 'education' });

  const consent = consentAtIntake(intake, receivedAt, profile, calendar, newId);
  const clock = computeClock(
    { receivedAt, consentNeeded: consent.consentStatus === 'requested', consentReceivedAt: consent.consentReceivedAt },
    profile,
    calendar,
  );
  const safeguarding = intake.flags.safeguarding || (classification?.safeguarding ?? false);
  const abusive = intake.flags.abusive || (classification?.abusive ?? false);
  const stage: Stage = 1;

  const newCase: NewCase = {
    id: newId(),
    profile: profile.id,
    type: intake.type,
    channel: intake.channel,
    status: consent.consentStatus === 'requested' ? 'awaiting_consent' : 'open',
    stage,
    department,
    service: intake.service ?? null,
    description: intake.description,
    remedySought: intake.remedySought ?? classification?.remedySought ?? null,
    eventDate: intake.eventDate ?? null,
    anonymous: intake.anonymous,
    language: intake.language,
    preferredContact: intake.contact.preferredMethod ?? null,
    accessibilityNeeds: intake.accessibilityNeeds ?? null,
    parish: intake.parish ?? null,
    onBehalfOf: intake.onBehalfOf?.relationship ?? null,
    subjectConsentNeededReason: consent.subjectConsentNeededReason,
    consentStatus: consent.consentStatus,
    formalComplaintConsent: consent.formalComplaintConsent,
    outOfScope: intake.flags.outOfScope ?? classification?.outOfScope ?? null,
    safeguarding,
    abusive,
    // "If a matter concerns an immediate risk to safety or security the response will be
    // immediate and will be escalated appropriately."
    urgent: safeguarding,
    classification,
    receivedAt,
    clockStartsOn: clock.clockStartsOn,
    initialResponseDueOn: clock.initialResponseDueOn,
    stage1DueOn: clock.stageDueOn[1],
    stage2DueOn: clock.stageDueOn[2],
    stage3DueOn: clock.stageDueOn[3],
    stageStartedOn: clock.clockStartsOn,
    respondedOn: null,
    closedAt: null,
    closureReason: null,
    closedAtStage: null,
    sourceMessageId: intake.sourceMessageId ?? null,
    recordedBy: intake.recordedBy ?? null,
    createdAt: now,
    updatedAt: now,
    parties: partiesOf(intake, newId),
    consents: consent.consents,
  };

  return {
    year: Number(localDay(receivedAt, profile.timeZone).slice(0, 4)),
    newCase,
    build: (created: CaseRecord) => buildRecords(created, deps, now),
  };
}

function buildRecords(created: CaseRecord, deps: CaseDeps, now: Date): { audit: AuditEntry[]; outbox: OutboxDraft[] } {
  const { newId } = deps;
  const actor = created.recordedBy ?? `system:${created.channel}`;
  {
    const audit: AuditEntry[] = [
      {
        id: newId(),
        at: now,
        actor,
        action: 'case_created',
        details: {
          reference: created.reference,
          channel: created.channel,
          type: created.type,
          status: created.status,
          consentStatus: created.consentStatus,
          safeguarding: created.safeguarding,
          outOfScope: created.outOfScope,
          clockStartsOn: created.clockStartsOn,
        },
      },
    ];
    const outbox: OutboxDraft[] = [acknowledgementFor(created, deps, now)];
    if (created.safeguarding) {
      outbox.push(safeguardingAlertFor(created, deps, now));
      audit.push({ id: newId(), at: now, actor, action: 'safeguarding_alert_raised', details: { to: deps.safeguardingAlertTo } });
    }
    return { audit, outbox };
  }
}

function messageIdFor(id: string, deps: CaseDeps): string {
  return `<${id}@${deps.messageIdDomain}>`;
}

function acknowledgementFor(created: CaseRecord, deps: CaseDeps, now: Date): OutboxDraft {
  const ack = renderAcknowledgement(created, deps.profile);
  const to = created.parties.find((p) => p.role !== 'subject')?.email ?? null;
  const id = deps.newId();
  return {
    id,
    kind: 'acknowledgement',
    toAddress: to,
    subject: ack.subject,
    bodyText: ack.text,
    language: ack.language,
    messageId: messageIdFor(id, deps),
    inReplyTo: created.sourceMessageId,
    references: created.sourceMessageId,
    // The acknowledgement row always exists; without an address it is kept as skipped, with why.
    status: to ? 'pending' : 'skipped',
    skipReason: to ? null : created.anonymous ? 'anonymous: no address to reply to' : 'no email address given',
    nextAttemptAt: now,
    createdAt: now,
  };
}

function safeguardingAlertFor(created: CaseRecord, deps: CaseDeps, now: Date): OutboxDraft {
  const alert = renderSafeguardingAlert(created);
  const id = deps.newId();
  return {
    id,
    kind: 'safeguarding_alert',
    toAddress: deps.safeguardingAlertTo,
    subject: alert.subject,
    bodyText: alert.text,
    language: 'en',
    messageId: messageIdFor(id, deps),
    inReplyTo: null,
    references: null,
    status: deps.safeguardingAlertTo ? 'pending' : 'skipped',
    skipReason: deps.safeguardingAlertTo ? null : 'SAFEGUARDING_ALERT_TO is not configured',
    nextAttemptAt: now,
    createdAt: now,
  };
}
