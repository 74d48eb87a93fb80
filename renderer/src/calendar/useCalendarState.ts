import './calendar.css';
import { useEffect } from 'react';
import { subscribe } from '../contract';
import { useContractQuery } from '../contract/useContractQuery';

/** The calendar's sources, candidates and cancellations, asked again whenever a source was checked or data changed. */
export function useCalendarState() {
  const query = useContractQuery('calendar.state', {});
  const { reload } = query;
  useEffect(() => subscribe('calendar.changed', () => void reload()), [reload]);
  return query;
}
