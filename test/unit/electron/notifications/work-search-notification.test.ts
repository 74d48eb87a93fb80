import { describe, expect, it } from 'vitest';
import { FakeNotification, fakeNotifier } from '../../../support/fake-notifications';

const notice = { week: { from: '2026-03-02', to: '2026-03-08' }, count: 6, title: 'Work-search log', body: 'Your work-search log for last week has 6 activities — review and export.' };

describe('weekly work-search notification (desktop)', () => {
  it('shows the count; its Review button opens the log on that week and brings the window forward', () => {
    const { notifier, deps } = fakeNotifier('darwin');
    notifier.showWorkSearchWeek?.(notice);
    const [n] = FakeNotification.created;
    expect(n?.shown).toBe(true);
    expect(n?.options).toMatchObject({ title: 'Work-search log', body: notice.body });
    expect(n?.options.actions?.map((a) => a.text)).toEqual(['Review']);
    expect(notifier.liveCount).toBe(1);
    n?.emit('action', { actionIndex: 0 });
    expect(deps.sendEvent).toHaveBeenCalledWith('worklog.open', notice.week);
    expect(deps.focusWindow).toHaveBeenCalled();
    expect(notifier.liveCount).toBe(0);
  });

  it('on Linux (no buttons) a click opens that week', () => {
    const { notifier, deps } = fakeNotifier('linux');
    notifier.showWorkSearchWeek?.(notice);
    const [n] = FakeNotification.created;
    expect(n?.options.actions).toBeUndefined();
    n?.emit('click');
    expect(deps.sendEvent).toHaveBeenCalledWith('worklog.open', notice.week);
  });

  it('when the OS cannot show notifications, none is made (the app’s toast tells it); a failure is logged', () => {
    const off = fakeNotifier('linux', false);
    off.notifier.showWorkSearchWeek?.(notice);
    expect(FakeNotification.created).toHaveLength(0);
    const on = fakeNotifier('win32');
    on.notifier.showWorkSearchWeek?.(notice);
    FakeNotification.created[0]?.emit('failed', {}, 'no daemon');
    expect(on.deps.log.warn).toHaveBeenCalled();
    expect(on.notifier.liveCount).toBe(0);
    expect(on.deps.sendEvent).not.toHaveBeenCalled();
  });

  it('closes when another computer showed that week’s reminder, and only that week’s', () => {
    const { notifier } = fakeNotifier('darwin');
    notifier.showWorkSearchWeek?.(notice);
    const [n] = FakeNotification.created;
    notifier.closeWorkSearchWeek?.('2026-02-23');
    expect(n?.closed).toBe(false);
    notifier.closeWorkSearchWeek?.('2026-03-02');
    expect(n?.closed).toBe(true);
    expect(notifier.liveCount).toBe(0);
  });
});
