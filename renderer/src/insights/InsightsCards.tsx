import type { InsightsResponse } from '../../../shared/contract/methods/data';
import { isOfferStage } from '../../../shared/domain';
import { BarsChart } from './BarsChart';
import { days, percent, plural } from './format';
import { StatCard } from './StatCard';

/** Every insight card for one set of numbers (computed by the main process). */
export function InsightsCards({ insights }: { insights: InsightsResponse }) {
  const { responseRate, promises, followUps, ghosting } = insights;
  const promiseTotal = promises.kept + promises.late + promises.silent;
  const maxReached = Math.max(1, ...insights.funnel.map((s) => s.reached));
  const offers = insights.funnel.filter(isOfferStage).reduce((n, s) => Math.max(n, s.reached), 0);
  return (
    <div className="insights-grid">
      <StatCard title="Applications" value={String(insights.applications)} detail="in this period" />
      <StatCard
        title="Response rate"
        value={percent(responseRate.rate)}
        detail={`${responseRate.count} of ${plural(responseRate.total, 'application', 'applications')} got an answer`}
        empty={responseRate.rate === null ? 'Shown once you have applications past the first stage.' : null}
      />
      <StatCard
        title="Days from interview to answer"
        value={days(insights.medianDaysToAnswer)}
        detail={`median over ${plural(insights.answeredInterviews, 'answered interview', 'answered interviews')}`}
        empty={insights.medianDaysToAnswer === null ? 'Mark “Heard back” on an interview to start measuring.' : null}
      />
      <StatCard
        title="Ghosting rate"
        value={percent(ghosting.rate)}
        detail={`${ghosting.count} of ${plural(ghosting.total, 'application', 'applications')} marked ghosted (no answer after every check-in)`}
        empty={ghosting.rate === null ? 'Shown once applications have moved past the first stage.' : null}
      />
      <StatCard span="wide" title="How far applications get" value={String(offers)} detail={`${plural(offers, 'application', 'applications')} reached an offer — here is how many reached each stage`}>
        <BarsChart
          layout="rows"
          caption="Applications that reached each stage"
          labelHeader="Stage"
          valueHeader="Applications"
          max={maxReached}
          data={insights.funnel.map((s) => ({ label: s.name, value: s.reached, shown: String(s.reached), color: `var(--chart-${s.kind})` }))}
        />
      </StatCard>
      <StatCard
        span="half"
        title="Promises kept"
        value={percent(promises.keptRate.rate)}
        detail={`${promises.kept} of ${plural(promises.keptRate.total, 'promised date', 'promised dates')} kept by the company`}
        empty={promiseTotal === 0 ? 'Record “when will I hear back?” after each interview to see who keeps their word.' : null}
      >
        <BarsChart
          layout="columns"
          caption="What happened to promised answer dates"
          labelHeader="Outcome"
          valueHeader="Interviews"
          data={[
            { label: 'On time', value: promises.kept, shown: String(promises.kept), color: 'var(--chart-good)' },
            { label: 'Late', value: promises.late, shown: String(promises.late), color: 'var(--chart-warn)' },
            { label: 'Silent', value: promises.silent, shown: String(promises.silent), color: 'var(--chart-bad)' },
          ]}
        />
      </StatCard>
      <StatCard
        span="half"
        title="Does following up pay off?"
        value={percent(followUps.withCheckIn.rate)}
        detail={
          followUps.withCheckIn.rate === null
            ? `No check-in marked sent yet. When a check-in fell due and none was sent, ${followUps.withoutCheckIn.count} of ${followUps.withoutCheckIn.total} heard back within the next 7 days.`
            : `heard back within 7 days of checking in (${followUps.withCheckIn.count} of ${followUps.withCheckIn.total}), vs. ${percent(followUps.withoutCheckIn.rate)} within 7 days when no check-in was sent`
        }
        empty={followUps.withCheckIn.total + followUps.withoutCheckIn.total === 0 ? 'Appears once a check-in has fallen due — sent or not.' : null}
      >
        <BarsChart
          layout="columns"
          caption="Answers within 7 days, with and without a check-in"
          labelHeader="Case"
          valueHeader="Answered within 7 days"
          max={1}
          data={[
            { label: `Checked in (${followUps.withCheckIn.total})`, value: followUps.withCheckIn.rate ?? 0, shown: percent(followUps.withCheckIn.rate), color: 'var(--chart-good)' },
            { label: `Didn't (${followUps.withoutCheckIn.total})`, value: followUps.withoutCheckIn.rate ?? 0, shown: percent(followUps.withoutCheckIn.rate), color: 'var(--chart-muted)' },
          ]}
        />
      </StatCard>
    </div>
  );
}
