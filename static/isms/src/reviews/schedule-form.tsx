// Scheduling a management review (9.3.1): its id, title, date, the period it looks back on and who attends. The
// resolver validates; a rejected field shows its message next to the input and nothing is stored.
import { useState } from 'react';
import type { SyntheticEvent } from 'react';

import type { ReviewViewData } from '../../../../src/contracts/management-review-views';
import { FieldError, FormOutcome, IDLE, invalidProps, type SaveState } from '../../../shared/field-errors';
import { useDisplayNames } from '../../../shared/people';
import { scheduleReview } from './api';
import { PeoplePicker } from '../../../shared/people-picker';
import { defaultPeriod, nextReviewId } from './review-format';

const FIELDS = ['id', 'title', 'scheduledDate', 'periodCovered', 'attendees'];

export function ScheduleForm({ existing, onCancel, onScheduled }: {
  readonly existing: readonly ReviewViewData[];
  readonly onCancel: () => void;
  readonly onScheduled: (reviewId: string) => void;
}) {
  const latest = existing[0];
  const [id, setId] = useState(nextReviewId(existing.map((review) => review.id)));
  const [title, setTitle] = useState(latest?.title ?? 'ISMS management review');
  const [scheduledDate, setScheduledDate] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [attendees, setAttendees] = useState<string[]>(latest === undefined ? [] : [...latest.attendees]);
  const [save, setSave] = useState<SaveState>(IDLE);
  const names = useDisplayNames(attendees);

  const pickDate = (date: string) => {
    setScheduledDate(date);
    if (from === '' && to === '') {
      const period = defaultPeriod(date, latest?.periodCovered.to ?? null);
      setFrom(period.from);
      setTo(period.to);
    }
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    void scheduleReview({ id: id.trim(), title, scheduledDate, periodCovered: { from, to }, attendees }).then((answer) => {
      if (answer.state === 'error') { setSave({ state: 'failed', error: answer.error }); return; }
      setSave({ state: 'saved' });
      onScheduled(answer.data.id);
    });
  };

  return (
    <section className="c9-section" aria-labelledby="c9-schedule-title" data-testid="schedule-form">
      <h2 id="c9-schedule-title">Schedule a review</h2>
      <form className="c9-edit" onSubmit={submit} noValidate aria-label="Schedule a review">
        <div className="c9-form-grid">
          <div className="c9-field">
            <label htmlFor="c9-review-id">Review id</label>
            <input id="c9-review-id" type="text" value={id} onChange={(event) => { setId(event.target.value); }} {...invalidProps(save, 'id')} />
            <span className="c9-hint">Names the review and its Jira issue, e.g. MR-08.</span>
            <FieldError save={save} field="id" />
          </div>
          <div className="c9-field">
            <label htmlFor="c9-review-title">Title</label>
            <input id="c9-review-title" type="text" value={title} onChange={(event) => { setTitle(event.target.value); }} {...invalidProps(save, 'title')} />
            <FieldError save={save} field="title" />
          </div>
          <div className="c9-field">
            <label htmlFor="c9-review-date">Review date</label>
            <input id="c9-review-date" type="date" value={scheduledDate} onChange={(event) => { pickDate(event.target.value); }} {...invalidProps(save, 'scheduledDate')} />
            <FieldError save={save} field="scheduledDate" />
          </div>
          <div className="c9-field">
            <label htmlFor="c9-period-from">Period covered from</label>
            <input id="c9-period-from" type="date" value={from} onChange={(event) => { setFrom(event.target.value); }} {...invalidProps(save, 'periodCovered.from')} />
            <FieldError save={save} field="periodCovered.from" />
          </div>
          <div className="c9-field">
            <label htmlFor="c9-period-to">Period covered to</label>
            <input id="c9-period-to" type="date" value={to} onChange={(event) => { setTo(event.target.value); }} {...invalidProps(save, 'periodCovered.to')} />
            <span className="c9-hint">Inclusive; the pack compares it with the period of equal length before.</span>
            <FieldError save={save} field="periodCovered.to" />
          </div>
        </div>
        <PeoplePicker label="Attendees (top management, ISMS manager, presenters)" selected={attendees} onChange={setAttendees} names={names} save={save} field="attendees" testId="attendees" />
        <FormOutcome save={save} fields={FIELDS} savedText="Scheduled." />
        <div className="c9-actions">
          <button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'}>{save.state === 'saving' ? 'Scheduling…' : 'Schedule review'}</button>
          <button type="button" className="c9-button" onClick={onCancel}>Cancel</button>
        </div>
      </form>
    </section>
  );
}
