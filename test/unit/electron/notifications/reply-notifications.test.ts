import { describe, expect, it } from 'vitest';
import { FakeNotification, fakeNotifier } from '../../../support/fake-notifications';
import { planReplyNotifications } from '../../../../electron/main/notifications/reply-notifications';

const setup = fakeNotifier;

const reply = { id: 'mid:r1@x', applicationId: 'app-1', company: 'Northwind', subject: 'Re: Thank you' };

describe('reply notifications', () => {
  it('say "<Company> replied: ‘<subject>’ — Heard back?" with Heard back / Not about this buttons where the OS has buttons', () => {
    const { notifier, deps } = setup('darwin');
    notifier.showReplies?.([reply]);
    const [n] = FakeNotification.created;
    expect(n?.options).toMatchObject({ title: 'Northwind replied', body: '‘Re: Thank you’ — Heard back?' });
    expect(n?.options.actions?.map((a) => a.text)).toEqual(['Heard back', 'Not about this']);
    n?.emit('action', { actionIndex: 0 });
    expect(deps.answerReply).toHaveBeenCalledWith('mid:r1@x', 'heard-back');
    expect(notifier.liveCount).toBe(0);
  });

  it('on Linux a click opens the application (Open), with no buttons', () => {
    const { notifier, deps } = setup('linux');
    notifier.showReplies?.([reply]);
    const [n] = FakeNotification.created;
    expect(n?.options.actions).toBeUndefined();
    n?.emit('click');
    expect(deps.sendEvent).toHaveBeenCalledWith('navigate', { applicationId: 'app-1', followUpId: null, action: null });
    expect(deps.focusWindow).toHaveBeenCalled();
  });

  it('many at once (a first look back) are one notification; none when the OS cannot show them', () => {
    expect(planReplyNotifications([reply, reply, reply, reply])).toEqual([{ title: '4 replies from companies', body: expect.stringContaining('See Today'), reply: null }]);
    const { notifier } = setup('linux', false);
    notifier.showReplies?.([reply]);
    expect(FakeNotification.created).toHaveLength(0);
  });
});
