import type { Workspace } from '../../../shared/contract';
import { routeHref } from '../app/useRoute';
import { BookmarkletSection } from './BookmarkletSection';
import { CadenceSection } from './CadenceSection';
import { CalendarSection } from './CalendarSection';
import { MailSection } from './MailSection';
import { NotificationsSection } from './NotificationsSection';
import { QuietHoursSection } from './QuietHoursSection';
import { SyncSection } from '../sync/SyncSection';
import { TimeZoneSection } from './TimeZoneSection';
import { WorkLogReminderSection } from './WorkLogReminderSection';
import { WorkWeekSection } from './WorkWeekSection';
import { YourNameSection } from './YourNameSection';
import './settings.css';

/** Everything the user can tune; each section saves on its own and says whether it worked. */
export function SettingsView({ workspace }: { workspace: Workspace }) {
  const { settings } = workspace;
  return (
    <div className="view settings-view">
      <div className="settings-page">
        <YourNameSection settings={settings} />
        <NotificationsSection settings={settings} />
        <WorkLogReminderSection settings={settings} />
        <QuietHoursSection settings={settings} />
        <CadenceSection settings={settings} />
        <WorkWeekSection settings={settings} />
        <TimeZoneSection settings={settings} effectiveTimeZone={workspace.effectiveTimeZone} />
        <BookmarkletSection />
        <CalendarSection zone={workspace.effectiveTimeZone} />
        <MailSection zone={workspace.effectiveTimeZone} />
        <SyncSection zone={workspace.effectiveTimeZone} />
        <section className="settings-section panel" aria-labelledby="data-pointer">
          <h2 id="data-pointer">Your data: backup, export and import</h2>
          <p className="settings-description">
            Make a full backup, export for a spreadsheet or calendar, restore a backup or bring in another tracker’s CSV in <a href={routeHref({ view: 'data' })}>Data</a>.
          </p>
        </section>
        <section className="settings-section panel" aria-labelledby="stages-pointer">
          <h2 id="stages-pointer">Stages</h2>
          <p className="settings-description">
            Your pipeline columns — their names, order, colours and what they mean for follow-ups — are managed on the <a href={routeHref({ view: 'board' })}>Board</a>.
          </p>
        </section>
      </div>
    </div>
  );
}
